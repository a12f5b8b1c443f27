// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct PIFRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var device: String
    public var network: Ref<NetworkRecord>
    public var host: Ref<HostRecord>
    public var mac: String
    public var mtu: Int64
    public var vlan: Int64
    public var metrics: Ref<PIFMetricsRecord>
    public var physical: Bool
    public var currentlyAttached: Bool
    public var ipConfigurationMode: IPConfigurationMode
    public var ip: String
    public var netmask: String
    public var gateway: String
    public var dns: String
    public var bondSlaveOf: Ref<BondRecord>
    public var bondMasterOf: [Ref<BondRecord>]
    public var vlanMasterOf: Ref<VLANRecord>
    public var vlanSlaveOf: [Ref<VLANRecord>]
    public var management: Bool
    public var otherConfig: [String: String]
    public var disallowUnplug: Bool
    public var tunnelAccessPIFOf: [Ref<TunnelRecord>]
    public var tunnelTransportPIFOf: [Ref<TunnelRecord>]
    public var ipv6ConfigurationMode: IPv6ConfigurationMode
    public var ipv6: [String]
    public var ipv6Gateway: String
    public var primaryAddressType: PrimaryAddressType
    public var managed: Bool
    public var properties: [String: String]
    public var capabilities: [String]
    public var igmpSnoopingStatus: PIFIGMPStatus
    public var sriovPhysicalPIFOf: [Ref<NetworkSRIOVRecord>]
    public var sriovLogicalPIFOf: [Ref<NetworkSRIOVRecord>]
    public var pci: Ref<PCIRecord>

    public init() {
        self.uuid = ""
        self.device = ""
        self.network = .null
        self.host = .null
        self.mac = ""
        self.mtu = 0
        self.vlan = 0
        self.metrics = .null
        self.physical = false
        self.currentlyAttached = true
        self.ipConfigurationMode = .none
        self.ip = ""
        self.netmask = ""
        self.gateway = ""
        self.dns = ""
        self.bondSlaveOf = .null
        self.bondMasterOf = []
        self.vlanMasterOf = .null
        self.vlanSlaveOf = []
        self.management = false
        self.otherConfig = [:]
        self.disallowUnplug = false
        self.tunnelAccessPIFOf = []
        self.tunnelTransportPIFOf = []
        self.ipv6ConfigurationMode = .none
        self.ipv6 = []
        self.ipv6Gateway = ""
        self.primaryAddressType = .ipv4
        self.managed = true
        self.properties = [:]
        self.capabilities = []
        self.igmpSnoopingStatus = .unknown
        self.sriovPhysicalPIFOf = []
        self.sriovLogicalPIFOf = []
        self.pci = .null
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.device.wire
        case 2: return self.network.wire
        case 3: return self.host.wire
        case 4: return self.mac.wire
        case 5: return self.mtu.wire
        case 6: return self.vlan.wire
        case 7: return self.metrics.wire
        case 8: return self.physical.wire
        case 9: return self.currentlyAttached.wire
        case 10: return self.ipConfigurationMode.wire
        case 11: return self.ip.wire
        case 12: return self.netmask.wire
        case 13: return self.gateway.wire
        case 14: return self.dns.wire
        case 15: return self.bondSlaveOf.wire
        case 16: return self.bondMasterOf.wire
        case 17: return self.vlanMasterOf.wire
        case 18: return self.vlanSlaveOf.wire
        case 19: return self.management.wire
        case 20: return self.otherConfig.wire
        case 21: return self.disallowUnplug.wire
        case 22: return self.tunnelAccessPIFOf.wire
        case 23: return self.tunnelTransportPIFOf.wire
        case 24: return self.ipv6ConfigurationMode.wire
        case 25: return self.ipv6.wire
        case 26: return self.ipv6Gateway.wire
        case 27: return self.primaryAddressType.wire
        case 28: return self.managed.wire
        case 29: return self.properties.wire
        case 30: return self.capabilities.wire
        case 31: return self.igmpSnoopingStatus.wire
        case 32: return self.sriovPhysicalPIFOf.wire
        case 33: return self.sriovLogicalPIFOf.wire
        case 34: return self.pci.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.device = try String(wire: value)
        case 2: self.network = try Ref<NetworkRecord>(wire: value)
        case 3: self.host = try Ref<HostRecord>(wire: value)
        case 4: self.mac = try String(wire: value)
        case 5: self.mtu = try Int64(wire: value)
        case 6: self.vlan = try Int64(wire: value)
        case 7: self.metrics = try Ref<PIFMetricsRecord>(wire: value)
        case 8: self.physical = try Bool(wire: value)
        case 9: self.currentlyAttached = try Bool(wire: value)
        case 10: self.ipConfigurationMode = try IPConfigurationMode(wire: value)
        case 11: self.ip = try String(wire: value)
        case 12: self.netmask = try String(wire: value)
        case 13: self.gateway = try String(wire: value)
        case 14: self.dns = try String(wire: value)
        case 15: self.bondSlaveOf = try Ref<BondRecord>(wire: value)
        case 16: self.bondMasterOf = try [Ref<BondRecord>](wire: value)
        case 17: self.vlanMasterOf = try Ref<VLANRecord>(wire: value)
        case 18: self.vlanSlaveOf = try [Ref<VLANRecord>](wire: value)
        case 19: self.management = try Bool(wire: value)
        case 20: self.otherConfig = try [String: String](wire: value)
        case 21: self.disallowUnplug = try Bool(wire: value)
        case 22: self.tunnelAccessPIFOf = try [Ref<TunnelRecord>](wire: value)
        case 23: self.tunnelTransportPIFOf = try [Ref<TunnelRecord>](wire: value)
        case 24: self.ipv6ConfigurationMode = try IPv6ConfigurationMode(wire: value)
        case 25: self.ipv6 = try [String](wire: value)
        case 26: self.ipv6Gateway = try String(wire: value)
        case 27: self.primaryAddressType = try PrimaryAddressType(wire: value)
        case 28: self.managed = try Bool(wire: value)
        case 29: self.properties = try [String: String](wire: value)
        case 30: self.capabilities = try [String](wire: value)
        case 31: self.igmpSnoopingStatus = try PIFIGMPStatus(wire: value)
        case 32: self.sriovPhysicalPIFOf = try [Ref<NetworkSRIOVRecord>](wire: value)
        case 33: self.sriovLogicalPIFOf = try [Ref<NetworkSRIOVRecord>](wire: value)
        case 34: self.pci = try Ref<PCIRecord>(wire: value)
        default: throw XenAPIError.internalError("PIF has no field \(index)")
        }
    }
}

