// Reading the sectors one file holds: the BAT says whether a block has space in the file, the
// block's sector bitmap says which of its sectors hold data here. Whatever this file does not
// hold is handed to a caller-supplied `missing` function (the parent, or zeros).

extension VHDFile {
    typealias MissingSectors = (_ sector: UInt64, _ count: Int, _ into: UnsafeMutableRawBufferPointer)
        throws -> Void

    /// The sector bitmap of an allocated block, cached while the block is not full.
    func sectorBitmap(ofBlock block: Int) throws -> SectorBitmap {
        if isKnownFull(block) {
            return SectorBitmap(byteCount: Int(bitmapSectors) * 512, allSet: true)
        }
        if let cached = bitmapCache[block] { return cached }
        let bitmap = SectorBitmap(
            bytes: try file.read(count: Int(bitmapSectors) * 512, at: UInt64(bat[block]) * 512))
        if bitmap.allSet(sectorsPerBlock) {
            markFull(block)
        } else {
            if bitmapCache.count >= Self.bitmapCacheLimit { bitmapCache.removeAll(keepingCapacity: true) }
            bitmapCache[block] = bitmap
        }
        return bitmap
    }

    /// Fills `buffer` (count × 512 bytes) with sectors [sector, sector + count) of this file's
    /// virtual disk, calling `missing` for runs this file does not hold. Sectors past this file's
    /// virtual size count as missing.
    func readSectors(
        _ sector: UInt64, count: Int, into buffer: UnsafeMutableRawBufferPointer,
        missing: MissingSectors
    ) throws {
        precondition(buffer.count >= count * 512)
        var done = 0
        let inside = sector < sectorCount ? Int(min(UInt64(count), sectorCount - sector)) : 0
        if header == nil {
            if inside > 0 {
                try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<inside * 512]),
                              at: sector * 512)
            }
            done = inside
        }
        let perBlock = UInt64(sectorsPerBlock)
        var batch = ReadBatch(file: file, scratch: scratch)
        while done < inside {
            let current = sector + UInt64(done)
            let block = Int(current / perBlock)
            let first = Int(current % perBlock)
            let n = min(inside - done, sectorsPerBlock - first)
            let slice = UnsafeMutableRawBufferPointer(rebasing: buffer[done * 512..<(done + n) * 512])
            if block >= bat.count || bat[block] == Self.unusedEntry {
                try missing(current, n, slice)
            } else {
                let base = dataOffset(ofBlock: block)
                let bitmap = try sectorBitmap(ofBlock: block)
                if isKnownFull(block) {
                    try batch.add(slice, at: base + UInt64(first) * 512)
                } else {
                    try bitmap.forEachRun(in: first..<first + n) { run, present in
                        let part = UnsafeMutableRawBufferPointer(rebasing:
                            slice[(run.lowerBound - first) * 512..<(run.upperBound - first) * 512])
                        if present {
                            try batch.add(part, at: base + UInt64(run.lowerBound) * 512)
                        } else {
                            try missing(current + UInt64(run.lowerBound - first), run.count, part)
                        }
                    }
                }
            }
            done += n
        }
        try batch.flush()
        if inside < count {
            try missing(sector + UInt64(inside), count - inside,
                        UnsafeMutableRawBufferPointer(rebasing: buffer[inside * 512..<count * 512]))
        }
    }

    /// The runs of sectors within `sectors` that this file holds, in order.
    func allocatedRuns(in sectors: Range<UInt64>) throws -> [Range<UInt64>] {
        let clipped = sectors.clamped(to: 0..<sectorCount)
        guard !clipped.isEmpty else { return [] }
        guard header != nil else { return [clipped] }
        var runs: [Range<UInt64>] = []
        func append(_ run: Range<UInt64>) {
            if let last = runs.last, last.upperBound == run.lowerBound {
                runs[runs.count - 1] = last.lowerBound..<run.upperBound
            } else {
                runs.append(run)
            }
        }
        let perBlock = UInt64(sectorsPerBlock)
        var current = clipped.lowerBound
        while current < clipped.upperBound {
            let block = Int(current / perBlock)
            let blockStart = UInt64(block) * perBlock
            let end = min(clipped.upperBound, blockStart + perBlock)
            if block < bat.count && bat[block] != Self.unusedEntry {
                let bitmap = try sectorBitmap(ofBlock: block)
                if isKnownFull(block) {
                    append(current..<end)
                } else {
                    bitmap.forEachRun(in: Int(current - blockStart)..<Int(end - blockStart)) {
                        run, present in
                        if present {
                            append(blockStart + UInt64(run.lowerBound)..<blockStart + UInt64(run.upperBound))
                        }
                    }
                }
            }
            current = end
        }
        return runs
    }
}
