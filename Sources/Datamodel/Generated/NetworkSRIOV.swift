// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct NetworkSRIOVRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var physicalPIF: Ref<PIFRecord>
    public var logicalPIF: Ref<PIFRecord>
    public var requiresReboot: Bool
    public var configurationMode: SRIOVConfigurationMode

    public init() {
        self.uuid = ""
        self.physicalPIF = .null
        self.logicalPIF = .null
        self.requiresReboot = false
        self.configurationMode = .unknown
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.physicalPIF.wire
        case 2: return self.logicalPIF.wire
        case 3: return self.requiresReboot.wire
        case 4: return self.configurationMode.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.physicalPIF = try Ref<PIFRecord>(wire: value)
        case 2: self.logicalPIF = try Ref<PIFRecord>(wire: value)
        case 3: self.requiresReboot = try Bool(wire: value)
        case 4: self.configurationMode = try SRIOVConfigurationMode(wire: value)
        default: throw XenAPIError.internalError("network_sriov has no field \(index)")
        }
    }
}

extension NetworkSRIOVRecord {
    public static let spec = ClassSpec(
        name: "network_sriov",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "kolkata",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(5)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "physical_PIF", type: .ref("PIF"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "kolkata"))
        fields.append(FieldSpec(
            name: "logical_PIF", type: .ref("PIF"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "kolkata"))
        fields.append(FieldSpec(
            name: "requires_reboot", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "kolkata"))
        fields.append(FieldSpec(
            name: "configuration_mode", type: .enumeration("sriov_configuration_mode"),
            qualifier: .roRuntime, defaultValue: .string("unknown"), release: "kolkata"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(14)
        messages.append(MessageSpec(
            className: "network_sriov", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("network_sriov"), .record("network_sriov")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "kolkata"))
        messages.append(MessageSpec(
            className: "network_sriov", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("network_sriov")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "kolkata"))
        messages.append(MessageSpec(
            className: "network_sriov", name: "get_remaining_capacity", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network_sriov"))], result: .int,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true,
            release: "kolkata"))
        messages.append(MessageSpec(
            className: "network_sriov", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network_sriov"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "kolkata"))
        messages.append(MessageSpec(
            className: "network_sriov", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "pif", type: .ref("PIF")),
                ParamSpec(name: "network", type: .ref("network")),
            ],
            result: .ref("network_sriov"), errors: [], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "kolkata"))
        messages.append(MessageSpec(
            className: "network_sriov", name: "get_configuration_mode", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network_sriov"))],
            result: .enumeration("sriov_configuration_mode"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "kolkata"))
        messages.append(MessageSpec(
            className: "network_sriov", name: "get_requires_reboot", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network_sriov"))], result: .bool,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "kolkata"))
        messages.append(MessageSpec(
            className: "network_sriov", name: "get_logical_PIF", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network_sriov"))], result: .ref("PIF"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "kolkata"))
        messages.append(MessageSpec(
            className: "network_sriov", name: "get_physical_PIF", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network_sriov"))], result: .ref("PIF"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "kolkata"))
        messages.append(MessageSpec(
            className: "network_sriov", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network_sriov"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "network_sriov", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("network_sriov"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "kolkata"))
        messages.append(MessageSpec(
            className: "network_sriov", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("network_sriov"))],
            result: .record("network_sriov"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "kolkata"))
        messages.append(MessageSpec(
            className: "network_sriov", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("network_sriov"), .record("network_sriov")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "kolkata"))
        messages.append(MessageSpec(
            className: "network_sriov", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("network_sriov")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "kolkata"))
        return messages
    }
}
