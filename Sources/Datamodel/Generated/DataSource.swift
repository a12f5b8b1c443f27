// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct DataSourceRecord: XenRecord, Equatable, Sendable {
    public var nameLabel: String
    public var nameDescription: String
    public var enabled: Bool
    public var standard: Bool
    public var units: String
    public var min: Double
    public var max: Double
    public var value: Double

    public init() {
        self.nameLabel = ""
        self.nameDescription = ""
        self.enabled = false
        self.standard = false
        self.units = ""
        self.min = 0.0
        self.max = 0.0
        self.value = 0.0
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.nameLabel.wire
        case 1: return self.nameDescription.wire
        case 2: return self.enabled.wire
        case 3: return self.standard.wire
        case 4: return self.units.wire
        case 5: return self.min.wire
        case 6: return self.max.wire
        case 7: return self.value.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.nameLabel = try String(wire: value)
        case 1: self.nameDescription = try String(wire: value)
        case 2: self.enabled = try Bool(wire: value)
        case 3: self.standard = try Bool(wire: value)
        case 4: self.units = try String(wire: value)
        case 5: self.min = try Double(wire: value)
        case 6: self.max = try Double(wire: value)
        case 7: self.value = try Double(wire: value)
        default: throw XenAPIError.internalError("data_source has no field \(index)")
        }
    }
}

extension DataSourceRecord {
    public static let spec = ClassSpec(
        name: "data_source",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "orlando",
        inDatabase: false,
        persistent: false,
        generatesEvents: false,
        exposesGetAll: false
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(8)
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "rio"))
        fields.append(FieldSpec(
            name: "enabled", type: .bool, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "standard", type: .bool, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "units", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "min", type: .float, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "max", type: .float, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "value", type: .float, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(0)
        return messages
    }
}
