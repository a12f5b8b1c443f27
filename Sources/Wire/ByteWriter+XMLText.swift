// XML character data as ocaml-rpc's `Xmlrpc.encode` writes it: `> < & "` become entities and
// bytes below 0x20 other than TAB, LF and CR are dropped (XML 1.0 cannot carry them at all).

extension ByteWriter {
    /// `text` escaped for element content; unescaped runs are copied in one go.
    mutating func append(xmlEscaped text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                if b > UInt8(ascii: ">") { continue }  // letters, digits above, all non-ASCII
                let replacement: StaticString?
                switch b {
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case 0x09, 0x0A, 0x0D: continue
                case 0x00..<0x20: replacement = nil
                default: continue
                }
                if runStart < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i])) }
                if let replacement { append(replacement) }
                runStart = i + 1
            }
            if runStart < utf8.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
            }
        }
    }
}
