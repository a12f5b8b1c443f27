// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct UserRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var shortName: String
    public var fullname: String
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.shortName = ""
        self.fullname = ""
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.shortName.wire
        case 2: return self.fullname.wire
        case 3: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.shortName = try String(wire: value)
        case 2: self.fullname = try String(wire: value)
        case 3: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("user has no field \(index)")
        }
    }
}

extension UserRecord {
    public static let spec = ClassSpec(
        name: "user",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "rio",
        inDatabase: true,
        persistent: true,
        generatesEvents: false,
        exposesGetAll: false
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(4)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "short_name", type: .string, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "fullname", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "orlando"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(12)
        messages.append(MessageSpec(
            className: "user", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("user")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "user", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("user")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "user", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("user")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "user", name: "set_fullname", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("user")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "user", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("user"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "user", name: "get_fullname", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("user"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "user", name: "get_short_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("user"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "user", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("user"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "user", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("user"))], result: nil, errors: [],
            roles: RoleSets.poolAdmin, implicit: true, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "user", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("user"))], result: .ref("user"),
            errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "user", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("user"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "user", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("user"))], result: .record("user"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
