// The per-block sector bitmap: bit n (MSB first within each byte, blktap include/libvhd.h
// test_bit) says whether sector n of the block holds data in this file. A clear bit reads from
// the parent (differencing) or as zeros (dynamic).

struct SectorBitmap: Hashable, Sendable {
    var bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    init(byteCount: Int, allSet: Bool = false) {
        bytes = [UInt8](repeating: allSet ? 0xFF : 0, count: byteCount)
    }

    func isSet(_ sector: Int) -> Bool {
        bytes[sector >> 3] & (0x80 >> UInt8(sector & 7)) != 0
    }

    /// Sets the bits of `sectors`; returns whether any bit changed.
    @discardableResult
    mutating func set(_ sectors: Range<Int>) -> Bool {
        var changed = false
        var s = sectors.lowerBound
        while s < sectors.upperBound {
            if s & 7 == 0 && s + 8 <= sectors.upperBound {
                if bytes[s >> 3] != 0xFF { bytes[s >> 3] = 0xFF; changed = true }
                s += 8
            } else {
                let mask: UInt8 = 0x80 >> UInt8(s & 7)
                if bytes[s >> 3] & mask == 0 { bytes[s >> 3] |= mask; changed = true }
                s += 1
            }
        }
        return changed
    }

    /// Whether the first `count` bits are all set.
    func allSet(_ count: Int) -> Bool {
        let whole = count >> 3
        for i in 0..<whole where bytes[i] != 0xFF { return false }
        for s in (whole << 3)..<count where !isSet(s) { return false }
        return true
    }

    /// Whether none of the first `count` bits is set.
    func noneSet(_ count: Int) -> Bool {
        let whole = count >> 3
        for i in 0..<whole where bytes[i] != 0 { return false }
        for s in (whole << 3)..<count where isSet(s) { return false }
        return true
    }

    /// Calls `body(run, isSet)` for each maximal run of equal bits within `sectors`, in order.
    func forEachRun(in sectors: Range<Int>, _ body: (Range<Int>, Bool) throws -> Void) rethrows {
        var start = sectors.lowerBound
        guard start < sectors.upperBound else { return }
        var current = isSet(start)
        var s = start + 1
        while s < sectors.upperBound {
            // Skip whole bytes that continue the run.
            if s & 7 == 0 && s + 8 <= sectors.upperBound && bytes[s >> 3] == (current ? 0xFF : 0) {
                s += 8
                continue
            }
            let bit = isSet(s)
            if bit != current {
                try body(start..<s, current)
                start = s
                current = bit
            }
            s += 1
        }
        try body(start..<sectors.upperBound, current)
    }
}
