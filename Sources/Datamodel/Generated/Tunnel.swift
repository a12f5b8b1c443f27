// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct TunnelRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var accessPIF: Ref<PIFRecord>
    public var transportPIF: Ref<PIFRecord>
    public var status: [String: String]
    public var otherConfig: [String: String]
    public var `protocol`: TunnelProtocol

    public init() {
        self.uuid = ""
        self.accessPIF = .null
        self.transportPIF = .null
        self.status = ["active": "false"]
        self.otherConfig = [:]
        self.`protocol` = .gre
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.accessPIF.wire
        case 2: return self.transportPIF.wire
        case 3: return self.status.wire
        case 4: return self.otherConfig.wire
        case 5: return self.`protocol`.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.accessPIF = try Ref<PIFRecord>(wire: value)
        case 2: self.transportPIF = try Ref<PIFRecord>(wire: value)
        case 3: self.status = try [String: String](wire: value)
        case 4: self.otherConfig = try [String: String](wire: value)
        case 5: self.`protocol` = try TunnelProtocol(wire: value)
        default: throw XenAPIError.internalError("tunnel has no field \(index)")
        }
    }
}

extension TunnelRecord {
    public static let spec = ClassSpec(
        name: "tunnel",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "cowley",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(6)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "cowley"))
        fields.append(FieldSpec(
            name: "access_PIF", type: .ref("PIF"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "cowley"))
        fields.append(FieldSpec(
            name: "transport_PIF", type: .ref("PIF"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "cowley"))
        fields.append(FieldSpec(
            name: "status", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([Member("active", .string("false"))]), release: "cowley"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "cowley"))
        fields.append(FieldSpec(
            name: "protocol", type: .enumeration("tunnel_protocol"), qualifier: .rw,
            defaultValue: .string("gre"), release: "1.250.0"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(21)
        messages.append(MessageSpec(
            className: "tunnel", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("tunnel"), .record("tunnel")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("tunnel")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("tunnel"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "transport_PIF", type: .ref("PIF")),
                ParamSpec(name: "network", type: .ref("network")),
                ParamSpec(name: "protocol", type: .enumeration("tunnel_protocol"), defaultValue: .string("gre")),
            ],
            result: .ref("tunnel"),
            errors: [
                "OPENVSWITCH_NOT_ACTIVE",
                "TRANSPORT_PIF_NOT_CONFIGURED",
                "IS_TUNNEL_ACCESS_PIF",
            ],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "set_protocol", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("tunnel")),
                ParamSpec(name: "value", type: .enumeration("tunnel_protocol")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "1.250.0"))
        messages.append(MessageSpec(
            className: "tunnel", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("tunnel")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("tunnel")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("tunnel")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "remove_from_status", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("tunnel")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "add_to_status", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("tunnel")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "set_status", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("tunnel")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "get_protocol", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("tunnel"))],
            result: .enumeration("tunnel_protocol"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "1.250.0"))
        messages.append(MessageSpec(
            className: "tunnel", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("tunnel"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "get_status", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("tunnel"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "get_transport_PIF", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("tunnel"))], result: .ref("PIF"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "get_access_PIF", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("tunnel"))], result: .ref("PIF"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("tunnel"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("tunnel"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("tunnel"))], result: .record("tunnel"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("tunnel"), .record("tunnel")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "tunnel", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("tunnel")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        return messages
    }
}
