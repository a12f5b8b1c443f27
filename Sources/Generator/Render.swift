// Rendering of types and constants as Swift source: the Swift type of a field, the `XenType`
// literal of a datamodel type, a constant as a typed Swift expression and as a `Wire.Value`
// literal.

struct Render {
    let model: Model

    /// The Swift type a datamodel type maps to (`[Ref<VMRecord>]`, `[String: String]`,
    /// `VMPowerState?`).
    func swiftType(_ t: DMType) -> String {
        switch t {
        case .string: return "String"
        case .int: return "Int64"
        case .float: return "Double"
        case .bool: return "Bool"
        case .datetime: return "XenDate"
        case .ref(let c): return "Ref<\(model.recordTypeNames[c] ?? "Never")>"
        case .enumeration(let e): return model.enumsByName[e]!.swiftName
        case .set(let e): return "[\(swiftType(e))]"
        case .map(let k, let v): return "[\(swiftType(k)): \(swiftType(v))]"
        case .option(let e): return swiftType(e) + "?"
        case .record, .opaque: return "Value"
        }
    }

    /// A `XenType` expression (`.set(.ref("VM"))`).
    func xenType(_ t: DMType) -> String {
        switch t {
        case .string: return ".string"
        case .int: return ".int"
        case .float: return ".float"
        case .bool: return ".bool"
        case .datetime: return ".datetime"
        case .ref(let c): return ".ref(\(SwiftNames.literal(c)))"
        case .enumeration(let e): return ".enumeration(\(SwiftNames.literal(e)))"
        case .set(let e): return ".set(\(xenType(e)))"
        case .map(let k, let v): return ".map(\(xenType(k)), \(xenType(v)))"
        case .record(let c): return ".record(\(SwiftNames.literal(c)))"
        case .option(let e): return ".option(\(xenType(e)))"
        case .opaque(let s): return ".opaque(\(SwiftNames.literal(s)))"
        }
    }

    /// The value of a field with no datamodel default: the type's zero.
    func zeroExpression(_ t: DMType) -> String {
        switch t {
        case .string: return "\"\""
        case .int: return "0"
        case .float: return "0.0"
        case .bool: return "false"
        case .datetime: return "XenDate(secondsSince1970: 0)"
        case .ref: return ".null"
        case .enumeration(let e):
            return "." + SwiftNames.escaped(model.enumsByName[e]!.caseNames[0])
        case .set: return "[]"
        case .map: return "[:]"
        case .option: return "nil"
        case .record, .opaque: return ".structure([])"
        }
    }

    /// A constant as a Swift expression of `swiftType(t)`, in a context where that type is known.
    func swiftExpression(_ c: Constant, _ t: DMType) -> String {
        switch (c, t) {
        case (.string(let s), _): return SwiftNames.literal(s)
        case (.int(let i), _): return String(i)
        case (.float(let d), _): return floatLiteral(d)
        case (.bool(let b), _): return b ? "true" : "false"
        case (.datetime(let s), _): return "XenDate(secondsSince1970: \(s))"
        case (.enumLabel(let label), .enumeration(let e)):
            let en = model.enumsByName[e]!
            return "." + SwiftNames.escaped(en.caseNames[en.labels.firstIndex(of: label)!])
        case (.ref(let r), _):
            return r == DefaultParser.nullRef
                ? ".null" : "\(swiftType(t))(\(SwiftNames.literal(r)))"
        case (.set(let items), .set(let e)):
            return "[" + items.map { swiftExpression($0, e) }.joined(separator: ", ") + "]"
        case (.map(let pairs), .map(let k, let v)):
            if pairs.isEmpty { return "[:]" }
            return "["
                + pairs.map { swiftExpression($0.0, k) + ": " + swiftExpression($0.1, v) }
                .joined(separator: ", ") + "]"
        case (_, .option(let e)): return swiftExpression(c, e)
        default: fatalError("constant \(c) does not fit \(t)")
        }
    }

    /// A constant as the `Value` literal it encodes to (what `.wire` of the Swift value returns).
    func valueLiteral(_ c: Constant) -> String {
        switch c {
        case .string(let s), .enumLabel(let s), .ref(let s):
            return ".string(\(SwiftNames.literal(s)))"
        case .int(let i): return ".int(\(i))"
        case .float(let d): return ".double(\(floatLiteral(d)))"
        case .bool(let b): return ".bool(\(b))"
        case .datetime(let s): return ".dateTime(XenDate(secondsSince1970: \(s)))"
        case .set(let items):
            return ".array([" + items.map(valueLiteral).joined(separator: ", ") + "])"
        case .map(let pairs):
            // Dictionary.wire sorts members by key (Sources/Datamodel/WireCodable.swift).
            let members = pairs.map { (key: keyString($0.0), value: valueLiteral($0.1)) }.sorted {
                $0.key < $1.key
            }
            return ".structure(["
                + members.map { "Member(\(SwiftNames.literal($0.key)), \($0.value))" }
                .joined(separator: ", ") + "])"
        }
    }

    /// A map key as its wire string (`WireKeyCodable.wireKey`).
    private func keyString(_ c: Constant) -> String {
        switch c {
        case .string(let s), .enumLabel(let s), .ref(let s): return s
        case .int(let i): return String(i)
        default: fatalError("constant \(c) cannot be a map key")
        }
    }

    private func floatLiteral(_ d: Double) -> String {
        let s = "\(d)"
        return s.contains(".") || s.contains("e") ? s : s + ".0"
    }
}
