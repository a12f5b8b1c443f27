// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct DRTaskRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var introducedSRs: [Ref<SRRecord>]

    public init() {
        self.uuid = ""
        self.introducedSRs = []
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.introducedSRs.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.introducedSRs = try [Ref<SRRecord>](wire: value)
        default: throw XenAPIError.internalError("DR_task has no field \(index)")
        }
    }
}

extension DRTaskRecord {
    public static let spec = ClassSpec(
        name: "DR_task",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "boston",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(2)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "introduced_SRs", type: .set(.ref("SR")), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(10)
        messages.append(MessageSpec(
            className: "DR_task", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("DR_task"), .record("DR_task")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "DR_task", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("DR_task")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "DR_task", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("DR_task"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "DR_task", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "type", type: .string),
                ParamSpec(name: "device_config", type: .map(.string, .string)),
                ParamSpec(name: "whitelist", type: .set(.string)),
            ],
            result: .ref("DR_task"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "DR_task", name: "get_introduced_SRs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("DR_task"))], result: .set(.ref("SR")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "DR_task", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("DR_task"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "DR_task", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("DR_task"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "DR_task", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("DR_task"))], result: .record("DR_task"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "DR_task", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("DR_task"), .record("DR_task")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "DR_task", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("DR_task")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        return messages
    }
}