extension PIFRecord {
    public static let spec = ClassSpec(
        name: "PIF",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "rio",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(35)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "device", type: .string, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "network", type: .ref("network"), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "host", type: .ref("host"), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "MAC", type: .string, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "MTU", type: .int, qualifier: .roConstructor, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "VLAN", type: .int, qualifier: .roConstructor, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "metrics", type: .ref("PIF_metrics"), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "physical", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "miami"))
        fields.append(FieldSpec(
            name: "currently_attached", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(true), release: "miami"))
        fields.append(FieldSpec(
            name: "ip_configuration_mode", type: .enumeration("ip_configuration_mode"),
            qualifier: .roRuntime, defaultValue: .string("None"), release: "miami"))
        fields.append(FieldSpec(
            name: "IP", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "miami"))
        fields.append(FieldSpec(
            name: "netmask", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "miami"))
        fields.append(FieldSpec(
            name: "gateway", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "miami"))
        fields.append(FieldSpec(
            name: "DNS", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "miami"))
        fields.append(FieldSpec(
            name: "bond_slave_of", type: .ref("Bond"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "miami"))
        fields.append(FieldSpec(
            name: "bond_master_of", type: .set(.ref("Bond")), qualifier: .roRuntime,
            defaultValue: nil, release: "miami"))
        fields.append(FieldSpec(
            name: "VLAN_master_of", type: .ref("VLAN"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "miami"))
        fields.append(FieldSpec(
            name: "VLAN_slave_of", type: .set(.ref("VLAN")), qualifier: .roRuntime,
            defaultValue: nil, release: "miami"))
        fields.append(FieldSpec(
            name: "management", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "miami"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        fields.append(FieldSpec(
            name: "disallow_unplug", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "orlando"))
        fields.append(FieldSpec(
            name: "tunnel_access_PIF_of", type: .set(.ref("tunnel")), qualifier: .roRuntime,
            defaultValue: nil, release: "cowley"))
        fields.append(FieldSpec(
            name: "tunnel_transport_PIF_of", type: .set(.ref("tunnel")), qualifier: .roRuntime,
            defaultValue: nil, release: "cowley"))
        fields.append(FieldSpec(
            name: "ipv6_configuration_mode", type: .enumeration("ipv6_configuration_mode"),
            qualifier: .roRuntime, defaultValue: .string("None"), release: "tampa"))
        fields.append(FieldSpec(
            name: "IPv6", type: .set(.string), qualifier: .roRuntime, defaultValue: .array([]),
            release: "tampa"))
        fields.append(FieldSpec(
            name: "ipv6_gateway", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "tampa"))
        fields.append(FieldSpec(
            name: "primary_address_type", type: .enumeration("primary_address_type"),
            qualifier: .roRuntime, defaultValue: .string("IPv4"), release: "tampa"))
        fields.append(FieldSpec(
            name: "managed", type: .bool, qualifier: .roConstructor, defaultValue: .bool(true),
            release: "vgpu-productisation"))
        fields.append(FieldSpec(
            name: "properties", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "creedence"))
        fields.append(FieldSpec(
            name: "capabilities", type: .set(.string), qualifier: .roRuntime,
            defaultValue: .array([]), release: "dundee"))
        fields.append(FieldSpec(
            name: "igmp_snooping_status", type: .enumeration("pif_igmp_status"),
            qualifier: .roRuntime, defaultValue: .string("unknown"), release: "inverness"))
        fields.append(FieldSpec(
            name: "sriov_physical_PIF_of", type: .set(.ref("network_sriov")), qualifier: .roRuntime,
            defaultValue: nil, release: "kolkata"))
        fields.append(FieldSpec(
            name: "sriov_logical_PIF_of", type: .set(.ref("network_sriov")), qualifier: .roRuntime,
            defaultValue: nil, release: "kolkata"))
        fields.append(FieldSpec(
            name: "PCI", type: .ref("PCI"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "kolkata"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(58)
        messages.append(MessageSpec(
            className: "PIF", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("PIF"), .record("PIF")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("PIF")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "set_property", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PIF")),
                ParamSpec(name: "name", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "creedence"))
        messages.append(MessageSpec(
            className: "PIF", name: "db_forget", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "PIF", name: "db_introduce", takesSession: true,
            params: [
                ParamSpec(name: "device", type: .string),
                ParamSpec(name: "network", type: .ref("network")),
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "MAC", type: .string),
                ParamSpec(name: "MTU", type: .int),
                ParamSpec(name: "VLAN", type: .int),
                ParamSpec(name: "physical", type: .bool),
                ParamSpec(name: "ip_configuration_mode", type: .enumeration("ip_configuration_mode")),
                ParamSpec(name: "IP", type: .string),
                ParamSpec(name: "netmask", type: .string),
                ParamSpec(name: "gateway", type: .string),
                ParamSpec(name: "DNS", type: .string),
                ParamSpec(name: "bond_slave_of", type: .ref("Bond")),
                ParamSpec(name: "VLAN_master_of", type: .ref("VLAN")),
                ParamSpec(name: "management", type: .bool),
                ParamSpec(name: "other_config", type: .map(.string, .string)),
                ParamSpec(name: "disallow_unplug", type: .bool, defaultValue: .bool(false)),
                ParamSpec(name: "ipv6_configuration_mode", type: .enumeration("ipv6_configuration_mode"), defaultValue: .string("None")),
                ParamSpec(name: "IPv6", type: .set(.string), defaultValue: .array([])),
                ParamSpec(name: "ipv6_gateway", type: .string, defaultValue: .string("")),
                ParamSpec(name: "primary_address_type", type: .enumeration("primary_address_type"), defaultValue: .string("IPv4")),
                ParamSpec(name: "managed", type: .bool, defaultValue: .bool(true)),
                ParamSpec(name: "properties", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: .ref("PIF"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "PIF", name: "plug", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: nil,
            errors: ["TRANSPORT_PIF_NOT_CONFIGURED"], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "set_disallow_unplug", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PIF")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: ["OTHER_OPERATION_IN_PROGRESS", "CLUSTERING_ENABLED"],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "PIF", name: "unplug", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: nil,
            errors: [
                "HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN",
                "VIF_IN_USE",
                "PIF_DOES_NOT_ALLOW_UNPLUG",
                "PIF_HAS_FCOE_SR_IN_USE",
            ],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "forget", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: nil,
            errors: ["PIF_TUNNEL_STILL_EXISTS", "CLUSTERING_ENABLED"], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "introduce", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "MAC", type: .string),
                ParamSpec(name: "device", type: .string),
                ParamSpec(name: "managed", type: .bool, defaultValue: .bool(true)),
            ],
            result: .ref("PIF"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "scan", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "set_primary_address_type", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PIF")),
                ParamSpec(name: "primary_address_type", type: .enumeration("primary_address_type")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "tampa"))
        messages.append(MessageSpec(
            className: "PIF", name: "reconfigure_ipv6", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PIF")),
                ParamSpec(name: "mode", type: .enumeration("ipv6_configuration_mode")),
                ParamSpec(name: "IPv6", type: .string),
                ParamSpec(name: "gateway", type: .string),
                ParamSpec(name: "DNS", type: .string),
            ],
            result: nil, errors: ["CLUSTERING_ENABLED"], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "tampa"))
        messages.append(MessageSpec(
            className: "PIF", name: "reconfigure_ip", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PIF")),
                ParamSpec(name: "mode", type: .enumeration("ip_configuration_mode")),
                ParamSpec(name: "IP", type: .string),
                ParamSpec(name: "netmask", type: .string),
                ParamSpec(name: "gateway", type: .string),
                ParamSpec(name: "DNS", type: .string),
            ],
            result: nil, errors: ["CLUSTERING_ENABLED"], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: nil,
            errors: ["PIF_IS_PHYSICAL"], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "create_VLAN", takesSession: true,
            params: [
                ParamSpec(name: "device", type: .string),
                ParamSpec(name: "network", type: .ref("network")),
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "VLAN", type: .int),
            ],
            result: .ref("PIF"), errors: ["VLAN_TAG_INVALID"], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PIF")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PIF")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PIF")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_PCI", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .ref("PCI"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "kolkata"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_sriov_logical_PIF_of", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))],
            result: .set(.ref("network_sriov")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "kolkata"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_sriov_physical_PIF_of", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))],
            result: .set(.ref("network_sriov")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "kolkata"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_igmp_snooping_status", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))],
            result: .enumeration("pif_igmp_status"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "inverness"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_capabilities", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .set(.string), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_properties", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "creedence"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_managed", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-productisation"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_primary_address_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))],
            result: .enumeration("primary_address_type"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "tampa"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_ipv6_gateway", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "tampa"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_IPv6", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .set(.string), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "tampa"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_ipv6_configuration_mode", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))],
            result: .enumeration("ipv6_configuration_mode"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "tampa"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_tunnel_transport_PIF_of", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .set(.ref("tunnel")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_tunnel_access_PIF_of", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .set(.ref("tunnel")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_disallow_unplug", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_management", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_VLAN_slave_of", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .set(.ref("VLAN")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_VLAN_master_of", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .ref("VLAN"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_bond_master_of", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .set(.ref("Bond")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_bond_slave_of", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .ref("Bond"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_DNS", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_gateway", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_netmask", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_IP", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_ip_configuration_mode", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))],
            result: .enumeration("ip_configuration_mode"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_currently_attached", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_physical", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_metrics", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .ref("PIF_metrics"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_VLAN", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_MTU", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_MAC", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_host", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .ref("host"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_network", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .ref("network"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_device", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("PIF"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF"))], result: .record("PIF"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("PIF"), .record("PIF")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("PIF")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        return messages
    }
}
