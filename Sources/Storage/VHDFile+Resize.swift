// Growing a disk. Within the BAT's capacity only the footers change, as `vhd-util resize -f`
// does (libvhd.c: vhd_set_virt_size). Past it the BAT must grow in place, since blktap requires
// every block to lie after all metadata (vhd-util-check.c: "block clobbers headers"): blocks in
// the way move to the end of the file first, one at a time with the BAT updated after each copy,
// then the larger BAT, batmap and locators are written and the header last. Blocks are only in
// the way when the BAT or batmap grows by a sector (every 128 blocks, i.e. 256 MiB, of BAT), and
// then only the first one or two move.
// TODO(issue 4): that final rewrite is not crash-atomic; vhd-util journals it (resize -j).

extension VHDFile {
    /// Grows the virtual disk to `newSize` bytes (a multiple of 512, at most `maxVirtualSize`).
    /// New space reads as zeros (or from the parent, where it has data). Shrinking is refused.
    public func resize(to newSize: UInt64) throws {
        try requireWritable()
        guard newSize % 512 == 0, newSize <= Self.maxVirtualSize else {
            throw StorageError(.invalidArgument, path: path, detail: "virtual size \(newSize) is "
                + "not a multiple of 512 up to \(Self.maxVirtualSize)")
        }
        guard newSize >= footer.currentSize else {
            throw StorageError(.invalidArgument, path: path, detail: "shrinking from "
                + "\(footer.currentSize) to \(newSize) bytes is not supported")
        }
        guard newSize != footer.currentSize else { return }
        guard let header else {
            try resizeFixed(to: newSize)
            return
        }
        let needed = (newSize + UInt64(header.blockSize) - 1) / UInt64(header.blockSize)
        if needed > UInt64(header.maxTableEntries) {
            try growTable(to: UInt32(needed))
        }
        footer.currentSize = newSize
        footer.geometry = VHDGeometry.forSize(newSize)
        try writeFooters()
        // The batmap checksum covers a number of bytes that depends on the current size.
        if batmap != nil { batmapDirty = true }
        try writeBatmapIfDirty()
        try file.sync()
    }

    /// A fixed disk grows by moving its footer; the space between is a hole.
    private func resizeFixed(to newSize: UInt64) throws {
        let oldFooter = footerOffset
        footer.currentSize = newSize
        footer.geometry = VHDGeometry.forSize(newSize)
        footerOffset = newSize
        try writeFooters()
        try file.write([UInt8](repeating: 0, count: VHDFooter.size), at: oldFooter)
        try file.sync()
    }

    /// Rebuilds the metadata area for a BAT of `entries` entries.
    private func growTable(to entries: UInt32) throws {
        guard var header else { return }
        // Locator data to carry over, read before anything moves.
        var locatorData: [Int: [UInt8]] = [:]
        for (i, locator) in header.parentLocators.enumerated() where locator.platformCode != .none {
            let space = Int(locator.reservedBytes ?? (UInt64(locator.dataLength) + 511) / 512 * 512)
            locatorData[i] = try file.read(count: space, at: locator.dataOffset)
        }

        var newHeader = header
        newHeader.maxTableEntries = entries
        var newBatmap: VHDBatmap?
        var end = header.tableOffset + newHeader.tableBytes
        if let batmap {
            var grown = VHDBatmap(headerOffset: end, entries: entries)
            grown.version = batmap.version
            grown.trailer = batmap.trailer
            grown.map.replaceSubrange(0..<batmap.map.count, with: batmap.map)
            end = grown.mapOffset + UInt64(grown.mapSectors) * 512
            newBatmap = grown
        } else if footer.isTapCreated && footer.creatorVersion >= 0x0001_0002 {
            // blktap expects one: write a fresh, empty (hence valid) batmap.
            let fresh = VHDBatmap(headerOffset: end, entries: entries)
            end = fresh.mapOffset + UInt64(fresh.mapSectors) * 512
            newBatmap = fresh
        }
        for i in locatorData.keys.sorted() {
            newHeader.parentLocators[i].dataOffset = end
            end += UInt64(locatorData[i]?.count ?? 0)
        }
        let metadataEnd = (end + 511) / 512 * 512

        // Blocks in the way move past everything else.
        nextFreeSector = max(nextFreeSector, metadataEnd / 512)
        let blockBytes = Int(bitmapSectors) * 512 + sectorsPerBlock * 512
        var buffer = [UInt8](repeating: 0, count: blockBytes)
        let inTheWay = bat.indices
            .filter { bat[$0] != Self.unusedEntry && UInt64(bat[$0]) * 512 < metadataEnd }
            .sorted { bat[$0] < bat[$1] }
        for block in inTheWay {
            try buffer.withUnsafeMutableBytes { try file.read(into: $0, at: UInt64(bat[block]) * 512) }
            try relocateBlock(block, contents: buffer)
        }

        // The new metadata, header last.
        for (i, bytes) in locatorData {
            try file.write(bytes, at: newHeader.parentLocators[i].dataOffset)
        }
        if let newBatmap {
            try file.write(newBatmap.encodedHeader(currentSize: footer.currentSize),
                           at: newBatmap.mapOffset - UInt64(VHDBatmap.headerSize))
            try file.write(newBatmap.map, at: newBatmap.mapOffset)
        }
        bat += [UInt32](repeating: Self.unusedEntry, count: Int(entries) - bat.count)
        var table = [UInt8](repeating: 0, count: Int(newHeader.tableBytes))
        for (i, entry) in bat.enumerated() { table.set(entry, at: i * 4) }
        try file.write(table, at: header.tableOffset)
        try file.sync()
        header = newHeader
        self.header = header
        batmap = newBatmap
        batmapDirty = false
        batmapProblem = nil
        fullBlocks += [UInt8](repeating: 0, count: (bat.count + 7) / 8 - fullBlocks.count)
        try writeHeader()
        if footerOffset < metadataEnd {
            footerOffset = nextFreeSector * 512
        }
    }

    /// Copies a whole block (bitmap and data, `contents`) to the end of the file and points the
    /// BAT at the copy.
    private func relocateBlock(_ block: Int, contents: [UInt8]) throws {
        guard let tableOffset = header?.tableOffset else { return }
        let start = nextFreeSector
        let gap = (Self.sectorsPerPage - (start + bitmapSectors) % Self.sectorsPerPage)
            % Self.sectorsPerPage
        let blockStart = start + gap
        let end = blockStart + bitmapSectors + UInt64(sectorsPerBlock)
        guard blockStart < UInt64(Self.unusedEntry) else {
            throw StorageError(.noSpace, path: path, detail: "a VHD file cannot grow past 2 TiB")
        }
        try file.write(footer.encoded(), at: end * 512)
        try file.write([UInt8](repeating: 0, count: Int(gap) * 512), at: start * 512)
        try file.write(contents, at: blockStart * 512)
        try file.sync()
        var entry = [UInt8](repeating: 0, count: 4)
        entry.set(UInt32(blockStart), at: 0)
        try file.write(entry, at: tableOffset + UInt64(block) * 4)
        bat[block] = UInt32(blockStart)
        nextFreeSector = end
        footerOffset = end * 512
    }
}
