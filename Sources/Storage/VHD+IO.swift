// Byte-addressed reads and writes of the virtual disk. Whole sectors go straight between the
// caller's buffer and the files (one pread/pwrite per run of sectors within a block); partial
// sectors at either end are read, merged and written back. Memory use does not depend on the
// request or disk size beyond the caller's buffer.

extension VHD {
    /// Fills `buffer` with the virtual disk's bytes from `offset`: each sector from the nearest
    /// file of the chain that holds it, zeros where none does.
    public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) throws {
        try checkRange(offset: offset, count: buffer.count)
        var done = 0
        var sectorBuffer: [UInt8] = []
        while done < buffer.count {
            let position = offset + UInt64(done)
            let within = Int(position % 512)
            let remaining = buffer.count - done
            if within != 0 || remaining < 512 {
                let n = min(512 - within, remaining)
                if sectorBuffer.isEmpty { sectorBuffer = [UInt8](repeating: 0, count: 512) }
                try sectorBuffer.withUnsafeMutableBytes { sector in
                    try readSectors(position / 512, count: 1, into: sector, layer: 0)
                    UnsafeMutableRawBufferPointer(rebasing: buffer[done..<done + n])
                        .copyMemory(from: UnsafeRawBufferPointer(rebasing: sector[within..<within + n]))
                }
                done += n
            } else {
                let sectors = remaining / 512
                try readSectors(
                    position / 512, count: sectors,
                    into: UnsafeMutableRawBufferPointer(rebasing: buffer[done..<done + sectors * 512]),
                    layer: 0)
                done += sectors * 512
            }
        }
    }

    /// `count` bytes of the virtual disk from `offset`.
    public func read(count: Int, at offset: UInt64) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        try bytes.withUnsafeMutableBytes { try read(into: $0, at: offset) }
        return bytes
    }

    /// Writes `bytes` at `offset` into the leaf. Parents are never touched.
    public func write(_ bytes: UnsafeRawBufferPointer, at offset: UInt64) throws {
        try leaf.requireWritable()
        try checkRange(offset: offset, count: bytes.count)
        var done = 0
        var sectorBuffer: [UInt8] = []
        while done < bytes.count {
            let position = offset + UInt64(done)
            let within = Int(position % 512)
            let remaining = bytes.count - done
            if within != 0 || remaining < 512 {
                // Read-modify-write of one sector, its old contents from wherever they live.
                let n = min(512 - within, remaining)
                if sectorBuffer.isEmpty { sectorBuffer = [UInt8](repeating: 0, count: 512) }
                if sectorBuffer.isEmpty { sectorBuffer = [UInt8](repeating: 0, count: 512) }
                try sectorBuffer.withUnsafeMutableBytes { sector in
                    try readSectors(position / 512, count: 1, into: sector, layer: 0)
                    UnsafeMutableRawBufferPointer(rebasing: sector[within..<within + n])
                        .copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[done..<done + n]))
                    try leaf.writeSectors(position / 512, count: 1, from: UnsafeRawBufferPointer(sector))
                }
                done += n
            } else {
                let sectors = remaining / 512
                try leaf.writeSectors(
                    position / 512, count: sectors,
                    from: UnsafeRawBufferPointer(rebasing: bytes[done..<done + sectors * 512]))
                done += sectors * 512
            }
        }
    }

    public func write(_ bytes: [UInt8], at offset: UInt64) throws {
        try bytes.withUnsafeBytes { try write($0, at: offset) }
    }

    private func checkRange(offset: UInt64, count: Int) throws {
        guard offset <= virtualSize, UInt64(count) <= virtualSize - offset else {
            throw StorageError(.outOfRange, path: path, detail: "\(count) bytes at offset "
                + "\(offset) exceed the \(virtualSize)-byte disk")
        }
    }

    /// Sectors through the chain from `layer` down: each file supplies what it holds and hands
    /// the rest to its parent; a dynamic or fixed file, or the end of the chain, means zeros.
    func readSectors(
        _ sector: UInt64, count: Int, into buffer: UnsafeMutableRawBufferPointer, layer: Int
    ) throws {
        guard layer < layers.count else {
            buffer.initializeMemory(as: UInt8.self, repeating: 0)
            return
        }
        let file = layers[layer]
        let hasParent = file.diskType == .differencing && layer + 1 < layers.count
        try file.readSectors(sector, count: count, into: buffer) { start, n, part in
            if hasParent {
                try readSectors(start, count: n, into: part, layer: layer + 1)
            } else {
                part.initializeMemory(as: UInt8.self, repeating: 0)
            }
        }
    }
}
