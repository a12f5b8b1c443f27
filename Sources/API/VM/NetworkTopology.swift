// VLAN.create/destroy, PIF.create_VLAN and Bond.create/destroy with their effect on the host's
// bridges (xapi_vlan.ml, xapi_bond.ml): the records are made or removed as PIFHandlers and
// BondHandlers do it, a new VLAN PIF is plugged and a destroyed one unplugged first, a new
// bond's master is brought up (its slaves stop being attached on their own), and a destroyed
// bond's slaves are brought up again. These entries replace the record-only ones VMHandlers
// registers (NetworkConfigHandlers registers after it).
import Database
import Datamodel
import Hypervisor
import Wire

extension NetworkConfigService {
    /// xapi_vlan.ml create: both ends managed, then the new PIF plugged.
    func createVLAN(tagged: Ref<PIFRecord>, tag: Int64, network: Ref<NetworkRecord>) throws -> Ref<VLANRecord> {
        if !(try record(network).managed) { throw XenAPIError("NETWORK_UNMANAGED", [network.raw]) }
        try assertManaged(tagged, try record(tagged))
        let vlan = try vms.createVLAN(tagged: tagged, tag: tag, network: network)
        try plugPIF(try record(vlan).untaggedPIF)
        return vlan
    }

    /// xapi_vlan.ml destroy: the untagged PIF unplugged with PIF.unplug's checks, then removed.
    func destroyVLAN(_ ref: Ref<VLANRecord>) throws {
        let untagged = try record(ref).untaggedPIF
        if let pif = store.read({ db in db.get(untagged) }) {
            if !pif.bondSlaveOf.isNull || !pif.bondMasterOf.isEmpty { throw XenAPIError("PIF_ALREADY_BONDED", [untagged.raw]) }
            try assertNoProtection(pif)
            if pif.vlan < 0 { throw XenAPIError("PIF_IS_PHYSICAL") }
            try unplugPIF(untagged)
        }
        try vms.destroyVLAN(ref)
    }

    func createBond(network: Ref<NetworkRecord>, members: [Ref<PIFRecord>], mac: String, mode: BondMode,
                    properties: [String: String]) throws -> Ref<BondRecord> {
        for (key, value) in properties.sorted(by: { $0.key < $1.key }) where !Self.isValid(key, value, for: mode) {
            throw XenAPIError("INVALID_VALUE", ["properties", "\(key) = \(value)"])
        }
        var properties = properties
        for r in Self.requirements(of: mode) where properties[r.key] == nil { properties[r.key] = r.defaultValue }
        let bond = try vms.createBond(network: network, members: members, mac: mac, mode: mode, properties: properties)
        try bringUp(try record(bond).master)
        return bond
    }

    func destroyBond(_ ref: Ref<BondRecord>) throws {
        let (master, slaves) = try store.read { db in
            (try db.require(ref).master, db.all(PIFRecord.self).filter { $0.1.bondSlaveOf == ref }.map(\.0))
        }
        if store.read({ db in db.get(master)?.currentlyAttached }) == true { try bringDown(master) }
        try vms.destroyBond(ref)
        for slave in slaves { try bringUp(slave) }
    }
}

extension NetworkConfigHandlers {
    func registerTopology(into table: inout [String: MessageHandler]) {
        let s = service
        table["VLAN.create"] = { call in .string(try s.createVLAN(tagged: call.ref(0), tag: call.int(1), network: call.ref(2)).raw) }
        table["VLAN.destroy"] = void { try s.destroyVLAN($0.ref(0)) }
        table["PIF.create_VLAN"] = { call in
            let (device, network, host): (String, Ref<NetworkRecord>, Ref<HostRecord>) = (call.string(0), call.ref(1), call.ref(2))
            let tagged = s.store.read { db in
                db.all(PIFRecord.self).first { $0.1.host == host && $0.1.device == device && $0.1.vlan == -1 }?.0
            }
            guard let tagged else { throw XenAPIError("INVALID_VALUE", ["device", device]) }
            return .string(try s.record(try s.createVLAN(tagged: tagged, tag: call.int(3), network: network)).untaggedPIF.raw)
        }
        table["Bond.create"] = { call in
            .string(try s.createBond(network: call.ref(0), members: try [String](wire: call.args[1]).map { Ref($0) },
                                     mac: call.string(2), mode: try BondMode(wire: call.args[3]),
                                     properties: try [String: String](wire: call.args[4])).raw)
        }
        table["Bond.destroy"] = void { try s.destroyBond($0.ref(0)) }
    }
}
