// Unmarshalling of parameters by datamodel type, before the session check (xapi's order): ints may
// arrive as strings, enums in any case, datetimes as strings. Returns the canonical value.
import Datamodel
import Wire

struct TypeChecker: Sendable {
    let enumValues: [String: [String]]

    init(enums: [EnumSpec]) {
        var table: [String: [String]] = [:]
        for e in enums { table[e.name] = e.values }
        enumValues = table
    }

    /// The canonical wire value of `value` as `type`, or xapi's type error.
    func check(_ value: Value, as type: XenType) throws -> Value {
        switch type {
        case .string:
            return .string(try String(wire: value))
        case .int:
            return .int(try Int64(wire: value))
        case .float:
            return .double(try Double(wire: value))
        case .bool:
            return .bool(try Bool(wire: value))
        case .datetime:
            return .dateTime(try XenDate(wire: value))
        case .ref:
            return .string(try String(wire: value))
        case .enumeration(let name):
            guard case .string(let label) = value else { throw XenAPIError.typeError(expected: "enum", got: value) }
            guard let values = enumValues[name] else { return value }
            if values.contains(label) { return value }
            let lower = label.lowercased()
            guard let canonical = values.first(where: { $0.lowercased() == lower }) else {
                throw XenAPIError.internalError("Failure(\"Unknown tag/contents\")")
            }
            return .string(canonical)
        case .set(let element):
            guard case .array(let items) = value else { throw XenAPIError.typeError(expected: "array", got: value) }
            return .array(try items.map { try check($0, as: element) })
        case .map(let key, let element):
            guard case .structure(let members) = value else {
                throw XenAPIError.typeError(expected: "struct", got: value)
            }
            return .structure(try members.map { m in
                let k = try check(.string(m.name), as: key)
                guard case .string(let ks) = k else { return Member(m.name, try check(m.value, as: element)) }
                return Member(ks, try check(m.value, as: element))
            })
        case .option(let inner):
            return try check(value, as: inner)
        case .record, .opaque:
            return value
        }
    }
}
