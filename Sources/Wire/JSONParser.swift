// A small strict RFC 8259 parser straight to `Value`, keeping what JSONSerialization loses:
// integers (no fraction, no exponent) become `.int` (out of Int64 range is an error, as in
// xapi), other numbers `.double`, objects keep member order and duplicates. Also accepts
// `NaN`, `Infinity` and `-Infinity`, which xapi itself emits. Nesting is capped.

/// Parses one JSON text into a `Value`.
struct JSONParser {
    static let maxDepth = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The single value `text` holds, surrounded by optional whitespace.
    static func parse(_ text: [UInt8]) throws(RPCParseError) -> Value {
        let result: Result<Value, RPCParseError> = text.withUnsafeBufferPointer { buf in
            var parser = JSONParser(buf)
            do throws(RPCParseError) {
                parser.skipWhitespace()
                guard parser.i < buf.count else { throw parser.error("Blank input data") }
                let value = try parser.value(depth: 0)
                parser.skipWhitespace()
                guard parser.i == buf.count else { throw parser.error("Junk after end of JSON value") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private func error(_ message: String) -> RPCParseError { .json(message, offset: i) }

    @inline(__always)
    private mutating func skipWhitespace() {
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(RPCParseError) -> Value {
        guard depth < Self.maxDepth else { throw error("Nesting deeper than \(Self.maxDepth)") }
        guard i < bytes.count else { throw error("Unexpected end of input") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "N"): try literal("NaN"); return .double(.nan)
        case UInt8(ascii: "I"): try literal("Infinity"); return .double(.infinity)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("Invalid token")
        }
    }

    private mutating func literal(_ word: StaticString) throws(RPCParseError) {
        let matched = word.withUTF8Buffer { w -> Bool in
            guard bytes.count - i >= w.count else { return false }
            for k in 0..<w.count where bytes[i + k] != w[k] { return false }
            return true
        }
        guard matched else { throw error("Invalid token") }
        i += word.utf8CodeUnitCount
    }

    private mutating func object(depth: Int) throws(RPCParseError) -> Value {
        i += 1  // {
        var members: [Member] = []
        skipWhitespace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "}") {
            i += 1
            return .structure(members)
        }
        while true {
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { throw error("Expected string or '}'") }
            let name = try string()
            skipWhitespace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw error("Expected ':'") }
            i += 1
            skipWhitespace()
            members.append(Member(name, try value(depth: depth + 1)))
            skipWhitespace()
            guard i < bytes.count else { throw error("Unexpected end of input") }
            switch bytes[i] {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "}"): i += 1; return .structure(members)
            default: throw error("Expected ',' or '}'")
            }
        }
    }

    private mutating func array(depth: Int) throws(RPCParseError) -> Value {
        i += 1  // [
        var elements: [Value] = []
        skipWhitespace()
        if i < bytes.count && bytes[i] == UInt8(ascii: "]") {
            i += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try value(depth: depth + 1))
            skipWhitespace()
            guard i < bytes.count else { throw error("Unexpected end of input") }
            switch bytes[i] {
            case UInt8(ascii: ","): i += 1
            case UInt8(ascii: "]"): i += 1; return .array(elements)
            default: throw error("Expected ',' or ']'")
            }
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`; `-Infinity` too.
    private mutating func number() throws(RPCParseError) -> Value {
        let start = i
        if bytes[i] == UInt8(ascii: "-") {
            i += 1
            if i < bytes.count && bytes[i] == UInt8(ascii: "I") {
                try literal("Infinity")
                return .double(-.infinity)
            }
        }
        let intStart = i
        guard digits() > 0 else { throw error("Invalid number") }
        if bytes[intStart] == UInt8(ascii: "0") && i - intStart > 1 { throw error("Leading zero in number") }
        var isFloat = false
        if i < bytes.count && bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits() > 0 else { throw error("Invalid number") }
            isFloat = true
        }
        if i < bytes.count && (bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E")) {
            i += 1
            if i < bytes.count && (bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-")) { i += 1 }
            guard digits() > 0 else { throw error("Invalid number") }
            isFloat = true
        }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<i])
        if isFloat {
            guard let d = Double(String(decoding: text, as: UTF8.self)) else { throw error("Invalid number") }
            return .double(d)
        }
        let negative = bytes[start] == UInt8(ascii: "-")
        var n: Int64 = 0
        for b in UnsafeBufferPointer(rebasing: bytes[intStart..<i]) {
            let digit = Int64(b &- 0x30)
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(digit) : m.addingReportingOverflow(digit)
            guard !o1 && !o2 else { throw .failure("Int64.of_string") }
            n = s
        }
        return .int(n)
    }

    private mutating func digits() -> Int {
        let start = i
        while i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
        return i - start
    }

    /// A string literal; the fast path copies escape-free runs straight from the input.
    private mutating func string() throws(RPCParseError) -> String {
        i += 1  // "
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let s = try utf8String(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                i += 1
                return s
            }
            if b == UInt8(ascii: "\\") || b < 0x20 { break }
            i += 1
        }
        var out: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                return try out.withUnsafeBufferPointer { buf throws(RPCParseError) in try utf8String(buf) }
            case UInt8(ascii: "\\"):
                i += 1
                guard i < bytes.count else { throw error("Unexpected end of input") }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"): try appendEscapedScalar(to: &out)
                default: throw error("Invalid escape")
                }
            case 0..<0x20:
                throw error("Control character in string")
            default:
                out.append(b)
                i += 1
            }
        }
        throw error("Unexpected end of input")
    }

    /// After `\u`: four hex digits, and a second `\uDC00`–`\uDFFF` for a high surrogate.
    private mutating func appendEscapedScalar(to out: inout [UInt8]) throws(RPCParseError) {
        var code = try hex4()
        if (0xD800...0xDBFF).contains(code) {
            guard bytes.count - i >= 2, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") else {
                throw error("Unpaired surrogate")
            }
            i += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("Unpaired surrogate") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(code) {
            throw error("Unpaired surrogate")
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("Invalid escape") }
        UTF8.encode(scalar) { out.append($0) }
    }

    private mutating func hex4() throws(RPCParseError) -> UInt32 {
        guard bytes.count - i >= 4 else { throw error("Invalid escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A")) + 10
            default: throw error("Invalid escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    private func utf8String(_ buf: UnsafeBufferPointer<UInt8>) throws(RPCParseError) -> String {
        guard let s = String(validating: buf, as: UTF8.self) else { throw error("Invalid UTF-8 in string") }
        return s
    }
}
