// A full, independent copy of a virtual disk into a new dynamic VHD (VDI.copy): only ranges that
// hold data somewhere in the chain are read, and chunks that read as zeros are not written, so
// the copy is as sparse as the data allows. One block-sized buffer, whatever the disk size.

extension VHD {
    /// Progress of a long operation: bytes of virtual disk done and the total. Return false to
    /// stop; the operation then throws `.cancelled`.
    public typealias Progress = (_ done: UInt64, _ total: UInt64) -> Bool

    /// Copies the disk's contents into a new dynamic VHD at `path` of the same virtual size,
    /// flushed and open for writing. On failure or cancellation the new file is removed.
    public func copy(to path: String, progress: Progress? = nil) throws -> VHD {
        let destination = VHD(layers: [
            try VHDFile.createSparse(
                at: path, virtualSize: virtualSize, blockSize: VHDDynamicHeader.defaultBlockSize,
                parent: nil)
        ])
        do {
            let chunk = VHD.blockSize
            var buffer = [UInt8](repeating: 0, count: Int(chunk))
            var ranges = allocatedRanges()
            while let range = try ranges.next() {
                var position = range.lowerBound
                while position < range.upperBound {
                    let end = min(range.upperBound, (position / chunk + 1) * chunk)
                    let count = Int(end - position)
                    try buffer.withUnsafeMutableBytes { whole in
                        let part = UnsafeMutableRawBufferPointer(rebasing: whole[0..<count])
                        try read(into: part, at: position)
                        if !VHD.isZero(UnsafeRawBufferPointer(part)) {
                            try destination.write(UnsafeRawBufferPointer(part), at: position)
                        }
                    }
                    position = end
                    if let progress, !progress(position, virtualSize) {
                        throw StorageError(.cancelled, path: path, detail: "copy cancelled")
                    }
                }
            }
            try destination.flush()
        } catch {
            // The copy's error is the one reported; the half-written file goes either way.
            try? destination.close()
            try? FilePaths.remove(destination.path)
            throw error
        }
        return destination
    }

    /// Whether every byte is zero, eight at a time.
    static func isZero(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let words = bytes.count / 8
        for i in 0..<words where bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self) != 0 {
            return false
        }
        for i in words * 8..<bytes.count where bytes[i] != 0 { return false }
        return true
    }
}
