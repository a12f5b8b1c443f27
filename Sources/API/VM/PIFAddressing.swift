// PIF.reconfigure_ip/reconfigure_ipv6, set_primary_address_type, set_disallow_unplug and
// set_property (xapi_pif.ml): the checks and errors as xapi has them, the record updated, and an
// attached PIF's bridge brought up again with the new settings. DNS lists keep the other
// family's servers: reconfigure_ip replaces only the IPv4 ones, reconfigure_ipv6 the IPv6 ones.
import Database
import Datamodel
import Hypervisor
import Wire

extension NetworkConfigService {
    /// The PIF properties xapi knows and their values (property_names_and_values).
    static let pifProperties = ["gro": ["on", "off"]]

    func reconfigureIP(_ ref: Ref<PIFRecord>, mode: IPConfigurationMode, ip: String, netmask: String,
                       gateway: String, dns: String) throws {
        let pif = try record(ref)
        try assertManaged(ref, pif)
        // Only a DNS change of a static configuration cannot cut HA or clustering off.
        if !(mode == .static && pif.ipConfigurationMode == mode && pif.ip == ip && pif.netmask == netmask
             && pif.gateway == gateway) {
            try assertNoProtection(pif)
            try assertNoClustering(on: ref)
        }
        if mode == .static {
            try IPAddressRules.assertIP(ip, .ipv4, field: "IP")
            try IPAddressRules.assertIP(netmask, .ipv4, field: "netmask")
        }
        for (field, value) in [("IP", ip), ("netmask", netmask), ("gateway", gateway)] where !value.isEmpty {
            try IPAddressRules.assertIP(value, .ipv4, field: field)
        }
        if pif.management && mode == .none && pif.primaryAddressType == .ipv4 {
            throw XenAPIError("PIF_IS_MANAGEMENT_INTERFACE", [ref.raw])
        }
        try store.write { tx in
            try tx.update(ref) { p in
                p.ipConfigurationMode = mode
                (p.ip, p.netmask, p.gateway) = (ip, netmask, gateway)
                p.dns = (IPAddressRules.restrict(dns, to: .ipv4) + IPAddressRules.restrict(p.dns, to: .ipv6))
                    .joined(separator: ",")
            }
        }
        if pif.currentlyAttached { try bringUp(ref) }
    }

    func reconfigureIPv6(_ ref: Ref<PIFRecord>, mode: IPv6ConfigurationMode, ipv6: String, gateway: String,
                         dns: String) throws {
        let pif = try record(ref)
        try assertManaged(ref, pif)
        if !(mode == .static && pif.ipv6ConfigurationMode == mode && pif.ipv6 == [ipv6] && pif.ipv6Gateway == gateway) {
            try assertNoProtection(pif)
            try assertNoClustering(on: ref)
        }
        if !gateway.isEmpty { try IPAddressRules.assertIP(gateway, .ipv6, field: "gateway") }
        if !ipv6.isEmpty { try IPAddressRules.assertCIDR(ipv6, .ipv6, field: "IPv6") }
        if pif.management && mode == .none && pif.primaryAddressType == .ipv6 {
            throw XenAPIError("PIF_IS_MANAGEMENT_INTERFACE", [ref.raw])
        }
        try store.write { tx in
            try tx.update(ref) { p in
                p.ipv6ConfigurationMode = mode
                p.ipv6Gateway = gateway
                p.ipv6 = [ipv6]
                p.dns = (IPAddressRules.restrict(dns, to: .ipv6) + IPAddressRules.restrict(p.dns, to: .ipv4))
                    .joined(separator: ",")
            }
        }
        if pif.currentlyAttached { try bringUp(ref) }
    }

    func setPrimaryAddressType(_ ref: Ref<PIFRecord>, _ type: PrimaryAddressType) throws {
        let pif = try record(ref)
        try assertNoProtection(pif)
        if pif.management { throw XenAPIError("PIF_IS_MANAGEMENT_INTERFACE", [ref.raw]) }
        try store.write { tx in try tx.update(ref) { $0.primaryAddressType = type } }
    }

    /// Clearing the flag is refused while clustering relies on the PIF or a cluster host is
    /// being added or enabled.
    func setDisallowUnplug(_ ref: Ref<PIFRecord>, _ value: Bool) throws {
        guard try record(ref).disallowUnplug != value else { return }
        if !value {
            try assertNoClustering(on: ref)
            let busy = store.read { db in
                db.all(ClusterRecord.self).first.flatMap { cluster in
                    cluster.1.currentOperations.first { $0.value == .enable || $0.value == .add }.map { (cluster.0, $0) }
                }
            }
            if let (cluster, (task, op)) = busy {
                throw XenAPIError("OTHER_OPERATION_IN_PROGRESS", [ClusterRecord.className, cluster.raw, op.rawValue, task])
            }
        }
        try store.write { tx in try tx.update(ref) { $0.disallowUnplug = value } }
    }

    /// Only physical PIFs and bond masters have properties; a bond's slaves follow its master,
    /// and the VLANs on the PIF are brought up again with it.
    func setPIFProperty(_ ref: Ref<PIFRecord>, name: String, value: String) throws {
        guard Self.pifProperties[name]?.contains(value) == true else {
            throw XenAPIError("INVALID_VALUE", ["properties", "\(name) = \(value)"])
        }
        let pif = try record(ref)
        if !(pif.physical || !pif.bondMasterOf.isEmpty) || !pif.bondSlaveOf.isNull {
            throw XenAPIError("CANNOT_CHANGE_PIF_PROPERTIES", [ref.raw])
        }
        var properties = pif.properties
        properties[name] = value
        let vlanPIFs = try store.write { tx -> [Ref<PIFRecord>] in
            try tx.update(ref) { $0.properties = properties }
            for bond in pif.bondMasterOf {
                for (slave, _) in tx.all(PIFRecord.self) where slave != ref && tx.get(slave)?.bondSlaveOf == bond {
                    try tx.update(slave) { $0.properties = properties }
                }
            }
            return pif.vlanSlaveOf.compactMap { tx.get($0)?.untaggedPIF }.filter { tx.get($0)?.currentlyAttached == true }
        }
        if pif.currentlyAttached {
            for p in [ref] + vlanPIFs { try bringUp(p) }
        }
    }
}
