// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct PoolPatchRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var version: String
    public var size: Int64
    public var poolApplied: Bool
    public var hostPatches: [Ref<HostPatchRecord>]
    public var afterApplyGuidance: [AfterApplyGuidance]
    public var poolUpdate: Ref<PoolUpdateRecord>
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.version = ""
        self.size = 0
        self.poolApplied = false
        self.hostPatches = []
        self.afterApplyGuidance = []
        self.poolUpdate = .null
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.version.wire
        case 4: return self.size.wire
        case 5: return self.poolApplied.wire
        case 6: return self.hostPatches.wire
        case 7: return self.afterApplyGuidance.wire
        case 8: return self.poolUpdate.wire
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
        case 4: self.size = try Int64(wire: value)
        case 5: self.poolApplied = try Bool(wire: value)
        case 6: self.hostPatches = try [Ref<HostPatchRecord>](wire: value)
        case 7: self.afterApplyGuidance = try [AfterApplyGuidance](wire: value)
        case 8: self.poolUpdate = try Ref<PoolUpdateRecord>(wire: value)
        case 9: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("pool_patch has no field \(index)")
        }
    }
}

extension PoolPatchRecord {
    public static let spec = ClassSpec(
        name: "pool_patch",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "miami",
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
            name: "version", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "miami"))
        fields.append(FieldSpec(
            name: "size", type: .int, qualifier: .roRuntime, defaultValue: .int(0),
            release: "miami"))
        fields.append(FieldSpec(
            name: "pool_applied", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "miami"))
        fields.append(FieldSpec(
            name: "host_patches", type: .set(.ref("host_patch")), qualifier: .roRuntime,
            defaultValue: nil, release: "miami"))
        fields.append(FieldSpec(
            name: "after_apply_guidance", type: .set(.enumeration("after_apply_guidance")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "miami"))
        fields.append(FieldSpec(
            name: "pool_update", type: .ref("pool_update"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "ely"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(27)
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("pool_patch"), .record("pool_patch")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("pool_patch")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "clean_on_host", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool_patch")),
                ParamSpec(name: "host", type: .ref("host")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "tampa"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "pool_clean", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "tampa"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "clean", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "precheck", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool_patch")),
                ParamSpec(name: "host", type: .ref("host")),
            ],
            result: .string, errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "pool_apply", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "apply", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool_patch")),
                ParamSpec(name: "host", type: .ref("host")),
            ],
            result: .string, errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool_patch")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool_patch")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool_patch")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_pool_update", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))],
            result: .ref("pool_update"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_after_apply_guidance", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))],
            result: .set(.enumeration("after_apply_guidance")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_host_patches", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))],
            result: .set(.ref("host_patch")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_pool_applied", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_size", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_version", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("pool_patch")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("pool_patch"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool_patch"))],
            result: .record("pool_patch"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("pool_patch"), .record("pool_patch")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "pool_patch", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("pool_patch")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        return messages
    }
}
