// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct RepositoryRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var binaryURL: String
    public var sourceURL: String
    public var update: Bool
    public var hash: String
    public var upToDate: Bool
    public var gpgkeyPath: String

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.binaryURL = ""
        self.sourceURL = ""
        self.update = false
        self.hash = ""
        self.upToDate = false
        self.gpgkeyPath = ""
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.binaryURL.wire
        case 4: return self.sourceURL.wire
        case 5: return self.update.wire
        case 6: return self.hash.wire
        case 7: return self.upToDate.wire
        case 8: return self.gpgkeyPath.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.binaryURL = try String(wire: value)
        case 4: self.sourceURL = try String(wire: value)
        case 5: self.update = try Bool(wire: value)
        case 6: self.hash = try String(wire: value)
        case 7: self.upToDate = try Bool(wire: value)
        case 8: self.gpgkeyPath = try String(wire: value)
        default: throw XenAPIError.internalError("Repository has no field \(index)")
        }
    }
}

extension RepositoryRecord {
    public static let spec = ClassSpec(
        name: "Repository",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "1.301.0",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(9)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "1.301.0"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "binary_url", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "1.301.0"))
        fields.append(FieldSpec(
            name: "source_url", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "1.301.0"))
        fields.append(FieldSpec(
            name: "update", type: .bool, qualifier: .roConstructor, defaultValue: .bool(false),
            release: "1.301.0"))
        fields.append(FieldSpec(
            name: "hash", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "1.301.0"))
        fields.append(FieldSpec(
            name: "up_to_date", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "1.301.0"))
        fields.append(FieldSpec(
            name: "gpgkey_path", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "22.12.0"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(21)
        messages.append(MessageSpec(
            className: "Repository", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("Repository"), .record("Repository")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("Repository")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "set_gpgkey_path", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Repository")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperatorClientCert, implicit: false,
            isAsync: true, release: "22.12.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "forget", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Repository"))], result: nil, errors: [],
            roles: RoleSets.poolOperatorClientCert, implicit: false, isAsync: true,
            release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "introduce", takesSession: true,
            params: [
                ParamSpec(name: "name_label", type: .string),
                ParamSpec(name: "name_description", type: .string),
                ParamSpec(name: "binary_url", type: .string),
                ParamSpec(name: "source_url", type: .string),
                ParamSpec(name: "update", type: .bool),
                ParamSpec(name: "gpgkey_path", type: .string, defaultValue: .string("")),
            ],
            result: .ref("Repository"), errors: [], roles: RoleSets.poolOperatorClientCert,
            implicit: false, isAsync: true, release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Repository")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperatorClientCert, implicit: true,
            isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "Repository", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Repository")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperatorClientCert, implicit: true,
            isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_gpgkey_path", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Repository"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "22.12.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_up_to_date", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Repository"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_hash", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Repository"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_update", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Repository"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_source_url", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Repository"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_binary_url", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Repository"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Repository"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Repository"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Repository"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("Repository")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("Repository"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Repository"))],
            result: .record("Repository"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("Repository"), .record("Repository")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "1.301.0"))
        messages.append(MessageSpec(
            className: "Repository", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("Repository")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "1.301.0"))
        return messages
    }
}
