// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct EventRecord: XenRecord, Equatable, Sendable {
    public var snapshot: Value?
    public var id: Int64
    public var timestamp: XenDate
    public var `class`: String
    public var operation: EventOperation
    public var ref: String
    public var objUUID: String

    public init() {
        self.snapshot = nil
        self.id = 0
        self.timestamp = XenDate(secondsSince1970: 0)
        self.`class` = ""
        self.operation = .add
        self.ref = ""
        self.objUUID = ""
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.snapshot?.wire
        case 1: return self.id.wire
        case 2: return self.timestamp.wire
        case 3: return self.`class`.wire
        case 4: return self.operation.wire
        case 5: return self.ref.wire
        case 6: return self.objUUID.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0:
            if case .null = value {
                self.snapshot = nil
            } else {
                self.snapshot = value
            }
        case 1: self.id = try Int64(wire: value)
        case 2: self.timestamp = try XenDate(wire: value)
        case 3: self.`class` = try String(wire: value)
        case 4: self.operation = try EventOperation(wire: value)
        case 5: self.ref = try String(wire: value)
        case 6: self.objUUID = try String(wire: value)
        default: throw XenAPIError.internalError("event has no field \(index)")
        }
    }
}

extension EventRecord {
    public static let spec = ClassSpec(
        name: "event",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "rio",
        inDatabase: false,
        persistent: false,
        generatesEvents: false,
        exposesGetAll: false
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(7)
        fields.append(FieldSpec(
            name: "snapshot", type: .option(.record("<class>")), qualifier: .roRuntime,
            defaultValue: nil, release: "boston"))
        fields.append(FieldSpec(
            name: "id", type: .int, qualifier: .roConstructor, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "timestamp", type: .datetime, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "class", type: .string, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "operation", type: .enumeration("event_operation"), qualifier: .roConstructor,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "ref", type: .string, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "obj_uuid", type: .string, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(6)
        messages.append(MessageSpec(
            className: "event", name: "inject", takesSession: true,
            params: [
                ParamSpec(name: "class", type: .string),
                ParamSpec(name: "ref", type: .string),
            ],
            result: .string, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: false, release: "tampa"))
        messages.append(MessageSpec(
            className: "event", name: "get_current_id", takesSession: true, params: [],
            result: .int, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "event", name: "from", takesSession: true,
            params: [
                ParamSpec(name: "classes", type: .set(.string)),
                ParamSpec(name: "token", type: .string),
                ParamSpec(name: "timeout", type: .float),
            ],
            result: .opaque("an event batch"), errors: ["SESSION_NOT_REGISTERED", "EVENTS_LOST"],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "event", name: "next", takesSession: true, params: [],
            result: .set(.record("event")), errors: ["SESSION_NOT_REGISTERED", "EVENTS_LOST"],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "event", name: "unregister", takesSession: true,
            params: [ParamSpec(name: "classes", type: .set(.string))], result: nil, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "event", name: "register", takesSession: true,
            params: [ParamSpec(name: "classes", type: .set(.string))], result: nil, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true, release: "rio"))
        return messages
    }
}
