// Copying bytes between images of any format (VDI.copy across SR types, raw imports and exports
// of suspend images): only the source's data ranges are read, zero chunks are not written where
// the destination already reads zeros. One block-sized buffer whatever the disk size.

extension DiskImage {
    /// Copies the first `length` bytes (all of this image when nil) into `destination`.
    /// `progress` may stop the copy (`.cancelled`); what was written stays.
    public func copyData(to destination: DiskImage, length: UInt64? = nil,
                         progress: VHD.Progress? = nil) throws {
        let total = min(length ?? virtualSize, virtualSize)
        guard total <= destination.virtualSize else {
            throw StorageError(.invalidArgument, detail: "\(total) bytes do not fit the "
                + "\(destination.virtualSize)-byte destination")
        }
        let chunk = VHD.blockSize
        var buffer = [UInt8](repeating: 0, count: Int(chunk))
        try forEachDataRange { range in
            var position = range.lowerBound
            let end = min(range.upperBound, total)
            while position < end {
                let stop = min(end, (position / chunk + 1) * chunk)
                let count = Int(stop - position)
                try buffer.withUnsafeMutableBytes { whole in
                    let part = UnsafeMutableRawBufferPointer(rebasing: whole[0..<count])
                    try read(into: part, at: position)
                    try destination.writeSparse(UnsafeRawBufferPointer(part), at: position)
                }
                position = stop
                if let progress, !progress(position, total) {
                    throw StorageError(.cancelled, detail: "copy cancelled")
                }
            }
        }
        try destination.flush()
    }

    /// Bytes of data the image holds (the sum of its data ranges): what a full copy needs.
    public func dataBytes() throws -> UInt64 {
        var total: UInt64 = 0
        try forEachDataRange { total += UInt64($0.count) }
        return total
    }
}
