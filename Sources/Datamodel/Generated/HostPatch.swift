// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct HostPatchRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var version: String
    public var host: Ref<HostRecord>
    public var applied: Bool
    public var timestampApplied: XenDate
    public var size: Int64
    public var poolPatch: Ref<PoolPatchRecord>
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.version = ""
        self.host = .null
        self.applied = false
        self.timestampApplied = XenDate(secondsSince1970: 0)
        self.size = 0
        self.poolPatch = .null
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.version.wire
        case 4: return self.host.wire
        case 5: return self.applied.wire
        case 6: return self.timestampApplied.wire
        case 7: return self.size.wire
        case 8: return self.poolPatch.wire
        case 9: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.version = try String(wire: value)
        case 4: self.host = try Ref<HostRecord>(wire: value)
        case 5: self.applied = try Bool(wire: value)
        case 6: self.timestampApplied = try XenDate(wire: value)
        case 7: self.size = try Int64(wire: value)
        case 8: self.poolPatch = try Ref<PoolPatchRecord>(wire: value)
        case 9: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("host_patch has no field \(index)")
        }
    }
}

extension HostPatchRecord {
    public static let spec = ClassSpec(
        name: "host_patch",
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
        fields.reserveCapacity(10)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "rio"))
        fields.append(FieldSpec(
            name: "version", type: .string, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "host", type: .ref("host"), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "applied", type: .bool, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "timestamp_applied", type: .datetime, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "size", type: .int, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "pool_patch", type: .ref("pool_patch"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "miami"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(22)
        messages.append(MessageSpec(
            className: "host_patch", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("host_patch"), .record("host_patch")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("host_patch")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "apply", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_patch"))], result: .string,
            errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_patch"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host_patch")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "host_patch", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host_patch")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "host_patch", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host_patch")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_patch"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_pool_patch", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_patch"))], result: .ref("pool_patch"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_size", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_patch"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_timestamp_applied", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_patch"))], result: .datetime,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_applied", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_patch"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_host", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_patch"))], result: .ref("host"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_version", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_patch"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_patch"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_patch"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_patch"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("host_patch")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("host_patch"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_patch"))],
            result: .record("host_patch"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("host_patch"), .record("host_patch")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_patch", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("host_patch")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
