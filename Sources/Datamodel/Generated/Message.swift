// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct MessageRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var name: String
    public var priority: Int64
    public var cls: Cls
    public var objUUID: String
    public var timestamp: XenDate
    public var body: String

    public init() {
        self.uuid = ""
        self.name = ""
        self.priority = 0
        self.cls = .vm
        self.objUUID = ""
        self.timestamp = XenDate(secondsSince1970: 0)
        self.body = ""
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.name.wire
        case 2: return self.priority.wire
        case 3: return self.cls.wire
        case 4: return self.objUUID.wire
        case 5: return self.timestamp.wire
        case 6: return self.body.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.name = try String(wire: value)
        case 2: self.priority = try Int64(wire: value)
        case 3: self.cls = try Cls(wire: value)
        case 4: self.objUUID = try String(wire: value)
        case 5: self.timestamp = try XenDate(wire: value)
        case 6: self.body = try String(wire: value)
        default: throw XenAPIError.internalError("message has no field \(index)")
        }
    }
}

extension MessageRecord {
    public static let spec = ClassSpec(
        name: "message",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "orlando",
        inDatabase: false,
        persistent: false,
        generatesEvents: true,
        exposesGetAll: false
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(7)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "priority", type: .int, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "cls", type: .enumeration("cls"), qualifier: .roRuntime, defaultValue: nil,
            release: "orlando"))
        fields.append(FieldSpec(
            name: "obj_uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "timestamp", type: .datetime, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "body", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(10)
        messages.append(MessageSpec(
            className: "message", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("message"), .record("message")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "message", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("message"), .record("message")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "message", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("message"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "message", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("message"))], result: .record("message"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "message", name: "get_since", takesSession: true,
            params: [ParamSpec(name: "since", type: .datetime)],
            result: .map(.ref("message"), .record("message")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "message", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("message")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: false, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "message", name: "get", takesSession: true,
            params: [
                ParamSpec(name: "cls", type: .enumeration("cls")),
                ParamSpec(name: "obj_uuid", type: .string),
                ParamSpec(name: "since", type: .datetime),
            ],
            result: .map(.ref("message"), .record("message")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "message", name: "destroy_many", takesSession: true,
            params: [ParamSpec(name: "messages", type: .set(.ref("message")))], result: nil,
            errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "22.19.0"))
        messages.append(MessageSpec(
            className: "message", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("message"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "message", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "name", type: .string),
                ParamSpec(name: "priority", type: .int),
                ParamSpec(name: "cls", type: .enumeration("cls")),
                ParamSpec(name: "obj_uuid", type: .string),
                ParamSpec(name: "body", type: .string),
            ],
            result: .ref("message"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: false, release: "orlando"))
        return messages
    }
}
