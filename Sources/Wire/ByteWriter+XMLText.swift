// XML character data as ocaml-rpc's `Xmlrpc.encode` writes it: `> < & "` become entities and
// bytes below 0x20 other than TAB, LF and CR are dropped (XML 1.0 cannot carry them at all).

extension ByteWriter {
    /// `text` escaped for element content. Nearly every string needs no escaping: that is
    /// checked eight bytes at a time and the string copied in one go.
    @inline(__always)
    mutating func append(xmlEscaped text: String) {
        Self.withUTF8(text) { utf8 in
            if Self.isXMLClean(utf8) {
                append(utf8)
            } else {
                append(xmlEscapedSlowly: utf8)
            }
        }
    }

    @inline(__always)
    private static func isXMLClean(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = utf8.baseAddress else { return true }
        let n = utf8.count
        if n >= 8 {
            let raw = UnsafeRawPointer(p)
            var i = 0
            while n - i >= 8 {
                if SWAR.needsXMLEscape(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return false }
                i += 8
            }
            // The last word overlaps bytes already checked, which is harmless.
            return i == n || !SWAR.needsXMLEscape(raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
        }
        for i in 0..<n where isXMLSpecial(p[i]) { return false }
        return true
    }

    @inline(__always)
    private static func isXMLSpecial(_ b: UInt8) -> Bool {
        b < 64 && (xmlSpecials >> b) & 1 != 0
    }

    /// Bit b set: byte b (< 64) is escaped or dropped; controls except TAB, LF, CR, and `"&<>`.
    private static let xmlSpecials: UInt64 = 0xFFFF_FFFF & ~(1 << 0x09 | 1 << 0x0A | 1 << 0x0D)
        | 1 << 0x22 | 1 << 0x26 | 1 << 0x3C | 1 << 0x3E

    private mutating func append(xmlEscapedSlowly utf8: UnsafeBufferPointer<UInt8>) {
        guard let start = utf8.baseAddress else { return }
        var runStart = 0
        for i in 0..<utf8.count {
            let b = start[i]
            guard Self.isXMLSpecial(b) else { continue }
            if runStart < i { append(UnsafeBufferPointer(start: start + runStart, count: i - runStart)) }
            switch b {
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "\""): append("&quot;")
            default: break  // a control byte, dropped
            }
            runStart = i + 1
        }
        if runStart < utf8.count { append(UnsafeBufferPointer(start: start + runStart, count: utf8.count - runStart)) }
    }
}
