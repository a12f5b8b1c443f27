// A direct reader for the plain `<methodCall>` documents clients actually send (Python's
// xmlrpc.client, our own encodeCall): elements without attributes, text without entities, CR,
// control characters or invalid UTF-8. Anything else — comments, CDATA, declarations other than
// the version prolog, self-closing tags, base64, unusual numbers, errors of any kind — makes it
// give up (nil), and XMLRPCDecoder over libxml2 reads the document instead, so answers and error
// messages never depend on which reader ran. Setting up a libxml2 reader was the largest part of
// decoding a small call.

import Glibc

/// Decodes the common subset of `<methodCall>` documents; nil means "use the full parser".
struct XMLRPCFastDecoder: ~Copyable {
    private let base: UnsafePointer<UInt8>
    private let end: Int
    private var i = 0

    /// Nesting beyond this goes to the full parser (which has its own cap).
    private static let maxDepth = 32

    private init(_ base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        end = count
    }

    static func decodeCall(_ body: [UInt8]) -> RPCCall? {
        body.withUnsafeBufferPointer { buf -> RPCCall? in
            guard let base = buf.baseAddress, !buf.isEmpty else { return nil }
            var reader = XMLRPCFastDecoder(base, count: buf.count)
            return reader.methodCall()
        }
    }

    // MARK: Grammar

    private mutating func methodCall() -> RPCCall? {
        skipProlog()
        guard open("methodCall"), open("methodName"), let method = text(), close("methodName"),
              open("params")
        else { return nil }
        var params: [Value] = []
        while !peekClose() {
            guard open("param"), let v = value(depth: 0), close("param") else { return nil }
            params.append(v)
        }
        guard close("params"), close("methodCall") else { return nil }
        skipBlank()
        guard i == end else { return nil }
        return RPCCall(method: method, params: params)
    }

    private mutating func value(depth: Int) -> Value? {
        guard depth < Self.maxDepth, open("value") else { return nil }
        let start = i
        guard let raw = rawText() else { return nil }
        if atClose() {
            guard close("value") else { return nil }
            return .string(raw)
        }
        // Only blank text may precede a typed element.
        guard isBlank(from: start, to: i) else { return nil }
        guard let v = typed(depth: depth), close("value") else { return nil }
        return v
    }

    private mutating func typed(depth: Int) -> Value? {
        guard let tag = openAny() else { return nil }
        switch tag {
        case "string":
            guard let s = text(), close(tag) else { return nil }
            return .string(s)
        case "int", "i4", "i8":
            guard let s = text(), !s.isEmpty, let n = XMLRPCDecoder.parseInt64(s), close(tag) else { return nil }
            return .int(n)
        case "boolean":
            guard let s = text(), !s.isEmpty, close(tag) else { return nil }
            return .bool(s == "1")
        case "double":
            guard let s = text(), !s.isEmpty, let d = Double(s), close(tag) else { return nil }
            return .double(d)
        case "dateTime.iso8601":
            guard let s = text(), !s.isEmpty, let date = XenDate(decoding: s), close(tag) else { return nil }
            return .dateTime(date)
        case "array":
            if atClose() { return close(tag) ? .array([]) : nil }
            guard open("data") else { return nil }
            var elements: [Value] = []
            while !peekClose() {
                guard let v = value(depth: depth + 1) else { return nil }
                elements.append(v)
            }
            guard close("data"), close(tag) else { return nil }
            return .array(elements)
        case "struct":
            var members: [Member] = []
            while !peekClose() {
                guard open("member"), open("name"), let name = text(), close("name"),
                      let v = value(depth: depth + 1), close("member")
                else { return nil }
                members.append(Member(name, v))
            }
            guard close(tag) else { return nil }
            return .structure(members)
        default:
            return nil
        }
    }

    // MARK: Lexing

    /// `<?xml version="1.0"?>` (either quote), then blank text.
    private mutating func skipProlog() {
        skipBlank()
        if matches("<?xml version=\"1.0\"?>") || matches("<?xml version='1.0'?>") { i += 21 }
    }

    private func matches(_ literal: StaticString) -> Bool {
        let n = literal.utf8CodeUnitCount
        return i + n <= end && memcmp(base + i, literal.utf8Start, n) == 0
    }

