// Field and parameter defaults in xenapi.json syntax (`""`, `0`, `1.`, `false`,
// `19700101T00:00:00Z`, `Halted`, `OpaqueRef:NULL` or `Null`, `{}`, `{0}`, `{"k" -> "v"}`),
// parsed against the item's type into a typed constant.
import Foundation

/// A typed default value.
indirect enum Constant {
    case string(String)
    case int(Int64)
    case float(Double)
    case bool(Bool)
    /// Seconds since the epoch.
    case datetime(Int64)
    case enumLabel(String)
    case ref(String)
    case set([Constant])
    case map([(Constant, Constant)])
}

struct DefaultParseError: Error, CustomStringConvertible {
    let description: String
}

enum DefaultParser {
    static let nullRef = "OpaqueRef:NULL"

    static func parse(_ text: String, as type: DMType, enums: [String: [String]]) throws -> Constant
    {
        var tokens = try tokenize(text)[...]
        let c = try parseValue(&tokens, type: type, enums: enums, whole: text)
        guard tokens.isEmpty else {
            throw DefaultParseError(description: "trailing text in default \(text)")
        }
        return c
    }

    private enum Token: Equatable {
        case quoted(String)
        case bare(String)
        case open, close, comma, arrow
    }

    private static func tokenize(_ text: String) throws -> [Token] {
        var tokens: [Token] = []
        var chars = Array(text)[...]
        while let c = chars.first {
            switch c {
            case " ", "\t", "\n": chars.removeFirst()
            case "{":
                tokens.append(.open)
                chars.removeFirst()
            case "}":
                tokens.append(.close)
                chars.removeFirst()
            case ",":
                tokens.append(.comma)
                chars.removeFirst()
            case "-" where chars.dropFirst().first == ">":
                tokens.append(.arrow)
                chars.removeFirst(2)
            case "\"":
                chars.removeFirst()
                guard let end = chars.firstIndex(of: "\"") else {
                    throw DefaultParseError(description: "unterminated string in \(text)")
                }
                tokens.append(.quoted(String(chars[..<end])))
                chars = chars[(end + 1)...]
            default:
                var word = ""
                while let d = chars.first, !" \t\n{},\"".contains(d),
                    !(d == "-" && chars.dropFirst().first == ">")
                {
                    word.append(d)
                    chars.removeFirst()
                }
                tokens.append(.bare(word))
            }
        }
        return tokens
    }

    private static func parseValue(
        _ tokens: inout ArraySlice<Token>, type: DMType, enums: [String: [String]],
        whole: String
    ) throws -> Constant {
        func fail() -> DefaultParseError {
            DefaultParseError(description: "default \(whole) does not fit type \(type)")
        }
        switch type {
        case .set(let element):
            guard tokens.popFirst() == .open else { throw fail() }
            var items: [Constant] = []
            while tokens.first != .close {
                if !items.isEmpty { guard tokens.popFirst() == .comma else { throw fail() } }
                items.append(try parseValue(&tokens, type: element, enums: enums, whole: whole))
            }
            tokens.removeFirst()
            return .set(items)
        case .map(let key, let value):
            guard tokens.popFirst() == .open else { throw fail() }
            var pairs: [(Constant, Constant)] = []
            while tokens.first != .close {
                if !pairs.isEmpty { guard tokens.popFirst() == .comma else { throw fail() } }
                let k = try parseValue(&tokens, type: key, enums: enums, whole: whole)
                guard tokens.popFirst() == .arrow else { throw fail() }
                let v = try parseValue(&tokens, type: value, enums: enums, whole: whole)
                pairs.append((k, v))
            }
            tokens.removeFirst()
            return .map(pairs)
        case .option(let inner):
            return try parseValue(&tokens, type: inner, enums: enums, whole: whole)
        case .record, .opaque:
            throw fail()
        default:
            break
        }
        guard let token = tokens.popFirst() else { throw fail() }
        switch (type, token) {
        case (.string, .quoted(let s)):
            return .string(s)
        case (.int, .bare(let s)):
            guard let i = Int64(s) else { throw fail() }
            return .int(i)
        case (.float, .bare(let s)):
            guard let d = Double(s.hasSuffix(".") ? s + "0" : s) else { throw fail() }
            return .float(d)
        case (.bool, .bare("true")):
            return .bool(true)
        case (.bool, .bare("false")):
            return .bool(false)
        case (.datetime, .bare(let s)), (.datetime, .quoted(let s)):
            guard let seconds = parseDate(s) else { throw fail() }
            return .datetime(seconds)
        case (.enumeration(let name), .bare(let s)), (.enumeration(let name), .quoted(let s)):
            guard let labels = enums[name], labels.contains(s) else { throw fail() }
            return .enumLabel(s)
        case (.ref, .bare(let s)), (.ref, .quoted(let s)):
            // xenapi.json writes the null reference both ways.
            if s == "Null" || s == nullRef || s.isEmpty { return .ref(nullRef) }
            guard s.hasPrefix("OpaqueRef:") else { throw fail() }
            return .ref(s)
        default:
            throw fail()
        }
    }

    /// `YYYYMMDDTHH:MM:SSZ` as seconds since the epoch (UTC).
    static func parseDate(_ s: String) -> Int64? {
        let u = Array(s.utf8)
        guard u.count == 18 || u.count == 17, u[8] == UInt8(ascii: "T"), u[11] == UInt8(ascii: ":"),
            u[14] == UInt8(ascii: ":")
        else { return nil }
        func num(_ r: Range<Int>) -> Int64? { Int64(String(decoding: u[r], as: UTF8.self)) }
        guard let y = num(0..<4), let mo = num(4..<6), let d = num(6..<8), let h = num(9..<11),
            let mi = num(12..<14), let sec = num(15..<17)
        else { return nil }
        // Days from civil (Howard Hinnant's algorithm), so no time zone setting can interfere.
        let yy = mo <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468
        return days * 86400 + h * 3600 + mi * 60 + sec
    }
}
