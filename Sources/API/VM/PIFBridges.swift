// What xapi's nm.ml does for a PIF: its record, its network's and (for a VLAN or a bond) its
// parent's or slaves' turned into the bridge the host should have (mtu from other_config or the
// network, the §6.5 ethtool and promiscuous keys, the addresses), handed to the host network,
// and the outcome written back: currently_attached, the MTU the bridge got, the link metrics.
// A host network failure is PIF_CONFIGURATION_ERROR, as xapi reports networkd's.
import Database
import Datamodel
import Hypervisor
import Wire

extension NetworkConfigService {
    /// The bridge a PIF stands for, as the database describes it now.
    func bridgeConfiguration<D: ObjectReader>(_ ref: Ref<PIFRecord>, in db: D) throws -> BridgeConfiguration {
        let pif = try db.require(ref)
        let network = try db.require(pif.network)
        let port: BridgeConfiguration.Port
        if pif.vlan >= 0, let vlan = db.get(pif.vlanMasterOf), let tagged = db.get(vlan.taggedPIF) {
            port = .vlan(parentBridge: try db.require(tagged.network).bridge, tag: Int(pif.vlan))
        } else if let bondRef = pif.bondMasterOf.first, let bond = db.get(bondRef) {
            let slaves = db.all(PIFRecord.self).filter { $0.1.bondSlaveOf == bondRef }.map(\.1.device).sorted()
            port = .bond(device: pif.device, slaves: slaves, mode: bond.mode.rawValue, properties: bond.properties)
        } else {
            port = .physical(device: pif.device)
        }
        let ethtool = EthtoolSettings.parse(otherConfig: pif.otherConfig, properties: pif.properties)
        return BridgeConfiguration(
            bridge: network.bridge, port: port, mac: pif.mac,
            mtu: EthtoolSettings.mtu(otherConfig: pif.otherConfig, networkMTU: Int(network.mtu)),
            ethtoolSettings: ethtool.settings, ethtoolOffload: ethtool.offload,
            promiscuous: EthtoolSettings.promiscuous(pif.otherConfig),
            ipv4: pif.bridgeIPv4, ipv6: pif.bridgeIPv6,
            dns: pif.dns.split(separator: ",").map(String.init),
            persistent: pif.management || pif.ipConfigurationMode != .none || pif.ipv6ConfigurationMode != .none)
    }

    /// `Nm.bring_pif_up`: a bond's slaves are no longer attached on their own; the PIF is.
    func bringUp(_ ref: Ref<PIFRecord>) throws {
        let (configuration, slaves) = try store.read { db in
            let pif = try db.require(ref)
            let slaves = pif.bondMasterOf.flatMap { bond in
                db.all(PIFRecord.self).filter { $0.1.bondSlaveOf == bond }.map(\.0)
            }
            return (try bridgeConfiguration(ref, in: db), slaves)
        }
        let status: HostLinkStatus
        do {
            status = try hostNetwork.bringUp(configuration)
        } catch {
            throw XenAPIError("PIF_CONFIGURATION_ERROR", [ref.raw, String(describing: error)])
        }
        try store.write { tx in
            for slave in slaves { try tx.update(slave) { $0.currentlyAttached = false } }
            let pif = try tx.require(ref)
            if !pif.currentlyAttached || pif.mtu != Int64(status.mtu) {
                try tx.update(ref) { p in
                    p.currentlyAttached = true
                    p.mtu = Int64(status.mtu)
                }
            }
            // A VLAN shares its tagged PIF's metrics and has no link of its own.
            if pif.vlan < 0, tx.get(pif.metrics) != nil {
                try tx.update(pif.metrics) { m in
                    m.carrier = status.carrier
                    if let speed = status.speedMbps { m.speed = Int64(speed) }
                    if let duplex = status.fullDuplex { m.duplex = duplex }
                    m.lastUpdated = .now()
                }
            }
        }
    }

    /// `Nm.bring_pif_down`: the bridge goes (a VLAN's parent too when its own PIF is not
    /// attached, as destroy_bridges does), the PIF is no longer attached.
    func bringDown(_ ref: Ref<PIFRecord>) throws {
        let bridges = try store.read { db -> [String] in
            let pif = try db.require(ref)
            var bridges = [try db.require(pif.network).bridge]
            if pif.vlan >= 0, let vlan = db.get(pif.vlanMasterOf), let tagged = db.get(vlan.taggedPIF),
               !tagged.currentlyAttached, let parent = db.get(tagged.network) {
                bridges.append(parent.bridge)
            }
            return bridges
        }
        do {
            for bridge in bridges { try hostNetwork.bringDown(bridge: bridge) }
        } catch {
            throw XenAPIError("PIF_CONFIGURATION_ERROR", [ref.raw, String(describing: error)])
        }
        try store.write { tx in try tx.update(ref) { $0.currentlyAttached = false } }
    }
}

extension PIFRecord {
    var bridgeIPv4: BridgeConfiguration.IPv4 {
        switch ipConfigurationMode {
        case .none: .none
        case .dhcp: .dhcp
        case .static: .static(address: ip, netmask: netmask, gateway: gateway)
        }
    }

    var bridgeIPv6: BridgeConfiguration.IPv6 {
        switch ipv6ConfigurationMode {
        case .none: .none
        case .dhcp: .dhcp
        case .autoconf: .autoconf
        case .static: .static(address: ipv6.first ?? "", gateway: ipv6Gateway)
        }
    }
}
