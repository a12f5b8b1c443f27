// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct SDNControllerRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var `protocol`: SDNControllerProtocol
    public var address: String
    public var port: Int64

    public init() {
        self.uuid = ""
        self.`protocol` = .ssl
        self.address = ""
        self.port = 0
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.`protocol`.wire
        case 2: return self.address.wire
        case 3: return self.port.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.`protocol` = try SDNControllerProtocol(wire: value)
        case 2: self.address = try String(wire: value)
        case 3: self.port = try Int64(wire: value)
        default: throw XenAPIError.internalError("SDN_controller has no field \(index)")
        }
    }
}

extension SDNControllerRecord {
    public static let spec = ClassSpec(
        name: "SDN_controller",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "falcon",
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
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "falcon"))
        fields.append(FieldSpec(
            name: "protocol", type: .enumeration("sdn_controller_protocol"),
            qualifier: .roConstructor, defaultValue: .string("ssl"), release: "falcon"))
        fields.append(FieldSpec(
            name: "address", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "falcon"))
        fields.append(FieldSpec(
            name: "port", type: .int, qualifier: .roConstructor, defaultValue: .int(0),
            release: "falcon"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(12)
        messages.append(MessageSpec(
            className: "SDN_controller", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("SDN_controller"), .record("SDN_controller")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "SDN_controller", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("SDN_controller")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "SDN_controller", name: "forget", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SDN_controller"))], result: nil,
            errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "SDN_controller", name: "introduce", takesSession: true,
            params: [
                ParamSpec(name: "protocol", type: .enumeration("sdn_controller_protocol"), defaultValue: .string("ssl")),
                ParamSpec(name: "address", type: .string, defaultValue: .string("")),
                ParamSpec(name: "port", type: .int, defaultValue: .int(0)),
            ],
            result: .ref("SDN_controller"), errors: [], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "falcon"))
        messages.append(MessageSpec(
            className: "SDN_controller", name: "get_port", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SDN_controller"))], result: .int,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "SDN_controller", name: "get_address", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SDN_controller"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "SDN_controller", name: "get_protocol", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SDN_controller"))],
            result: .enumeration("sdn_controller_protocol"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "SDN_controller", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SDN_controller"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "SDN_controller", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("SDN_controller"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "SDN_controller", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SDN_controller"))],
            result: .record("SDN_controller"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "SDN_controller", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("SDN_controller"), .record("SDN_controller")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "SDN_controller", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("SDN_controller")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "falcon"))
        return messages
    }
}
