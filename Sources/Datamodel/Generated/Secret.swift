// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct SecretRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var value: String
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.value = ""
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.value.wire
        case 2: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.value = try String(wire: value)
        case 2: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("secret has no field \(index)")
        }
    }
}

extension SecretRecord {
    public static let spec = ClassSpec(
        name: "secret",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "midnight-ride",
        inDatabase: true,
        persistent: true,
        generatesEvents: false,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(3)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "value", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "rio"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(15)
        messages.append(MessageSpec(
            className: "secret", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("secret"), .record("secret")), errors: [],
            roles: RoleSets.poolOperator, implicit: true, isAsync: false, release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "secret", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("secret")), errors: [], roles: RoleSets.poolOperator, implicit: true,
            isAsync: false, release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "secret", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("secret")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "secret", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("secret")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "secret", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("secret")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "secret", name: "set_value", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("secret")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "secret", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("secret"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "secret", name: "get_value", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("secret"))], result: .string, errors: [],
            roles: RoleSets.poolOperator, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "secret", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("secret"))], result: .string, errors: [],
            roles: RoleSets.poolOperator, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "secret", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("secret"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: true, isAsync: true, release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "secret", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("secret"))], result: .ref("secret"),
            errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: true,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "secret", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("secret"), errors: [],
            roles: RoleSets.poolOperator, implicit: true, isAsync: false, release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "secret", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("secret"))], result: .record("secret"),
            errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "secret", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("secret"), .record("secret")), errors: [],
            roles: RoleSets.poolOperator, implicit: true, isAsync: false, release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "secret", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("secret")),
            errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "midnight-ride"))
        return messages
    }
}
