// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct SessionRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var thisHost: Ref<HostRecord>
    public var thisUser: Ref<UserRecord>
    public var lastActive: XenDate
    public var pool: Bool
    public var otherConfig: [String: String]
    public var isLocalSuperuser: Bool
    public var subject: Ref<SubjectRecord>
    public var validationTime: XenDate
    public var authUserSid: String
    public var authUserName: String
    public var rbacPermissions: [String]
    public var tasks: [Ref<TaskRecord>]
    public var parent: Ref<SessionRecord>
    public var originator: String
    public var clientCertificate: Bool

    public init() {
        self.uuid = ""
        self.thisHost = .null
        self.thisUser = .null
        self.lastActive = XenDate(secondsSince1970: 0)
        self.pool = false
        self.otherConfig = [:]
        self.isLocalSuperuser = false
        self.subject = .null
        self.validationTime = XenDate(secondsSince1970: 0)
        self.authUserSid = ""
        self.authUserName = ""
        self.rbacPermissions = []
        self.tasks = []
        self.parent = .null
        self.originator = ""
        self.clientCertificate = false
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.thisHost.wire
        case 2: return self.thisUser.wire
        case 3: return self.lastActive.wire
        case 4: return self.pool.wire
        case 5: return self.otherConfig.wire
        case 6: return self.isLocalSuperuser.wire
        case 7: return self.subject.wire
        case 8: return self.validationTime.wire
        case 9: return self.authUserSid.wire
        case 10: return self.authUserName.wire
        case 11: return self.rbacPermissions.wire
        case 12: return self.tasks.wire
        case 13: return self.parent.wire
        case 14: return self.originator.wire
        case 15: return self.clientCertificate.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.thisHost = try Ref<HostRecord>(wire: value)
        case 2: self.thisUser = try Ref<UserRecord>(wire: value)
        case 3: self.lastActive = try XenDate(wire: value)
        case 4: self.pool = try Bool(wire: value)
        case 5: self.otherConfig = try [String: String](wire: value)
        case 6: self.isLocalSuperuser = try Bool(wire: value)
        case 7: self.subject = try Ref<SubjectRecord>(wire: value)
        case 8: self.validationTime = try XenDate(wire: value)
        case 9: self.authUserSid = try String(wire: value)
        case 10: self.authUserName = try String(wire: value)
        case 11: self.rbacPermissions = try [String](wire: value)
        case 12: self.tasks = try [Ref<TaskRecord>](wire: value)
        case 13: self.parent = try Ref<SessionRecord>(wire: value)
        case 14: self.originator = try String(wire: value)
        case 15: self.clientCertificate = try Bool(wire: value)
        default: throw XenAPIError.internalError("session has no field \(index)")
        }
    }
}

extension SessionRecord {
    public static let spec = ClassSpec(
        name: "session",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "rio",
        inDatabase: true,
        persistent: false,
        generatesEvents: false,
        exposesGetAll: false
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(16)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "this_host", type: .ref("host"), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "this_user", type: .ref("user"), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "last_active", type: .datetime, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "pool", type: .bool, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        fields.append(FieldSpec(
            name: "is_local_superuser", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "george"))
        fields.append(FieldSpec(
            name: "subject", type: .ref("subject"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "george"))
        fields.append(FieldSpec(
            name: "validation_time", type: .datetime, qualifier: .roRuntime,
            defaultValue: .dateTime(XenDate(secondsSince1970: 0)), release: "george"))
        fields.append(FieldSpec(
            name: "auth_user_sid", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "george"))
        fields.append(FieldSpec(
            name: "auth_user_name", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "rbac_permissions", type: .set(.string), qualifier: .roConstructor,
            defaultValue: .array([]), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "tasks", type: .set(.ref("task")), qualifier: .roRuntime, defaultValue: nil,
            release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "parent", type: .ref("session"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "originator", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "clearwater"))
        fields.append(FieldSpec(
            name: "client_certificate", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "21.2.0"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(29)
        messages.append(MessageSpec(
            className: "session", name: "logout_subject_identifier", takesSession: true,
            params: [ParamSpec(name: "subject_identifier", type: .string)], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "george"))
        messages.append(MessageSpec(
            className: "session", name: "get_all_subject_identifiers", takesSession: true,
            params: [], result: .set(.string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: false, isAsync: true, release: "george"))
        messages.append(MessageSpec(
            className: "session", name: "local_logout", takesSession: true, params: [], result: nil,
            errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "session", name: "create_from_db_file", takesSession: true,
            params: [ParamSpec(name: "filename", type: .string)], result: .ref("session"),
            errors: [], roles: RoleSets.localRootOnly, implicit: false, isAsync: true,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "session", name: "slave_local_login_with_password", takesSession: false,
            params: [
                ParamSpec(name: "uname", type: .string),
                ParamSpec(name: "pwd", type: .string),
            ],
            result: .ref("session"), errors: [], roles: RoleSets.poolAdmin, implicit: false,
            isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "session", name: "change_password", takesSession: true,
            params: [
                ParamSpec(name: "old_pwd", type: .string),
                ParamSpec(name: "new_pwd", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.localRootOnly, implicit: false, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "session", name: "logout", takesSession: true, params: [], result: nil,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "session", name: "login_with_password", takesSession: false,
            params: [
                ParamSpec(name: "uname", type: .string),
                ParamSpec(name: "pwd", type: .string),
                ParamSpec(name: "version", type: .string, defaultValue: .string("1.1")),
                ParamSpec(name: "originator", type: .string, defaultValue: .string("")),
            ],
            result: .ref("session"), errors: ["SESSION_AUTHENTICATION_FAILED", "HOST_IS_SLAVE"],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "session", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("session")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "session", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("session")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "session", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("session")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "session", name: "get_client_certificate", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "21.2.0"))
        messages.append(MessageSpec(
            className: "session", name: "get_originator", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "clearwater"))
        messages.append(MessageSpec(
            className: "session", name: "get_parent", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .ref("session"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "session", name: "get_tasks", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .set(.ref("task")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "session", name: "get_rbac_permissions", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "session", name: "get_auth_user_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "session", name: "get_auth_user_sid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "session", name: "get_validation_time", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "session", name: "get_subject", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .ref("subject"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "george"))
        messages.append(MessageSpec(
            className: "session", name: "get_is_local_superuser", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "session", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "session", name: "get_pool", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "session", name: "get_last_active", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "session", name: "get_this_user", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .ref("user"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "session", name: "get_this_host", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .ref("host"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "session", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "session", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("session"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "session", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("session"))], result: .record("session"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
