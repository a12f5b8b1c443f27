// Coalescing a differencing disk into its parent, as `vhd-util coalesce` does
// (vhd/lib/vhd-util-coalesce.c): every sector the child holds is written into the parent at the
// same place, so the parent alone then reads as the child did. The child is not modified; the
// caller (garbage collection) then re-points the child's children at the parent and deletes the
// child. Only safe when the child is the parent's only child: the parent's other children would
// see the child's data.

extension VHD {
    /// Writes every sector the differencing disk at `childPath` holds into its parent, growing
    /// the parent first if the child is larger (as sm's cleanup does before coalescing). Returns
    /// the number of bytes written into the parent.
    @discardableResult
    public static func coalesce(childAt childPath: String, progress: Progress? = nil) throws
        -> UInt64
    {
        let chain = try VHD.open(at: childPath)
        defer { try? chain.close() }  // read-only files: nothing to lose on close
        guard chain.leaf.diskType == .differencing, chain.layers.count > 1 else {
            throw StorageError(.invalidArgument, path: chain.path, detail: "not a differencing disk")
        }
        let child = chain.leaf
        let parent = try VHD.open(at: chain.layers[1].path, writable: true)
        var written: UInt64 = 0
        do {
            if parent.virtualSize < child.virtualSize {
                try parent.leaf.resize(to: child.virtualSize)
            }
            let perBlock = UInt64(child.sectorsPerBlock)
            var buffer = [UInt8](repeating: 0, count: child.sectorsPerBlock * 512)
            for block in child.bat.indices where child.bat[block] != VHDFile.unusedEntry {
                let start = UInt64(block) * perBlock
                for run in try child.allocatedRuns(in: start..<start + perBlock) {
                    let count = Int(run.count)
                    try buffer.withUnsafeMutableBytes { whole in
                        let part = UnsafeMutableRawBufferPointer(rebasing: whole[0..<count * 512])
                        try child.readSectors(run.lowerBound, count: count, into: part) { _, _, gap in
                            gap.initializeMemory(as: UInt8.self, repeating: 0)
                        }
                        try parent.leaf.writeSectors(run.lowerBound, count: count,
                                                     from: UnsafeRawBufferPointer(part))
                    }
                    written += UInt64(count) * 512
                }
                if let progress, !progress(min((start + perBlock) * 512, child.virtualSize),
                                           child.virtualSize) {
                    throw StorageError(.cancelled, path: childPath, detail: "coalesce cancelled")
                }
            }
            try parent.flush()
            try parent.close()
        } catch {
            // The coalesce error is the one reported; what was written stays valid parent data.
            try? parent.close()
            throw error
        }
        return written
    }
}
