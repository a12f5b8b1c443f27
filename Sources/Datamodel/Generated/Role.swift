// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct RoleRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var subroles: [Ref<RoleRecord>]
    public var isInternal: Bool

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.subroles = []
        self.isInternal = false
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.subroles.wire
        case 4: return self.isInternal.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.subroles = try [Ref<RoleRecord>](wire: value)
        case 4: self.isInternal = try Bool(wire: value)
        default: throw XenAPIError.internalError("role has no field \(index)")
        }
    }
}

extension RoleRecord {
    public static let spec = ClassSpec(
        name: "role",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "midnight-ride",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(5)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "subroles", type: .set(.ref("role")), qualifier: .roConstructor,
            defaultValue: .array([]), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "is_internal", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "22.5.0"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(16)
        messages.append(MessageSpec(
            className: "role", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("role"), .record("role")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "role", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("role")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "role", name: "get_by_permission_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("role")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "role", name: "get_by_permission", takesSession: true,
            params: [ParamSpec(name: "permission", type: .ref("role"))], result: .set(.ref("role")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "role", name: "get_permissions_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("role"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "role", name: "get_permissions", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("role"))], result: .set(.ref("role")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "role", name: "get_is_internal", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("role"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "22.5.0"))
        messages.append(MessageSpec(
            className: "role", name: "get_subroles", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("role"))], result: .set(.ref("role")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "role", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("role"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "role", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("role"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "role", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("role"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "role", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("role")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "role", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("role"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "role", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("role"))], result: .record("role"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "role", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("role"), .record("role")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "role", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("role")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        return messages
    }
}
