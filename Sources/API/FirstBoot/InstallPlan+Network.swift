// The host internal management network (ocaml/xapi/create_networks.ml) and the management
// network with the PIF of the machine's real NIC (helpers.ml choose_network_name_for_pif,
// xapi_pif.ml bridge_naming_convention; what host.management_reconfigure leaves behind).
import Datamodel
import Hypervisor
import Wire

extension InstallPlan {
    var internalNetworkRecord: NetworkRecord {
        var r = NetworkRecord()
        r.nameLabel = "Host internal management network"
        r.nameDescription = "Network on which guests will be assigned a private link-local IP address "
            + "which can be used to talk XenAPI"
        r.mtu = 1500
        r.bridge = "xenapi"
        r.managed = true
        r.otherConfig = [
            "is_guest_installer_network": "true",
            "is_host_internal_management_network": "true",
            "ip_begin": "169.254.0.1",
            "ip_end": "169.254.255.254",
            "netmask": "255.255.0.0",
        ]
        return r
    }

    var managementNetworkRecord: NetworkRecord {
        let nic = observed.facts.management
        var r = NetworkRecord()
        r.nameLabel = "Pool-wide network associated with \(nic.name)"
        r.nameDescription = ""
        r.mtu = Int64(nic.mtu)
        r.bridge = ManagementInterface.bridge(device: nic.name)
        r.managed = true
        r.pifs = [managementPIF]
        return r
    }

    var managementPIFRecord: PIFRecord {
        var r = PIFRecord()
        let nic = observed.facts.management
        r.device = nic.name
        r.network = managementNetwork
        r.host = host
        r.mac = nic.mac
        r.mtu = Int64(nic.mtu)
        r.vlan = -1
        r.metrics = managementPIFMetrics
        r.physical = true
        r.currentlyAttached = true
        r.management = true
        ManagementInterface.setAddresses(&r, facts: observed.facts)
        r.ipv6ConfigurationMode = .none
        r.primaryAddressType = .ipv4
        r.managed = true
        r.properties = ["gro": "on"]
        return r
    }

    var managementPIFMetricsRecord: PIFMetricsRecord {
        let nic = observed.facts.management
        var r = PIFMetricsRecord()
        r.carrier = true
        r.speed = Int64(nic.speedMbps ?? 0)
        r.duplex = nic.fullDuplex ?? false
        r.lastUpdated = nowDate
        return r
    }
}

enum ManagementInterface {
    /// `ethN` → `xenbrN`, anything else → `br<device>`.
    static func bridge(device: String) -> String {
        device.hasPrefix("eth") ? "xenbr" + device.dropFirst(3) : "br" + device
    }

    /// The interface's addresses as found; configured statically as far as xapi knows.
    static func setAddresses(_ r: inout PIFRecord, facts: HostFacts) {
        r.ipConfigurationMode = .static
        r.ip = facts.management.ipv4Address
        r.netmask = facts.management.netmask
        r.gateway = facts.management.gateway
        r.dns = facts.nameservers.joined(separator: ",")
    }
}
