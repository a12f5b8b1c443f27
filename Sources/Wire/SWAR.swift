// Eight-bytes-at-a-time tests ("SIMD within a register") for the escapers' fast path: a word
// with no byte needing attention is copied without looking at each byte. Exact as booleans
// (Hacker's Delight / Bit Twiddling Hacks "haszero" and "hasless", n ≤ 128).

/// Byte-class tests on a 64-bit word.
enum SWAR {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Nonzero iff some byte of `word` is below `n` (n ≤ 128).
    @inline(__always)
    private static func hasLess(_ word: UInt64, _ n: UInt64) -> UInt64 {
        (word &- ones &* n) & ~word & highs
    }

    /// Nonzero iff some byte of `word` equals `byte`.
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: UInt64) -> UInt64 {
        let x = word ^ (ones &* byte)
        return (x &- ones) & ~x & highs
    }

    /// Some byte is a control character, `"`, `&`, `<` or `>`.
    @inline(__always)
    static func needsXMLEscape(_ word: UInt64) -> Bool {
        (hasLess(word, 0x20) | hasByte(word, 0x22) | hasByte(word, 0x26) | hasByte(word, 0x3C)
            | hasByte(word, 0x3E)) != 0
    }

    /// Some byte is a control character, `"`, `\` or DEL.
    @inline(__always)
    static func needsJSONEscape(_ word: UInt64) -> Bool {
        (hasLess(word, 0x20) | hasByte(word, 0x22) | hasByte(word, 0x5C) | hasByte(word, 0x7F)) != 0
    }
}
