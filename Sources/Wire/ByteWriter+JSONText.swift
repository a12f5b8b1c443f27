// JSON string literals as Yojson writes them: `"` and `\` escaped, controls (and DEL) as
// `\n`-style or `\u00XX` escapes, everything else (including `/` and non-ASCII) verbatim.

extension ByteWriter {
    /// `text` as a quoted JSON string; strings needing no escapes (checked eight bytes at a
    /// time) are copied in one go.
    @inline(__always)
    mutating func append(jsonQuoted text: String) {
        append(byte: UInt8(ascii: "\""))
        Self.withUTF8(text) { utf8 in
            if Self.isJSONClean(utf8) {
                append(utf8)
            } else {
                append(jsonEscapedSlowly: utf8)
            }
        }
        append(byte: UInt8(ascii: "\""))
    }

    @inline(__always)
    private static func isJSONClean(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = utf8.baseAddress else { return true }
        let n = utf8.count
        if n >= 8 {
            let raw = UnsafeRawPointer(p)
            var i = 0
            while n - i >= 8 {
                if SWAR.needsJSONEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return false }
                i += 8
            }
            return i == n || !SWAR.needsJSONEscape(raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
        }
        for i in 0..<n where isJSONSpecial(p[i]) { return false }
        return true
    }

    @inline(__always)
    private static func isJSONSpecial(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") || b == 0x7F
    }

    private mutating func append(jsonEscapedSlowly utf8: UnsafeBufferPointer<UInt8>) {
        guard let start = utf8.baseAddress else { return }
        var runStart = 0
        for i in 0..<utf8.count {
            let b = start[i]
            guard Self.isJSONSpecial(b) else { continue }
            if runStart < i { append(UnsafeBufferPointer(start: start + runStart, count: i - runStart)) }
            switch b {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0x08: append("\\b")
            case 0x0C: append("\\f")
            default:
                append("\\u00")
                append(byte: Self.hexDigit(b >> 4))
                append(byte: Self.hexDigit(b & 0x0F))
            }
            runStart = i + 1
        }
        if runStart < utf8.count { append(UnsafeBufferPointer(start: start + runStart, count: utf8.count - runStart)) }
    }

    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
    }
}
