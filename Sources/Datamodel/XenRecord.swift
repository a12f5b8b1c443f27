// What every generated record type offers: its class spec, a zero/default value, and field access by
// position (the order of ClassSpec.fields), which is how the generic implicit messages, the database
// and events handle records without string-keyed dictionaries.
import Wire

public protocol XenRecord: Sendable {
    static var spec: ClassSpec { get }
    /// Every field at its datamodel default (or the type's zero value when it has none).
    init()
    /// The wire value of field `index`; nil only for an absent option field.
    func wireValue(field index: Int) -> Value?
    /// Decodes and stores field `index`; throws the xapi type error on a wrong type.
    mutating func setWireValue(field index: Int, to value: Value) throws
}

extension XenRecord {
    public static var className: String { spec.name }

    /// The full record as xapi sends it: every field in datamodel order, absent options omitted.
    public var wire: Value {
        let fields = Self.spec.fields
        var members: [Member] = []
        members.reserveCapacity(fields.count)
        for i in fields.indices {
            if let v = wireValue(field: i) { members.append(Member(fields[i].name, v)) }
        }
        return .structure(members)
    }

    public func wireValue(named name: String) -> Value? {
        Self.spec.fieldIndex[name].flatMap { wireValue(field: $0) }
    }

    public mutating func setWireValue(named name: String, to value: Value) throws {
        guard let i = Self.spec.fieldIndex[name] else {
            throw XenAPIError.internalError("no field \(name) in \(Self.className)")
        }
        try setWireValue(field: i, to: value)
    }
}
