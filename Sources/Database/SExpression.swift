// The S-expressions xapi uses for sets and maps in the database
// (ocaml/libs/sexpr: sExpr.ml printer and escaping, sExprLexer.mll / sExprParser.mly reader).
// Printing quotes every atom with `'` and escapes `\` and `'` with a backslash.

/// A parsed or to-be-printed S-expression.
enum SExpression: Equatable {
    case list([SExpression])
    /// A quoted atom (`'text'` or `"text"`), unescaped.
    case string(String)
    /// A bare word; xapi's set/map readers reject these.
    case symbol(String)

    /// The printed form: `('a' 'b')`, atoms escaped (sExpr.ml, `string_of`).
    var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .list(let items):
            out.append("(")
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(" ") }
                item.write(to: &out)
            }
            out.append(")")
        case .string(let s), .symbol(let s):
            out.append("'")
            SExpression.escape(s, into: &out)
            out.append("'")
        }
    }

    /// `\` → `\\` and `'` → `\'` (sExpr.ml, `escape_buf`).
    static func escape(_ s: String, into out: inout String) {
        guard s.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "'") }) else {
            out.append(s)
            return
        }
        for c in s.unicodeScalars {
            switch c {
            case "\\": out.append("\\\\")
            case "'": out.append("\\'")
            default: out.unicodeScalars.append(c)
            }
        }
    }

    /// Drops each unescaped backslash and keeps the character after it; a trailing lone backslash
    /// stays (sExpr.ml, `unescape_buf`).
    static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaped = false
        for b in bytes {
            if b == UInt8(ascii: "\\") && !escaped {
                escaped = true
            } else {
                out.append(b)
                escaped = false
            }
        }
        if escaped { out.append(UInt8(ascii: "\\")) }
        return String(decoding: out, as: UTF8.self)
    }

    struct ParseError: Error {}

    /// Reads one expression (trailing text is ignored, as the menhir `expr` entry point does).
    static func parse(_ text: String) throws -> SExpression {
        var p = Parser(bytes: Array(text.utf8))
        return try p.expression()
    }

    private struct Parser {
        let bytes: [UInt8]
        var i = 0

        enum Token { case open, close, string(String), symbol(String), end }

        mutating func token() throws -> Token {
            // Whitespace and `;` comments to end of line (sExprLexer.mll).
            while i < bytes.count {
                let c = bytes[i]
                if c == 0x20 || c == 0x09 || c == 0x0d || c == 0x0a {
                    i += 1
                } else if c == UInt8(ascii: ";") {
                    guard let nl = bytes[i...].firstIndex(of: 0x0a) else { throw ParseError() }
                    i = nl + 1
                } else {
                    break
                }
            }
            guard i < bytes.count else { return .end }
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "("):
                i += 1
                return .open
            case UInt8(ascii: ")"):
                i += 1
                return .close
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                let start = i + 1
                var j = start
                while j < bytes.count && bytes[j] != c {
                    j += bytes[j] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard j < bytes.count else { throw ParseError() }
                i = j + 1
                return .string(SExpression.unescape(bytes[start..<j]))
            default:
                let start = i
                while i < bytes.count {
                    let b = bytes[i]
                    if b == UInt8(ascii: "\"") || b == 0x20 || b == 0x09 || b == 0x0a
                        || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") { break }
                    i += 1
                }
                return .symbol(String(decoding: bytes[start..<i], as: UTF8.self))
            }
        }

        mutating func expression() throws -> SExpression {
            try expression(startingWith: token())
        }

        mutating func expression(startingWith t: Token) throws -> SExpression {
            switch t {
            case .open:
                var items: [SExpression] = []
                while true {
                    let next = try token()
                    if case .close = next { return .list(items) }
                    items.append(try expression(startingWith: next))
                }
            case .string(let s): return .string(s)
            case .symbol(let s): return .symbol(s)
            case .close, .end: throw ParseError()
            }
        }
    }
}
