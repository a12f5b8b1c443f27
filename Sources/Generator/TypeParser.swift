// The datamodel type language of xenapi.json (`VM ref set`, `(string -> enum vm_operations) map`,
// `sr_stat record option`), parsed into the generator's mirror of Datamodel.XenType.

/// Mirrors `XenType` in Sources/Datamodel/XenType.swift (the generator does not link Datamodel).
indirect enum DMType: Equatable {
    case string
    case int
    case float
    case bool
    case datetime
    case ref(String)
    case enumeration(String)
    case set(DMType)
    case map(DMType, DMType)
    case record(String)
    case option(DMType)
    case opaque(String)
}

enum TypeParser {
    /// Parses a type string; nil when it is not in the type language (prose such as "an event
    /// batch").
    static func parse(_ text: String) -> DMType? {
        var tokens = tokenize(text)[...]
        guard let type = parseType(&tokens), tokens.isEmpty else { return nil }
        return type
    }

    /// A message result: nil for `void`, `.opaque` for prose.
    static func parseResult(_ text: String) -> DMType? {
        if text == "void" { return nil }
        return parse(text) ?? .opaque(text)
    }

    private static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { tokens.append(word) }
            word = ""
        }
        for c in text {
            switch c {
            case "(", ")":
                flush()
                tokens.append(String(c))
            case " ", "\t", "\n":
                flush()
            default:
                word.append(c)
            }
        }
        flush()
        return tokens
    }

    private static func parseType(_ tokens: inout ArraySlice<String>) -> DMType? {
        guard let first = tokens.popFirst() else { return nil }
        var type: DMType
        switch first {
        case "string": type = .string
        case "int": type = .int
        case "float": type = .float
        case "bool": type = .bool
        case "datetime": type = .datetime
        case "enum":
            guard let name = tokens.popFirst(), isName(name) else { return nil }
            type = .enumeration(name)
        case "(":
            guard let key = parseType(&tokens), tokens.popFirst() == "->",
                let value = parseType(&tokens), tokens.popFirst() == ")", tokens.popFirst() == "map"
            else { return nil }
            type = .map(key, value)
        default:
            // `<class> record` is event.snapshot's synthetic type.
            guard isName(first) || first == "<class>" else { return nil }
            switch tokens.popFirst() {
            case "ref": type = .ref(first)
            case "record": type = .record(first)
            default: return nil
            }
        }
        while let suffix = tokens.first {
            switch suffix {
            case "set": type = .set(type)
            case "option": type = .option(type)
            default: return type
            }
            tokens.removeFirst()
        }
        return type
    }

    private static func isName(_ s: String) -> Bool {
        !s.isEmpty && s.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
