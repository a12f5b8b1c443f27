// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct ObserverRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var hosts: [Ref<HostRecord>]
    public var attributes: [String: String]
    public var endpoints: [String]
    public var components: [String]
    public var enabled: Bool

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.hosts = []
        self.attributes = [:]
        self.endpoints = []
        self.components = []
        self.enabled = false
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.hosts.wire
        case 4: return self.attributes.wire
        case 5: return self.endpoints.wire
        case 6: return self.components.wire
        case 7: return self.enabled.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.hosts = try [Ref<HostRecord>](wire: value)
        case 4: self.attributes = try [String: String](wire: value)
        case 5: self.endpoints = try [String](wire: value)
        case 6: self.components = try [String](wire: value)
        case 7: self.enabled = try Bool(wire: value)
        default: throw XenAPIError.internalError("Observer has no field \(index)")
        }
    }
}

extension ObserverRecord {
    public static let spec = ClassSpec(
        name: "Observer",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "23.14.0",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(8)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "23.14.0"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "hosts", type: .set(.ref("host")), qualifier: .roConstructor,
            defaultValue: .array([]), release: "23.14.0"))
        fields.append(FieldSpec(
            name: "attributes", type: .map(.string, .string), qualifier: .roConstructor,
            defaultValue: .structure([]), release: "23.14.0"))
        fields.append(FieldSpec(
            name: "endpoints", type: .set(.string), qualifier: .roConstructor,
            defaultValue: .array([]), release: "23.14.0"))
        fields.append(FieldSpec(
            name: "components", type: .set(.string), qualifier: .roConstructor,
            defaultValue: .array([]), release: "23.14.0"))
        fields.append(FieldSpec(
            name: "enabled", type: .bool, qualifier: .roConstructor, defaultValue: .bool(false),
            release: "23.14.0"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(24)
        messages.append(MessageSpec(
            className: "Observer", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("Observer"), .record("Observer")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("Observer")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "set_components", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Observer")),
                ParamSpec(name: "value", type: .set(.string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "set_endpoints", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Observer")),
                ParamSpec(name: "value", type: .set(.string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "set_attributes", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Observer")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "set_enabled", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Observer")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "set_hosts", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Observer")),
                ParamSpec(name: "value", type: .set(.ref("host"))),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Observer")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "Observer", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Observer")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Observer"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_components", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Observer"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_endpoints", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Observer"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_attributes", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Observer"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_hosts", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Observer"))], result: .set(.ref("host")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Observer"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Observer"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Observer"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("Observer")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Observer"))], result: nil, errors: [],
            roles: RoleSets.poolAdmin, implicit: true, isAsync: true, release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("Observer"))], result: .ref("Observer"),
            errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: true,
            release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("Observer"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Observer"))], result: .record("Observer"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("Observer"), .record("Observer")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.14.0"))
        messages.append(MessageSpec(
            className: "Observer", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("Observer")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "23.14.0"))
        return messages
    }
}
