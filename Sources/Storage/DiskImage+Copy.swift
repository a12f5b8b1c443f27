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
        var buffer = [UInt8](repeating: 0, count: Int(VHD.blockSize))
        try forEachDataRange { range in
            try forEachChunk(of: range, total: total, progress: progress) { chunk in
                _ = try copyChunk(chunk, using: &buffer, to: destination)
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

    /// Calls `body` with the part of `range` below `total` cut at chunk (VHD block) boundaries,
    /// reporting progress against `total` after each.
    func forEachChunk(of range: Range<UInt64>, total: UInt64, progress: VHD.Progress?,
                      _ body: (Range<UInt64>) throws -> Void) throws {
        let chunk = VHD.blockSize
        var position = range.lowerBound
        let end = min(range.upperBound, total)
        while position < end {
            let stop = min(end, (position / chunk + 1) * chunk)
            try body(position..<stop)
            position = stop
            if let progress, !progress(position, total) {
                throw StorageError(.cancelled, detail: "copy cancelled")
            }
        }
    }

    /// Reads `chunk` (at most the buffer's size) and writes it to `destination` at the same
    /// offset unless it is zeros where the destination reads zeros. Returns the writes issued.
    func copyChunk(_ chunk: Range<UInt64>, using buffer: inout [UInt8], to destination: DiskImage) throws -> Int {
        try buffer.withUnsafeMutableBytes { whole in
            let part = UnsafeMutableRawBufferPointer(rebasing: whole[0..<chunk.count])
            try read(into: part, at: chunk.lowerBound)
            return try destination.writeSparse(UnsafeRawBufferPointer(part), at: chunk.lowerBound) ? 1 : 0
        }
    }
}
