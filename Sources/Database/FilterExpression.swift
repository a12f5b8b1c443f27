// The get_all_records_where / get_all_where expression language (ocaml/database/db_filter_lex.mll,
// db_filter_parse.mly, db_filter.ml). Only string equality against the DB serialisation
// (FieldCodec), combined with and/or/not. Precedence follows the menhir grammar exactly:
// `and` and `or` are one left-associative level, and `not` binds looser than both.
import Datamodel
import Wire

/// A parsed filter, e.g. `field "name__label"="foo" and not (field "is_a_template"="true")`.
public struct FilterExpression: Sendable, Hashable {
    public indirect enum Node: Sendable, Hashable {
        case `true`
        case `false`
        case not(Node)
        case and(Node, Node)
        case or(Node, Node)
        case equal(Operand, Operand)
    }

    public enum Operand: Sendable, Hashable {
        case literal(String)
        /// A column name: the field path joined by `__` (`name__label`), or `_ref`.
        case field(String)
    }

    /// The source text, as the client sent it.
    public let text: String
    public let root: Node

    /// Parses `text`; a syntax error is `INVALID_VALUE [text; reason]` (xapi exnHelper.ml,
    /// `Expression_error`).
    public init(_ text: String) throws {
        self.text = text
        var parser = Parser(bytes: Array(text.utf8))
        do {
            root = try parser.parse()
        } catch {
            throw XenAPIError.invalidValue(text, error.message)
        }
    }

    /// Every column name the expression reads.
    public var fieldNames: Set<String> {
        var names: Set<String> = []
        func visit(_ n: Node) {
            switch n {
            case .true, .false: break
            case .not(let a): visit(a)
            case .and(let a, let b), .or(let a, let b): visit(a); visit(b)
            case .equal(let a, let b):
                for o in [a, b] { if case .field(let f) = o { names.insert(f) } }
            }
        }
        visit(root)
        return names
    }

    /// Evaluates with `lookup` giving a column's DB string. `and`/`or` short-circuit, so a missing
    /// column only fails when it is actually compared (db_filter.ml, `eval_expr`).
    public func evaluate(_ lookup: (String) throws -> String) rethrows -> Bool {
        func value(_ o: Operand) throws -> String {
            switch o {
            case .literal(let s): return s
            case .field(let f): return try lookup(f)
            }
        }
        func eval(_ n: Node) throws -> Bool {
            switch n {
            case .true: return true
            case .false: return false
            case .not(let a): return try !eval(a)
            case .and(let a, let b): return try eval(a) && eval(b)
            case .or(let a, let b): return try eval(a) || eval(b)
            case .equal(let a, let b): return try value(a) == value(b)
            }
        }
        return try eval(root)
    }

    /// Whether the object `ref` with `record` satisfies the expression.
    /// An unknown column is `INTERNAL_ERROR ["missing field"; column; ""]`, as xapi's
    /// `DBCache_NotFound ("missing field", ...)`.
    public func matches(_ record: any XenRecord, ref: String) throws -> Bool {
        try matcher(for: type(of: record).spec)(record, ref)
    }

    /// A predicate for records of one class, with column names resolved once.
    public func matcher(for spec: ClassSpec) -> (any XenRecord, String) throws -> Bool {
        var columns: [String: Int] = [:]
        for name in fieldNames where name != "_ref" {
            if let i = FilterExpression.fieldIndex(name, in: spec) { columns[name] = i }
        }
        return { record, ref in
            try self.evaluate { column in
                if column == "_ref" { return ref }
                guard let index = columns[column] else {
                    throw XenAPIError("INTERNAL_ERROR", ["missing field", column, ""])
                }
                return FieldCodec.encode(record.wireValue(field: index), as: spec.fields[index].type)
            }
        }
    }

    /// The field a DB column name refers to: the exact wire name, else with `__` read as `_`
    /// (DB columns join namespaces with `__`, wire names with `_`).
    public static func fieldIndex(_ column: String, in spec: ClassSpec) -> Int? {
        if let i = spec.fieldIndex[column] { return i }
        guard column.contains("__") else { return nil }
        return spec.fieldIndex[column.replacing("__", with: "_")]
    }

