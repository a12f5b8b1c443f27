// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct NetworkRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var allowedOperations: [NetworkOperations]
    public var currentOperations: [String: NetworkOperations]
    public var vifs: [Ref<VIFRecord>]
    public var pifs: [Ref<PIFRecord>]
    public var mtu: Int64
    public var otherConfig: [String: String]
    public var bridge: String
    public var managed: Bool
    public var blobs: [String: Ref<BlobRecord>]
    public var tags: [String]
    public var defaultLockingMode: NetworkDefaultLockingMode
    public var assignedIps: [Ref<VIFRecord>: String]
    public var purpose: [NetworkPurpose]

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.allowedOperations = []
        self.currentOperations = [:]
        self.vifs = []
        self.pifs = []
        self.mtu = 1500
        self.otherConfig = [:]
        self.bridge = ""
        self.managed = true
        self.blobs = [:]
        self.tags = []
        self.defaultLockingMode = .unlocked
        self.assignedIps = [:]
        self.purpose = []
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.allowedOperations.wire
        case 4: return self.currentOperations.wire
        case 5: return self.vifs.wire
        case 6: return self.pifs.wire
        case 7: return self.mtu.wire
        case 8: return self.otherConfig.wire
        case 9: return self.bridge.wire
        case 10: return self.managed.wire
        case 11: return self.blobs.wire
        case 12: return self.tags.wire
        case 13: return self.defaultLockingMode.wire
        case 14: return self.assignedIps.wire
        case 15: return self.purpose.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.allowedOperations = try [NetworkOperations](wire: value)
        case 4: self.currentOperations = try [String: NetworkOperations](wire: value)
        case 5: self.vifs = try [Ref<VIFRecord>](wire: value)
        case 6: self.pifs = try [Ref<PIFRecord>](wire: value)
        case 7: self.mtu = try Int64(wire: value)
        case 8: self.otherConfig = try [String: String](wire: value)
        case 9: self.bridge = try String(wire: value)
        case 10: self.managed = try Bool(wire: value)
        case 11: self.blobs = try [String: Ref<BlobRecord>](wire: value)
        case 12: self.tags = try [String](wire: value)
        case 13: self.defaultLockingMode = try NetworkDefaultLockingMode(wire: value)
        case 14: self.assignedIps = try [Ref<VIFRecord>: String](wire: value)
        case 15: self.purpose = try [NetworkPurpose](wire: value)
        default: throw XenAPIError.internalError("network has no field \(index)")
        }
    }
}

extension NetworkRecord {
    public static let spec = ClassSpec(
        name: "network",
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
        fields.reserveCapacity(16)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "allowed_operations", type: .set(.enumeration("network_operations")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "rio"))
        fields.append(FieldSpec(
            name: "current_operations", type: .map(.string, .enumeration("network_operations")),
            qualifier: .roRuntime, defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "VIFs", type: .set(.ref("VIF")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "PIFs", type: .set(.ref("PIF")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "MTU", type: .int, qualifier: .rw, defaultValue: .int(1500),
            release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "bridge", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "managed", type: .bool, qualifier: .roConstructor, defaultValue: .bool(true),
            release: "falcon"))
        fields.append(FieldSpec(
            name: "blobs", type: .map(.string, .ref("blob")), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "orlando"))
        fields.append(FieldSpec(
            name: "tags", type: .set(.string), qualifier: .rw, defaultValue: .array([]),
            release: "orlando"))
        fields.append(FieldSpec(
            name: "default_locking_mode", type: .enumeration("network_default_locking_mode"),
            qualifier: .roRuntime, defaultValue: .string("unlocked"), release: "tampa"))
        fields.append(FieldSpec(
            name: "assigned_ips", type: .map(.ref("VIF"), .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "creedence"))
        fields.append(FieldSpec(
            name: "purpose", type: .set(.enumeration("network_purpose")), qualifier: .roRuntime,
            defaultValue: .array([]), release: "inverness"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(38)
        messages.append(MessageSpec(
            className: "network", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("network"), .record("network")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("network")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "remove_purpose", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("network")),
                ParamSpec(name: "value", type: .enumeration("network_purpose")),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "network", name: "add_purpose", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("network")),
                ParamSpec(name: "value", type: .enumeration("network_purpose")),
            ],
            result: nil, errors: ["NETWORK_INCOMPATIBLE_PURPOSES"], roles: RoleSets.poolAdmin,
            implicit: false, isAsync: true, release: "inverness"))
        messages.append(MessageSpec(
            className: "network", name: "set_default_locking_mode", takesSession: true,
            params: [
                ParamSpec(name: "network", type: .ref("network")),
                ParamSpec(name: "value", type: .enumeration("network_default_locking_mode")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "tampa"))
        messages.append(MessageSpec(
            className: "network", name: "create_new_blob", takesSession: true,
            params: [
                ParamSpec(name: "network", type: .ref("network")),
                ParamSpec(name: "name", type: .string),
                ParamSpec(name: "mime_type", type: .string),
                ParamSpec(name: "public", type: .bool, defaultValue: .bool(false)),
            ],
            result: .ref("blob"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "network", name: "remove_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("network")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "network", name: "add_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("network")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "network", name: "set_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("network")),
                ParamSpec(name: "value", type: .set(.string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "network", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("network")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenterCreateInProgress", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "network", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("network")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenterCreateInProgress", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "network", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("network")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenterCreateInProgress", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "network", name: "set_MTU", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("network")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "network", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("network")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("network")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_purpose", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))],
            result: .set(.enumeration("network_purpose")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "network", name: "get_assigned_ips", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))],
            result: .map(.ref("VIF"), .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "creedence"))
        messages.append(MessageSpec(
            className: "network", name: "get_default_locking_mode", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))],
            result: .enumeration("network_default_locking_mode"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "tampa"))
        messages.append(MessageSpec(
            className: "network", name: "get_tags", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "network", name: "get_blobs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))],
            result: .map(.string, .ref("blob")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "network", name: "get_managed", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "network", name: "get_bridge", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_MTU", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "network", name: "get_PIFs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))], result: .set(.ref("PIF")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_VIFs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))], result: .set(.ref("VIF")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_current_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))],
            result: .map(.string, .enumeration("network_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))],
            result: .set(.enumeration("network_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("network")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))], result: nil, errors: [],
            roles: RoleSets.vmAdmin, implicit: true, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("network"))], result: .ref("network"),
            errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("network"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network"))], result: .record("network"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("network"), .record("network")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "network", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("network")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
