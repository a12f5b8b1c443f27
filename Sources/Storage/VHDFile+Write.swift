// Writing sectors into one file. A block gets space at the end of the file the first time it is
// written, as tapdisk allocates (drivers/block-vhd.c: allocate_block): the data area starts on a
// 4 KiB boundary, the footer moves past the block first, then bitmap and data are written, and
// the BAT entry last, so a crash at any point leaves a readable image that at worst leaks space.
// Sectors of a new block that are not written stay a hole, which reads as zeros, as the
// specification requires of sectors whose bitmap bit is clear.

extension VHDFile {
    /// Sectors per 4 KiB page: block data areas start on a page boundary.
    static let sectorsPerPage: UInt64 = 8

    func requireWritable() throws {
        guard file.isWritable else {
            throw StorageError(.readOnly, path: path, detail: "image is open read-only")
        }
    }

    /// Writes `count` whole sectors from `data` at `sector`, allocating blocks as needed and
    /// setting their bitmap bits. The range must lie inside the virtual disk.
    func writeSectors(_ sector: UInt64, count: Int, from data: UnsafeRawBufferPointer) throws {
        try requireWritable()
        precondition(data.count >= count * 512)
        guard sector <= sectorCount, UInt64(count) <= sectorCount - sector else {
            throw StorageError(.outOfRange, path: path, detail: "write of \(count) sectors at "
                + "sector \(sector) past the disk's \(sectorCount)")
        }
        if header == nil {
            try file.write(UnsafeRawBufferPointer(rebasing: data[0..<count * 512]), at: sector * 512)
            return
        }
        let perBlock = UInt64(sectorsPerBlock)
        var done = 0
        while done < count {
            let current = sector + UInt64(done)
            let block = Int(current / perBlock)
            let first = Int(current % perBlock)
            let n = min(count - done, sectorsPerBlock - first)
            let slice = UnsafeRawBufferPointer(rebasing: data[done * 512..<(done + n) * 512])
            if bat[block] == Self.unusedEntry {
                try allocateBlock(block, writing: first..<first + n, data: slice)
            } else {
                try file.write(slice, at: dataOffset(ofBlock: block) + UInt64(first) * 512)
                if !isKnownFull(block) {
                    var bitmap = try sectorBitmap(ofBlock: block)
                    if bitmap.set(first..<first + n) {
                        // Data first, then the bits that make it visible.
                        try file.write(bitmap.bytes, at: UInt64(bat[block]) * 512)
                        noteBitmap(bitmap, ofBlock: block)
                    }
                }
            }
            done += n
        }
    }

    /// Gives `block` space at the end of the file and writes `data` into sectors `sectors` of it.
    private func allocateBlock(_ block: Int, writing sectors: Range<Int>, data: UnsafeRawBufferPointer)
        throws
    {
        guard let tableOffset = header?.tableOffset else {
            preconditionFailure("block allocation in a fixed disk")
        }
        let start = nextFreeSector
        let gap = (Self.sectorsPerPage - (start + bitmapSectors) % Self.sectorsPerPage)
            % Self.sectorsPerPage
        let blockStart = start + gap
        let end = blockStart + bitmapSectors + UInt64(sectorsPerBlock)
        // BAT entries are 32-bit sector numbers: a VHD file cannot exceed 2 TiB.
        guard blockStart < UInt64(Self.unusedEntry) else {
            throw StorageError(.noSpace, path: path, detail: "a VHD file cannot grow past 2 TiB")
        }
        try file.write(footer.encoded(), at: end * 512)
        var bitmap = SectorBitmap(byteCount: Int(bitmapSectors) * 512)
        bitmap.set(sectors)
        // Zeros over the gap (where the old footer was), then the bitmap.
        try file.write([UInt8](repeating: 0, count: Int(gap) * 512) + bitmap.bytes, at: start * 512)
        try file.write(data, at: (blockStart + bitmapSectors + UInt64(sectors.lowerBound)) * 512)
        var entry = [UInt8](repeating: 0, count: 4)
        entry.set(UInt32(blockStart), at: 0)
        try file.write(entry, at: tableOffset + UInt64(block) * 4)
        bat[block] = UInt32(blockStart)
        nextFreeSector = end
        footerOffset = end * 512
        noteBitmap(bitmap, ofBlock: block)
    }

    /// Records a block's current bitmap: full blocks go to `fullBlocks` and the batmap.
    private func noteBitmap(_ bitmap: SectorBitmap, ofBlock block: Int) {
        if bitmap.allSet(sectorsPerBlock) {
            bitmapCache[block] = nil
            markFull(block)
            if batmap != nil {
                batmap?.setFull(block)
                batmapDirty = true
            }
        } else {
            if bitmapCache.count >= Self.bitmapCacheLimit { bitmapCache.removeAll(keepingCapacity: true) }
            bitmapCache[block] = bitmap
        }
    }

    /// Writes the footer at the end of the file and, for sparse disks, its copy at offset 0.
    func writeFooters() throws {
        let bytes = footer.encoded()
        if header != nil { try file.write(bytes, at: 0) }
        try file.write(bytes, at: footerOffset)
    }

    /// Writes the dynamic disk header.
    func writeHeader() throws {
        guard let header else { return }
        try file.write(header.encoded(), at: footer.dataOffset)
    }

    /// Writes batmap bits set since the last flush: the map first, then the header whose checksum
    /// covers it.
    func writeBatmapIfDirty() throws {
        guard batmapDirty, let batmap else { return }
        try file.write(batmap.map, at: batmap.mapOffset)
        try file.write(batmap.encodedHeader(currentSize: footer.currentSize),
                       at: batmap.mapOffset - UInt64(VHDBatmap.headerSize))
        batmapDirty = false
    }

    /// Writes pending metadata and makes everything written so far durable (`fsync`).
    public func flush() throws {
        try requireWritable()
        try writeBatmapIfDirty()
        try file.sync()
    }

    /// Sets the tapdisk "hidden" flag XenServer keeps on snapshot parents (footer byte 85).
    public func setHidden(_ hidden: Bool) throws {
        try requireWritable()
        footer.hidden = hidden
        try writeFooters()
    }
}
