// The host's network interfaces as xapi records them (xapi_pif.ml, xapi_vlan.ml): PIF.scan and
// PIF.introduce give each NIC the machine has a PIF on a network of its own (bridge xenbrN for
// ethN), and VLAN.create / PIF.create_VLAN add a tagged PIF on top of a physical one.
import Database
import Datamodel
import Hypervisor
import Wire

extension VMService {
    /// The NICs of this machine (the simulated host has its management NIC).
    private var machineInterfaces: [HostFacts.Interface] {
        [HostFacts.managementInterface()].compactMap { $0 }.filter { $0.name != "lo" && !$0.name.isEmpty }
    }

    /// PIF.scan: every NIC without a PIF gets one (not plugged), on a new network.
    func scanPIFs(host: Ref<HostRecord>) throws {
        _ = try record(host)
        for nic in machineInterfaces { try addPIF(host: host, nic: nic, mtu: nic.mtu) }
    }

    @discardableResult
    func introducePIF(host: Ref<HostRecord>, mac: String, device: String, mtu: Int = 1500) throws -> Ref<PIFRecord> {
        _ = try record(host)
        guard let nic = machineInterfaces.first(where: { $0.name == device }) else {
            throw XenAPIError("PIF_DEVICE_NOT_FOUND", [device])
        }
        if !mac.isEmpty && mac.lowercased() != nic.mac.lowercased() { throw XenAPIError("MAC_DOES_NOT_EXIST", [mac]) }
        return try addPIF(host: host, nic: nic, mtu: mtu)
    }

    /// The NIC's PIF, made (with its network and metrics) unless the host has one for its device.
    @discardableResult
    private func addPIF(host: Ref<HostRecord>, nic: HostFacts.Interface, mtu: Int) throws -> Ref<PIFRecord> {
        let device = nic.name
        return try store.write { tx in
            if let (ref, _) = tx.all(PIFRecord.self).first(where: { $0.1.host == host && $0.1.device == device && $0.1.vlan == -1 }) {
                return ref
            }
            var network = NetworkRecord()
            network.nameLabel = "Pool-wide network associated with \(device)"
            network.mtu = Int64(mtu)
            network.bridge = ManagementInterface.bridge(device: device)
            network.managed = true
            var metrics = PIFMetricsRecord()
            metrics.carrier = true
            metrics.speed = Int64(nic.speedMbps ?? 0)
            metrics.duplex = nic.fullDuplex ?? false
            metrics.lastUpdated = .now()
            var pif = PIFRecord()
            pif.device = device
            pif.host = host
            pif.mac = nic.mac
            pif.mtu = Int64(mtu)
            pif.vlan = -1
            pif.physical = true
            pif.managed = true
            pif.ipConfigurationMode = .none
            pif.metrics = try tx.insert(metrics)
            pif.network = try tx.insert(network)
            return try tx.insert(pif)
        }
    }

    /// VLAN.create: an untagged PIF for `tag` on the tagged PIF's device, on `network`.
    func createVLAN(tagged: Ref<PIFRecord>, tag: Int64, network: Ref<NetworkRecord>) throws -> Ref<VLANRecord> {
        guard (0...4094).contains(tag) else { throw XenAPIError("VLAN_TAG_INVALID", [String(tag)]) }
        return try store.write { tx in
            let base = try tx.require(tagged)
            let net = try tx.require(network)
            if base.vlan >= 0 { throw XenAPIError("PIF_IS_VLAN", [tagged.raw]) }
            if !base.bondSlaveOf.isNull { throw XenAPIError("CANNOT_ADD_VLAN_TO_BOND_SLAVE", [tagged.raw]) }
            if tx.all(PIFRecord.self).contains(where: { $0.1.host == base.host && $0.1.device == base.device && $0.1.vlan == tag }) {
                throw XenAPIError("PIF_VLAN_EXISTS", [base.device])
            }
            if let other = net.pifs.first(where: { tx.get($0)?.host == base.host }) {
                throw XenAPIError("NETWORK_ALREADY_CONNECTED", [network.raw, other.raw])
            }
            var pif = PIFRecord()
            pif.device = base.device
            pif.host = base.host
            pif.network = network
            pif.mac = base.mac
            pif.mtu = base.mtu
            pif.vlan = tag
            pif.physical = false
            pif.managed = true
            pif.metrics = base.metrics
            pif.currentlyAttached = base.currentlyAttached
            pif.ipConfigurationMode = .none
            let untagged = try tx.insert(pif)
            var vlan = VLANRecord()
            vlan.taggedPIF = tagged
            vlan.untaggedPIF = untagged
            vlan.tag = tag
            let ref = try tx.insert(vlan)
            try tx.update(untagged) { $0.vlanMasterOf = ref }
            return ref
        }
    }

    func destroyVLAN(_ ref: Ref<VLANRecord>) throws {
        try store.write { tx in
            let vlan = try tx.require(ref)
            if let pif = tx.get(vlan.untaggedPIF) {
                if pif.management { throw XenAPIError("PIF_IS_MANAGEMENT_INTERFACE", [vlan.untaggedPIF.raw]) }
                try tx.delete(vlan.untaggedPIF)
            }
            try tx.delete(ref)
        }
    }
}
