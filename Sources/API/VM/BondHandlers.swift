// Bond.create/destroy (xapi_bond.ml): the members' checks, a master PIF `bond<N>` on the bond's
// network that takes over the primary slave's IP configuration and management role (the primary
// is the management PIF, else the first with an address, else the first member), and the reverse
// on destroy. The simulated host has one NIC, so its bonds have one member, which xapi allows.
import Database
import Datamodel
import Wire

extension VMService {
    func createBond(network: Ref<NetworkRecord>, members: [Ref<PIFRecord>], mac: String, mode: BondMode,
                    properties: [String: String]) throws -> Ref<BondRecord> {
        if !mac.isEmpty && !MACAddress.isValid(mac) { throw XenAPIError("MAC_INVALID", [mac]) }
        return try store.write { tx in
            let net = try tx.require(network)
            let pifs = try members.map { ($0, try tx.require($0)) }
            for (ref, pif) in pifs {
                if !pif.bondSlaveOf.isNull || !pif.bondMasterOf.isEmpty { throw XenAPIError("PIF_ALREADY_BONDED", [ref.raw]) }
                if pif.vlan != -1 { throw XenAPIError("PIF_VLAN_EXISTS", [pif.device]) }
                if !pif.tunnelAccessPIFOf.isEmpty { throw XenAPIError("IS_TUNNEL_ACCESS_PIF", [ref.raw]) }
            }
            guard Set(pifs.map(\.1.host)).count <= 1 else { throw XenAPIError("PIF_CANNOT_BOND_CROSS_HOST") }
            guard let (primary, primaryPIF) = pifs.first(where: { $0.1.management })
                ?? pifs.first(where: { $0.1.ipConfigurationMode != .none }) ?? pifs.first else {
                throw XenAPIError("PIF_BOND_NEEDS_MORE_MEMBERS")
            }
            let host = primaryPIF.host
            if let other = net.pifs.first(where: { tx.get($0)?.host == host }) {
                throw XenAPIError("NETWORK_ALREADY_CONNECTED", [network.raw, other.raw])
            }
            let devices = Set(tx.all(PIFRecord.self).filter { $0.1.host == host }.map(\.1.device))
            var master = primaryPIF
            master.uuid = ""
            master.device = (0...).lazy.map { "bond\($0)" }.first { !devices.contains($0) }!
            master.network = network
            master.mac = mac.isEmpty ? primaryPIF.mac : mac.lowercased()
            master.mtu = net.mtu
            master.physical = false
            master.metrics = .null
            master.bondSlaveOf = .null
            master.bondMasterOf = []
            master.vlanSlaveOf = []
            master.vlanMasterOf = .null
            master.tunnelAccessPIFOf = []
            master.tunnelTransportPIFOf = []
            master.otherConfig = [:]
            let masterRef = try tx.insert(master)
            var bond = BondRecord()
            bond.master = masterRef
            bond.primarySlave = primary
            bond.mode = mode
            bond.properties = properties
            bond.linksUp = Int64(pifs.filter { tx.get($0.1.metrics)?.carrier ?? false }.count)
            let ref = try tx.insert(bond)
            for (member, _) in pifs { try tx.update(member) { $0.bondSlaveOf = ref } }
            try tx.update(primary) { $0.clearAddressing() }
            return ref
        }
    }

    /// Bond.destroy: the primary slave gets the master's addressing and role back.
    func destroyBond(_ ref: Ref<BondRecord>) throws {
        try store.write { tx in
            let bond = try tx.require(ref)
            let master = tx.get(bond.master)
            let slaves = tx.all(PIFRecord.self).filter { $0.1.bondSlaveOf == ref }.map(\.0)
            for slave in slaves { try tx.update(slave) { $0.bondSlaveOf = .null } }
            if let master, tx.get(bond.primarySlave) != nil {
                try tx.update(bond.primarySlave) { $0.takeAddressing(from: master) }
            }
            if master != nil { try tx.delete(bond.master) }
            try tx.delete(ref)
        }
    }
}

extension PIFRecord {
    mutating func clearAddressing() {
        management = false
        ipConfigurationMode = .none
        (ip, netmask, gateway, dns) = ("", "", "", "")
    }

    mutating func takeAddressing(from other: PIFRecord) {
        management = other.management
        ipConfigurationMode = other.ipConfigurationMode
        (ip, netmask, gateway, dns) = (other.ip, other.netmask, other.gateway, other.dns)
    }
}
