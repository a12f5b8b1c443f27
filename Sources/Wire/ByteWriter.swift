// The output buffer both encoders write into: UTF-8 bytes appended directly, no intermediate
// Strings per element. Invariant: `bytes` only ever grows; callers reserve a guess up front.

/// An append-only byte buffer with the few primitives the codecs need.
struct ByteWriter {
    var bytes: [UInt8]

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inline(__always)
    mutating func append(byte: UInt8) {
        bytes.append(byte)
    }

    /// The string's UTF-8 as is.
    mutating func append(raw text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Decimal digits, `-` for negatives; no allocation.
    mutating func append(decimal value: Int64) {
        // Work in negative space so Int64.min needs no special case.
        var n = value < 0 ? value : -value
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes ≥ 20 digits and a sign
        withUnsafeMutableBytes(of: &scratch) { buf in
            var i = buf.count
            repeat {
                let (q, r) = n.quotientAndRemainder(dividingBy: 10)
                i -= 1
                buf[i] = UInt8(truncatingIfNeeded: 0x30 - r)
                n = q
            } while n != 0
            if value < 0 {
                i -= 1
                buf[i] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[i...]))
        }
    }

    /// `value` as exactly `width` digits with leading zeros (0 ≤ value < 10^width).
    @inline(__always)
    mutating func append(digits value: Int64, width: Int) {
        var divisor: Int64 = 1
        for _ in 1..<width { divisor *= 10 }
        var v = value
        while divisor > 0 {
            bytes.append(UInt8(truncatingIfNeeded: 0x30 + v / divisor))
            v %= divisor
            divisor /= 10
        }
    }
}
