// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct BondRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var master: Ref<PIFRecord>
    public var slaves: [Ref<PIFRecord>]
    public var otherConfig: [String: String]
    public var primarySlave: Ref<PIFRecord>
    public var mode: BondMode
    public var properties: [String: String]
    public var linksUp: Int64
    public var autoUpdateMAC: Bool

    public init() {
        self.uuid = ""
        self.master = .null
        self.slaves = []
        self.otherConfig = [:]
        self.primarySlave = .null
        self.mode = .balanceSlb
        self.properties = [:]
        self.linksUp = 0
        self.autoUpdateMAC = true
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.master.wire
        case 2: return self.slaves.wire
        case 3: return self.otherConfig.wire
        case 4: return self.primarySlave.wire
        case 5: return self.mode.wire
        case 6: return self.properties.wire
        case 7: return self.linksUp.wire
        case 8: return self.autoUpdateMAC.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.master = try Ref<PIFRecord>(wire: value)
        case 2: self.slaves = try [Ref<PIFRecord>](wire: value)
        case 3: self.otherConfig = try [String: String](wire: value)
        case 4: self.primarySlave = try Ref<PIFRecord>(wire: value)
        case 5: self.mode = try BondMode(wire: value)
        case 6: self.properties = try [String: String](wire: value)
        case 7: self.linksUp = try Int64(wire: value)
        case 8: self.autoUpdateMAC = try Bool(wire: value)
        default: throw XenAPIError.internalError("Bond has no field \(index)")
        }
    }
}

extension BondRecord {
    public static let spec = ClassSpec(
        name: "Bond",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "miami",
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
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "master", type: .ref("PIF"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "miami"))
        fields.append(FieldSpec(
            name: "slaves", type: .set(.ref("PIF")), qualifier: .roRuntime, defaultValue: nil,
            release: "miami"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        fields.append(FieldSpec(
            name: "primary_slave", type: .ref("PIF"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "boston"))
        fields.append(FieldSpec(
            name: "mode", type: .enumeration("bond_mode"), qualifier: .roRuntime,
            defaultValue: .string("balance-slb"), release: "boston"))
        fields.append(FieldSpec(
            name: "properties", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "tampa"))
        fields.append(FieldSpec(
            name: "links_up", type: .int, qualifier: .roRuntime, defaultValue: .int(0),
            release: "tampa"))
        fields.append(FieldSpec(
            name: "auto_update_mac", type: .bool, qualifier: .roRuntime, defaultValue: .bool(true),
            release: "quebec"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(22)
        messages.append(MessageSpec(
            className: "Bond", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("Bond"), .record("Bond")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("Bond")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "Bond", name: "set_property", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Bond")),
                ParamSpec(name: "name", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "tampa"))
        messages.append(MessageSpec(
            className: "Bond", name: "set_mode", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Bond")),
                ParamSpec(name: "value", type: .enumeration("bond_mode")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "boston"))
        messages.append(MessageSpec(
            className: "Bond", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Bond"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "Bond", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "network", type: .ref("network")),
                ParamSpec(name: "members", type: .set(.ref("PIF"))),
                ParamSpec(name: "MAC", type: .string),
                ParamSpec(name: "mode", type: .enumeration("bond_mode"), defaultValue: .string("balance-slb")),
                ParamSpec(name: "properties", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: .ref("Bond"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "Bond", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Bond")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "Bond", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Bond")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "Bond", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Bond")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_auto_update_mac", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Bond"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "quebec"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_links_up", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Bond"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "tampa"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_properties", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Bond"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "tampa"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_mode", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Bond"))],
            result: .enumeration("bond_mode"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_primary_slave", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Bond"))], result: .ref("PIF"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Bond"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_slaves", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Bond"))], result: .set(.ref("PIF")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_master", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Bond"))], result: .ref("PIF"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Bond"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("Bond"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Bond"))], result: .record("Bond"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("Bond"), .record("Bond")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "Bond", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("Bond")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        return messages
    }
}