    private mutating func skipBlank() {
        while i < end, isBlankByte(base[i]) { i += 1 }
    }

    private func isBlankByte(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 }

    private func isBlank(from a: Int, to b: Int) -> Bool {
        var j = a
        while j < b {
            guard isBlankByte(base[j]) else { return false }
            j += 1
        }
        return true
    }

    /// Blank text, then `<name>`.
    private mutating func open(_ name: StaticString) -> Bool {
        skipBlank()
        guard i < end, base[i] == UInt8(ascii: "<") else { return false }
        let n = name.utf8CodeUnitCount
        guard i + n + 2 <= end, base[i + n + 1] == UInt8(ascii: ">"),
              memcmp(base + i + 1, name.utf8Start, n) == 0
        else { return false }
        i += n + 2
        return true
    }

    /// Blank text, then `<name>` for any plain name; the name.
    private mutating func openAny() -> String? {
        skipBlank()
        guard i < end, base[i] == UInt8(ascii: "<") else { return nil }
        var j = i + 1
        while j < end, Self.isNameByte(base[j]) { j += 1 }
        guard j > i + 1, j < end, base[j] == UInt8(ascii: ">") else { return nil }
        let name = String(decoding: UnsafeBufferPointer(start: base + i + 1, count: j - i - 1), as: UTF8.self)
        i = j + 1
        return name
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
            || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: ".")
    }

    /// Blank text, then `</name>`.
    private mutating func close(_ name: StaticString) -> Bool {
        skipBlank()
        let n = name.utf8CodeUnitCount
        guard i + n + 3 <= end, base[i] == UInt8(ascii: "<"), base[i + 1] == UInt8(ascii: "/"),
              base[i + n + 2] == UInt8(ascii: ">"), memcmp(base + i + 2, name.utf8Start, n) == 0
        else { return false }
        i += n + 3
        return true
    }

    private mutating func close(_ name: String) -> Bool {
        skipBlank()
        var name = name
        return name.withUTF8 { utf8 in
            let n = utf8.count
            guard let bytes = utf8.baseAddress, i + n + 3 <= end, base[i] == UInt8(ascii: "<"),
                  base[i + 1] == UInt8(ascii: "/"), base[i + n + 2] == UInt8(ascii: ">"),
                  memcmp(base + i + 2, bytes, n) == 0
            else { return false }
            i += n + 3
            return true
        }
    }

    /// Whether `</` comes after blank text (nothing consumed).
    private func peekClose() -> Bool {
        var j = i
        while j < end, isBlankByte(base[j]) { j += 1 }
        return j + 1 < end && base[j] == UInt8(ascii: "<") && base[j + 1] == UInt8(ascii: "/")
    }

    /// Whether `</` comes next, right here.
    private func atClose() -> Bool {
        i + 1 < end && base[i] == UInt8(ascii: "<") && base[i + 1] == UInt8(ascii: "/")
    }

    /// The character data up to the next `<`, exactly (possibly empty); nil for anything the
    /// full parser would treat specially or reject.
    private mutating func rawText() -> String? {
        let start = i
        var ascii = true
        while i < end {
            let b = base[i]
            if b == UInt8(ascii: "<") { break }
            // Entities, CR (line-end normalisation), `]]>` and control characters: full parser.
            if b == UInt8(ascii: "&") || b == 0x0D || b == UInt8(ascii: "]") { return nil }
            if b < 0x20 && b != 0x09 && b != 0x0A { return nil }
            if b >= 0x80 { ascii = false }
            i += 1
        }
        guard i < end else { return nil }
        let bytes = UnsafeBufferPointer(start: base + start, count: i - start)
        if ascii { return String(decoding: bytes, as: UTF8.self) }
        // XML excludes U+FFFE and U+FFFF; invalid UTF-8 is libxml2's to report.
        guard let s = String(validating: bytes, as: UTF8.self),
              !s.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF })
        else { return nil }
        return s
    }

    /// The character data of a scalar element, which must end with a close tag.
    private mutating func text() -> String? {
        guard let s = rawText(), atClose() else { return nil }
        return s
    }
}
