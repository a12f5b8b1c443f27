// A delta copy (VDI.copy with base_vdi, xapi's `sparse_dd -base`): the destination already holds
// the base's bytes, so only what differs between the base and the source is written. When both
// are VHD chains sharing an ancestor, the candidates are the ranges allocated above that ancestor
// on either side, found from BATs without reading data; otherwise every chunk where either image
// has data is read from both and compared. One chunk-sized buffer per image, whatever the size.
import Glibc

extension DiskImage {
    /// Writes into `destination` each part of this image that may differ from `base`. Returns
    /// how many chunk writes were issued (writes of zeros where the destination already reads
    /// zeros are skipped). `progress` may stop the copy (`.cancelled`); what was written stays.
    @discardableResult
    public func copyDifferences(from base: DiskImage, to destination: DiskImage,
                                progress: VHD.Progress? = nil) throws -> Int {
        guard virtualSize <= destination.virtualSize else {
            throw StorageError(.invalidArgument, detail: "\(virtualSize) bytes do not fit the "
                + "\(destination.virtualSize)-byte destination")
        }
        var writes = 0
        if let source = self as? VHD, let base = base as? VHD, let layers = source.layersSinceCommonAncestor(with: base) {
            var buffer = [UInt8](repeating: 0, count: Int(VHD.blockSize))
            var ranges = VHDAllocatedRangeIterator(disk: source, layers: layers)
            while let range = try ranges.next() {
                try forEachChunk(of: range, total: virtualSize, progress: progress) { chunk in
                    writes += try copyChunk(chunk, using: &buffer, to: destination)
                }
            }
        } else {
            writes = try compareChunks(with: base, into: destination, progress: progress)
        }
        try destination.flush()
        return writes
    }

    /// The block-by-block path: chunks where neither image has data are equal (zeros) unread.
    private func compareChunks(with base: DiskImage, into destination: DiskImage,
                               progress: VHD.Progress?) throws -> Int {
        var writes = 0
        var mine = [UInt8](repeating: 0, count: Int(VHD.blockSize))
        var theirs = mine
        try forEachChunk(of: 0..<virtualSize, total: virtualSize, progress: progress) { chunk in
            let inBase = chunk.clamped(to: 0..<base.virtualSize)
            let baseHasData = try !inBase.isEmpty && base.hasData(in: inBase)
            guard try baseHasData || hasData(in: chunk) else { return }
            let count = chunk.count
            try mine.withUnsafeMutableBytes { mineWhole in
                let part = UnsafeMutableRawBufferPointer(rebasing: mineWhole[0..<count])
                try read(into: part, at: chunk.lowerBound)
                let same = try theirs.withUnsafeMutableBytes { theirsWhole -> Bool in
                    let other = UnsafeMutableRawBufferPointer(rebasing: theirsWhole[0..<count])
                    other.initializeMemory(as: UInt8.self, repeating: 0)
                    if baseHasData {
                        try base.read(into: UnsafeMutableRawBufferPointer(rebasing: other[0..<inBase.count]),
                                      at: chunk.lowerBound)
                    }
                    return memcmp(part.baseAddress!, other.baseAddress!, count) == 0
                }
                if !same, try destination.writeSparse(UnsafeRawBufferPointer(part), at: chunk.lowerBound) { writes += 1 }
            }
        }
        return writes
    }
}

extension VHD {
    /// The files of both chains above the first file they share (this chain's leaf side first),
    /// or nil when they share none. Files are matched by their VHD unique id.
    func layersSinceCommonAncestor(with other: VHD) -> [VHDFile]? {
        let theirs = other.layers.map(\.uniqueID)
        guard let mine = layers.firstIndex(where: { theirs.contains($0.uniqueID) }),
              let shared = theirs.firstIndex(of: layers[mine].uniqueID) else { return nil }
        return Array(layers[..<mine]) + Array(other.layers[..<shared])
    }
}
