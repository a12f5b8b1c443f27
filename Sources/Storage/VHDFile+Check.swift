// A structural check of one file, after blktap's `vhd-util check` (vhd/lib/vhd-util-check.c):
// footers, header, BAT placement and overlap, batmap, locators. Open already rejected what would
// make reading unsafe; this finds what other tools would complain about.

extension VHDFile {
    /// Problems found, in words; empty when the file is consistent.
    public func check() throws -> [String] {
        var problems: [String] = []
        let size = try file.size()
        if usedBackupFooter { problems.append("footer at end of file is missing or invalid") }
        if footer.features & VHDFooter.reservedFeature == 0 {
            problems.append("footer lacks the 'reserved' feature bit")
        }
        if footer.fileFormatVersion != VHDFooter.formatVersion {
            problems.append("footer file format version 0x\(String(footer.fileFormatVersion, radix: 16))")
        }
        if VHDGeometry.forSize(footer.currentSize).encoded < footer.geometry.encoded {
            problems.append("geometry \(footer.geometry) too large for \(footer.currentSize) bytes")
        }
        if footer.uniqueID.isNull { problems.append("footer has a null UUID") }
        guard let header else { return problems }

        let copy = try VHDFooter(decoding: file.read(count: 512, at: 0), path: path)
        if copy != footer { problems.append("footer copy at offset 0 differs from the footer") }
        if footerOffset + 512 != size && !usedBackupFooter {
            problems.append("footer is not at the end of the file")
        }

        // Metadata extent, then every block after it, before the footer, and disjoint.
        var metadataEnd = max(footer.dataOffset + 1024, header.tableOffset + header.tableBytes)
        if let batmap { metadataEnd = max(metadataEnd, batmap.mapOffset + UInt64(batmap.mapSectors) * 512) }
        for (i, locator) in header.parentLocators.enumerated() where locator.platformCode != .none {
            if locator.dataOffset == 0 || locator.dataSpace == 0 || locator.dataLength == 0 {
                problems.append("parent locator \(i) (\(locator.platformCode)) has a zero field")
            }
            if locator.reserved != 0 { problems.append("parent locator \(i) reserved bits set") }
            if let space = locator.reservedBytes {
                metadataEnd = max(metadataEnd, locator.dataOffset + space)
                if locator.dataOffset + space > footerOffset {
                    problems.append("parent locator \(i) overlaps the footer")
                }
                if UInt64(locator.dataLength) > space {
                    problems.append("parent locator \(i) data is longer than its space")
                }
            } else {
                problems.append("parent locator \(i) data space \(locator.dataSpace) is invalid")
            }
        }
        let blockSectors = bitmapSectors + UInt64(sectorsPerBlock)
        if UInt64(bat.count) * UInt64(header.blockSize) < footer.currentSize {
            problems.append("virtual size exceeds the BAT's capacity")
        }
        let used = bat.indices.filter { bat[$0] != Self.unusedEntry }.sorted { bat[$0] < bat[$1] }
        var previousEnd: UInt64 = 0
        var previousBlock = -1
        for block in used {
            let start = UInt64(bat[block])
            if start * 512 < metadataEnd { problems.append("block \(block) clobbers headers") }
            if (start + blockSectors) * 512 > footerOffset {
                problems.append("block \(block) clobbers the footer")
            }
            if start < previousEnd {
                problems.append("block \(block) overlaps block \(previousBlock)")
            }
            previousEnd = start + blockSectors
            previousBlock = block
        }

        // Batmap: present where the creator version promises it, and only ever optimistic.
        if let batmapProblem { problems.append("batmap: \(batmapProblem)") }
        if let batmap {
            for block in batmap.markedBlocks() {
                if bat[block] == Self.unusedEntry {
                    problems.append("batmap shows unallocated block \(block) full")
                } else if !SectorBitmap(bytes: try file.read(
                    count: Int(bitmapSectors) * 512, at: UInt64(bat[block]) * 512)
                ).allSet(sectorsPerBlock) {
                    problems.append("batmap shows block \(block) full but its bitmap is not")
                }
            }
        }

        switch footer.diskType {
        case .differencing:
            if header.parentUniqueID.isNull { problems.append("differencing disk without parent UUID") }
            if !header.parentLocators.contains(where: { $0.isPath }) {
                problems.append("differencing disk without a MacX, W2ku or W2ru locator")
            }
        default:
            if !header.parentUniqueID.isNull { problems.append("non-null parent UUID") }
            if header.parentTimestamp != 0 { problems.append("non-zero parent time stamp") }
            if !header.parentUnicodeName.isEmpty { problems.append("non-empty parent name") }
            if header.parentLocators.contains(where: { $0 != .unused }) {
                problems.append("parent locators in a disk without a parent")
            }
        }
        return problems
    }
}
