// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct LVHDRecord: XenRecord, Equatable, Sendable {
    public var uuid: String

    public init() {
        self.uuid = ""
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        default: throw XenAPIError.internalError("LVHD has no field \(index)")
        }
    }
}

extension LVHDRecord {
    public static let spec = ClassSpec(
        name: "LVHD",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "dundee",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: false
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(1)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(4)
        messages.append(MessageSpec(
            className: "LVHD", name: "enable_thin_provisioning", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "SR", type: .ref("SR")),
                ParamSpec(name: "initial_allocation", type: .int),
                ParamSpec(name: "allocation_quantum", type: .int),
            ],
            result: .string, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "LVHD", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("LVHD"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "LVHD", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("LVHD"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "LVHD", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("LVHD"))], result: .record("LVHD"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "dundee"))
        return messages
    }
}
