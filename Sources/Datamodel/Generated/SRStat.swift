// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct SRStatRecord: XenRecord, Equatable, Sendable {
    public var uuid: String?
    public var nameLabel: String
    public var nameDescription: String
    public var freeSpace: Int64
    public var totalSpace: Int64
    public var clustered: Bool
    public var health: SRHealth

    public init() {
        self.uuid = nil
        self.nameLabel = ""
        self.nameDescription = ""
        self.freeSpace = 0
        self.totalSpace = 0
        self.clustered = false
        self.health = .healthy
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid?.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.freeSpace.wire
        case 4: return self.totalSpace.wire
        case 5: return self.clustered.wire
        case 6: return self.health.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0:
            if case .null = value {
                self.uuid = nil
            } else {
                self.uuid = try String(wire: value)
            }
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.freeSpace = try Int64(wire: value)
        case 4: self.totalSpace = try Int64(wire: value)
        case 5: self.clustered = try Bool(wire: value)
        case 6: self.health = try SRHealth(wire: value)
        default: throw XenAPIError.internalError("sr_stat has no field \(index)")
        }
    }
}

extension SRStatRecord {
    public static let spec = ClassSpec(
        name: "sr_stat",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "lima",
        inDatabase: false,
        persistent: false,
        generatesEvents: false,
        exposesGetAll: false
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(7)
        fields.append(FieldSpec(
            name: "uuid", type: .option(.string), qualifier: .roRuntime, defaultValue: nil,
            release: "lima"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "lima"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "lima"))
        fields.append(FieldSpec(
            name: "free_space", type: .int, qualifier: .roRuntime, defaultValue: nil,
            release: "lima"))
        fields.append(FieldSpec(
            name: "total_space", type: .int, qualifier: .roRuntime, defaultValue: nil,
            release: "lima"))
        fields.append(FieldSpec(
            name: "clustered", type: .bool, qualifier: .roRuntime, defaultValue: nil,
            release: "lima"))
        fields.append(FieldSpec(
            name: "health", type: .enumeration("sr_health"), qualifier: .roRuntime,
            defaultValue: nil, release: "lima"))
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
