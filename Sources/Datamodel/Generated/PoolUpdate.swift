// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct PoolUpdateRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var version: String
    public var installationSize: Int64
    public var key: String
    public var afterApplyGuidance: [UpdateAfterApplyGuidance]
    public var vdi: Ref<VDIRecord>
    public var hosts: [Ref<HostRecord>]
    public var otherConfig: [String: String]
    public var enforceHomogeneity: Bool

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.version = ""
        self.installationSize = 0
        self.key = ""
        self.afterApplyGuidance = []
        self.vdi = .null
        self.hosts = []
        self.otherConfig = [:]
        self.enforceHomogeneity = false
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.version.wire
        case 4: return self.installationSize.wire
        case 5: return self.key.wire
        case 6: return self.afterApplyGuidance.wire
        case 7: return self.vdi.wire
        case 8: return self.hosts.wire
        case 9: return self.otherConfig.wire
        case 10: return self.enforceHomogeneity.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.version = try String(wire: value)
        case 4: self.installationSize = try Int64(wire: value)
        case 5: self.key = try String(wire: value)
        case 6: self.afterApplyGuidance = try [UpdateAfterApplyGuidance](wire: value)
        case 7: self.vdi = try Ref<VDIRecord>(wire: value)
        case 8: self.hosts = try [Ref<HostRecord>](wire: value)
        case 9: self.otherConfig = try [String: String](wire: value)
        case 10: self.enforceHomogeneity = try Bool(wire: value)
        default: throw XenAPIError.internalError("pool_update has no field \(index)")
        }
    }
}

extension PoolUpdateRecord {
    public static let spec = ClassSpec(
        name: "pool_update",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "ely",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(11)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "rio"))
        fields.append(FieldSpec(
            name: "version", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "ely"))
        fields.append(FieldSpec(
            name: "installation_size", type: .int, qualifier: .roConstructor, defaultValue: .int(0),
            release: "ely"))
        fields.append(FieldSpec(
            name: "key", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "ely"))
        fields.append(FieldSpec(
            name: "after_apply_guidance", type: .set(.enumeration("update_after_apply_guidance")),
            qualifier: .roConstructor, defaultValue: .array([]), release: "ely"))
        fields.append(FieldSpec(
            name: "vdi", type: .ref("VDI"), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "hosts", type: .set(.ref("host")), qualifier: .roRuntime, defaultValue: nil,
            release: "ely"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "inverness"))
        fields.append(FieldSpec(
            name: "enforce_homogeneity", type: .bool, qualifier: .roConstructor,
            defaultValue: .bool(false), release: "inverness"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(27)
        messages.append(MessageSpec(
            className: "pool_update", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("pool_update"), .record("pool_update")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("pool_update")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "pool_clean", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "pool_apply", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "apply", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool_update")),
                ParamSpec(name: "host", type: .ref("host")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "precheck", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool_update")),
                ParamSpec(name: "host", type: .ref("host")),
            ],
            result: .enumeration("livepatch_status"), errors: [], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "introduce", takesSession: true,
            params: [ParamSpec(name: "vdi", type: .ref("VDI"))], result: .ref("pool_update"),
            errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool_update")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "pool_update", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool_update")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "pool_update", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool_update")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_enforce_homogeneity", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "inverness"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_hosts", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))],
            result: .set(.ref("host")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_vdi", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))], result: .ref("VDI"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_after_apply_guidance", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))],
            result: .set(.enumeration("update_after_apply_guidance")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_key", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_installation_size", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_version", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("pool_update")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("pool_update"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_update"))],
            result: .record("pool_update"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("pool_update"), .record("pool_update")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "pool_update", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("pool_update")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        return messages
    }
}
