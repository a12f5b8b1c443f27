// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct SubjectRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var subjectIdentifier: String
    public var otherConfig: [String: String]
    public var roles: [Ref<RoleRecord>]

    public init() {
        self.uuid = ""
        self.subjectIdentifier = ""
        self.otherConfig = [:]
        self.roles = [Ref<RoleRecord>("OpaqueRef:0165f154-ba3e-034e-6b27-5d271af109ba")]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.subjectIdentifier.wire
        case 2: return self.otherConfig.wire
        case 3: return self.roles.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.subjectIdentifier = try String(wire: value)
        case 2: self.otherConfig = try [String: String](wire: value)
        case 3: self.roles = try [Ref<RoleRecord>](wire: value)
        default: throw XenAPIError.internalError("subject has no field \(index)")
        }
    }
}

extension SubjectRecord {
    public static let spec = ClassSpec(
        name: "subject",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "george",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(4)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "subject_identifier", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "george"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .roConstructor,
            defaultValue: .structure([]), release: "george"))
        fields.append(FieldSpec(
            name: "roles", type: .set(.ref("role")), qualifier: .roRuntime,
            defaultValue: .array([.string("OpaqueRef:0165f154-ba3e-034e-6b27-5d271af109ba")]),
            release: "midnight-ride"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(15)
        messages.append(MessageSpec(
            className: "subject", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("subject"), .record("subject")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "subject", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("subject")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "subject", name: "get_permissions_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("subject"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "subject", name: "remove_from_roles", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("subject")),
                ParamSpec(name: "role", type: .ref("role")),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "subject", name: "add_to_roles", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("subject")),
                ParamSpec(name: "role", type: .ref("role")),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "subject", name: "get_roles", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("subject"))], result: .set(.ref("role")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "subject", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("subject"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "subject", name: "get_subject_identifier", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("subject"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "subject", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("subject"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "subject", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("subject"))], result: nil, errors: [],
            roles: RoleSets.poolAdmin, implicit: true, isAsync: true, release: "george"))
        messages.append(MessageSpec(
            className: "subject", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("subject"))], result: .ref("subject"),
            errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: true,
            release: "george"))
        messages.append(MessageSpec(
            className: "subject", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("subject"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "subject", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("subject"))], result: .record("subject"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "george"))
        messages.append(MessageSpec(
            className: "subject", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("subject"), .record("subject")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "subject", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("subject")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "george"))
        return messages
    }
}
