// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct PBDRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var host: Ref<HostRecord>
    public var sr: Ref<SRRecord>
    public var deviceConfig: [String: String]
    public var currentlyAttached: Bool
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.host = .null
        self.sr = .null
        self.deviceConfig = [:]
        self.currentlyAttached = false
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.host.wire
        case 2: return self.sr.wire
        case 3: return self.deviceConfig.wire
        case 4: return self.currentlyAttached.wire
        case 5: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.host = try Ref<HostRecord>(wire: value)
        case 2: self.sr = try Ref<SRRecord>(wire: value)
        case 3: self.deviceConfig = try [String: String](wire: value)
        case 4: self.currentlyAttached = try Bool(wire: value)
        case 5: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("PBD has no field \(index)")
        }
    }
}

extension PBDRecord {
    public static let spec = ClassSpec(
        name: "PBD",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "rio",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(6)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "host", type: .ref("host"), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "SR", type: .ref("SR"), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "device_config", type: .map(.string, .string), qualifier: .roConstructor,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "currently_attached", type: .bool, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(20)
        messages.append(MessageSpec(
            className: "PBD", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("PBD"), .record("PBD")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("PBD")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "set_device_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PBD")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "miami"))
        messages.append(MessageSpec(
            className: "PBD", name: "unplug", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PBD"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "plug", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PBD"))], result: nil,
            errors: ["SR_UNKNOWN_DRIVER"], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PBD")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "PBD", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PBD")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "PBD", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PBD")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "PBD", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PBD"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "PBD", name: "get_currently_attached", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PBD"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "get_device_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PBD"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "get_SR", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PBD"))], result: .ref("SR"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "get_host", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PBD"))], result: .ref("host"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PBD"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PBD"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: true, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("PBD"))], result: .ref("PBD"),
            errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("PBD"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PBD"))], result: .record("PBD"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("PBD"), .record("PBD")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PBD", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("PBD")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        return messages
    }
}