    // MARK: - Parsing

    struct ParseFailure: Error {
        let message: String
        /// What `Printexc.to_string` prints for the menhir parser's exception.
        static let syntax = ParseFailure(message: "Xapi_database__Db_filter_parse.Error")
        /// ocamllex's failure when no rule matches.
        static let lexing = ParseFailure(message: "Failure(\"lexing: empty token\")")
    }

    private enum Token: Equatable {
        case equal, `true`, `false`, lparen, rparen, field, and, or, not, ident(String), end
    }

    /// Recursive descent over tokens read on demand (like menhir pulling from ocamllex, so a
    /// syntax error before a bad character is reported as a syntax error).
    private struct Parser {
        let bytes: [UInt8]
        var i = 0
        var peeked: Token?

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func parse() throws(ParseFailure) -> Node {
            let e = try sequence()
            guard try next() == .end else { throw .syntax }
            return e
        }

        /// primary ((`and` | `or`) primary)*, left-associative.
        mutating func sequence() throws(ParseFailure) -> Node {
            var lhs = try primary()
            while true {
                switch try peek() {
                case .and:
                    _ = try next()
                    lhs = .and(lhs, try primary())
                case .or:
                    _ = try next()
                    lhs = .or(lhs, try primary())
                default:
                    return lhs
                }
            }
        }

        mutating func primary() throws(ParseFailure) -> Node {
            switch try next() {
            case .not:
                // %right LNOT is declared before %left LAND LOR, so it has lower precedence:
                // `not a and b` is `not (a and b)`.
                return .not(try sequence())
            case .true: return .true
            case .false: return .false
            case .lparen:
                let e = try sequence()
                guard try next() == .rparen else { throw .syntax }
                return e
            case .ident(let s):
                return try equality(.literal(s))
            case .field:
                guard case .ident(let s) = try next() else { throw .syntax }
                return try equality(.field(s))
            default:
                throw .syntax
            }
        }

        mutating func equality(_ lhs: Operand) throws(ParseFailure) -> Node {
            guard try next() == .equal else { throw .syntax }
            switch try next() {
            case .ident(let s): return .equal(lhs, .literal(s))
            case .field:
                guard case .ident(let s) = try next() else { throw .syntax }
                return .equal(lhs, .field(s))
            default: throw .syntax
            }
        }

        mutating func peek() throws(ParseFailure) -> Token {
            if let t = peeked { return t }
            let t = try lex()
            peeked = t
            return t
        }

        mutating func next() throws(ParseFailure) -> Token {
            if let t = peeked {
                peeked = nil
                return t
            }
            return try lex()
        }

        /// db_filter_lex.mll: blanks are space, tab and newline only; keywords match as prefixes
        /// (`trueish` lexes `true` then fails); strings are `"…"` with no escapes.
        mutating func lex() throws(ParseFailure) -> Token {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0a { i += 1 }
            guard i < bytes.count else { return .end }
            let c = bytes[i]
            switch c {
            case UInt8(ascii: "="): i += 1; return .equal
            case UInt8(ascii: "("): i += 1; return .lparen
            case UInt8(ascii: ")"): i += 1; return .rparen
            case UInt8(ascii: "\""):
                guard let close = bytes[(i + 1)...].firstIndex(of: UInt8(ascii: "\"")) else { throw .lexing }
                let s = String(decoding: bytes[(i + 1)..<close], as: UTF8.self)
                i = close + 1
                return .ident(s)
            default:
                let keywords: [(String, Token)] = [
                    ("true", .true), ("false", .false), ("field", .field),
                    ("and", .and), ("or", .or), ("not", .not),
                ]
                for (word, token) in keywords where hasPrefix(word) {
                    i += word.utf8.count
                    return token
                }
                throw .lexing
            }
        }

        func hasPrefix(_ word: String) -> Bool {
            let w = Array(word.utf8)
            guard i + w.count <= bytes.count else { return false }
            return bytes[i..<(i + w.count)].elementsEqual(w)
        }
    }
}
