// PIF.plug/unplug/forget/destroy and the database-only db_introduce/db_forget (xapi_pif.ml):
// plug brings up what the PIF needs first (a tunnel's transport PIF, a VLAN's tagged PIF) and
// refuses bond slaves; unplug refuses the management interface, a PIF with disallow_unplug, and
// a network whose VIFs are being attached; forget refuses what still depends on the PIF. Any PIF
// may be forgotten while its NIC exists (PIF.scan finds it again); PIF.destroy is for VLANs only.
import Database
import Datamodel
import Hypervisor
import Wire

extension NetworkConfigService {
    func plugPIF(_ ref: Ref<PIFRecord>) throws {
        let pif = try record(ref)
        try assertManaged(ref, pif)
        if let tunnel = pif.tunnelAccessPIFOf.first {
            let transport = try store.read { db in try db.require(tunnel).transportPIF }
            if try record(transport).ipConfigurationMode == .none {
                throw XenAPIError("TRANSPORT_PIF_NOT_CONFIGURED", [transport.raw])
            }
            try plugPIF(transport)
        }
        if pif.physical && !pif.bondSlaveOf.isNull { throw XenAPIError("CANNOT_PLUG_BOND_SLAVE", [ref.raw]) }
        if pif.vlan >= 0, let tagged = store.read({ db in db.get(pif.vlanMasterOf)?.taggedPIF }),
           try !record(tagged).currentlyAttached {
            // The VLAN's port lives on the tagged PIF's bridge.
            try plugPIF(tagged)
        }
        if pif.bondSlaveOf.isNull { try bringUp(ref) }
    }

    func unplugPIF(_ ref: Ref<PIFRecord>) throws {
        let pif = try record(ref)
        try assertManaged(ref, pif)
        try assertNoProtection(pif)
        if pif.management { throw XenAPIError("PIF_IS_MANAGEMENT_INTERFACE", [ref.raw]) }
        try store.read { db in
            let network = try db.require(pif.network)
            for vif in network.vifs where db.get(vif)?.currentOperations.values.contains(.attach) == true {
                throw XenAPIError("VIF_IN_USE", [pif.network.raw, vif.raw])
            }
        }
        if pif.disallowUnplug { throw XenAPIError("PIF_DOES_NOT_ALLOW_UNPLUG", [ref.raw]) }
        for tunnel in pif.tunnelTransportPIFOf {
            if let access = store.read({ db in db.get(tunnel)?.accessPIF }) { try unplugPIF(access) }
        }
        if pif.bondSlaveOf.isNull { try bringDown(ref) }
    }

    func forgetPIF(_ ref: Ref<PIFRecord>) throws {
        let pif = try record(ref)
        if pif.management { throw XenAPIError("PIF_IS_MANAGEMENT_INTERFACE", [ref.raw]) }
        if !pif.bondSlaveOf.isNull || !pif.bondMasterOf.isEmpty { throw XenAPIError("PIF_ALREADY_BONDED", [ref.raw]) }
        if !pif.vlanSlaveOf.isEmpty || pif.vlan != -1 { throw XenAPIError("PIF_VLAN_STILL_EXISTS", [ref.raw]) }
        if !pif.tunnelTransportPIFOf.isEmpty || !pif.tunnelAccessPIFOf.isEmpty {
            throw XenAPIError("PIF_TUNNEL_STILL_EXISTS", [ref.raw])
        }
        try assertNoProtection(pif)
        if !pif.sriovLogicalPIFOf.isEmpty { throw XenAPIError("CANNOT_FORGET_SRIOV_LOGICAL", [ref.raw]) }
        if !pif.sriovPhysicalPIFOf.isEmpty { throw XenAPIError("PIF_SRIOV_STILL_EXISTS", [ref.raw]) }
        try assertNoClustering(on: ref)
        if pif.managed && pif.currentlyAttached { try bringDown(ref) }
        try store.write { tx in
            if tx.get(pif.metrics) != nil { try tx.delete(pif.metrics) }
            try tx.delete(ref)
        }
    }

    /// PIF.destroy (deprecated): VLAN.destroy of the VLAN this PIF is the untagged end of.
    func destroyPIF(_ ref: Ref<PIFRecord>) throws {
        let pif = try record(ref)
        if pif.vlan < 0 { throw XenAPIError("PIF_IS_PHYSICAL") }
        try destroyVLAN(pif.vlanMasterOf)
    }

    /// PIF.db_introduce: the record as given, detached, with fresh metrics (no checks: it is the
    /// pool's way of copying a record).
    func dbIntroducePIF(_ call: Invocation) throws -> Ref<PIFRecord> {
        var pif = PIFRecord()
        pif.device = call.string(0)
        pif.network = call.ref(1)
        pif.host = call.ref(2)
        pif.mac = call.string(3)
        pif.mtu = call.int(4)
        pif.vlan = call.int(5)
        pif.physical = call.bool(6)
        pif.ipConfigurationMode = try IPConfigurationMode(wire: call.args[7])
        (pif.ip, pif.netmask, pif.gateway, pif.dns) = (call.string(8), call.string(9), call.string(10), call.string(11))
        pif.vlanMasterOf = call.ref(13)
        pif.management = call.bool(14)
        pif.otherConfig = try [String: String](wire: call.args[15])
        pif.disallowUnplug = call.bool(16)
        pif.ipv6ConfigurationMode = try IPv6ConfigurationMode(wire: call.args[17])
        pif.ipv6 = try [String](wire: call.args[18])
        pif.ipv6Gateway = call.string(19)
        pif.primaryAddressType = try PrimaryAddressType(wire: call.args[20])
        pif.managed = call.bool(21)
        pif.properties = try [String: String](wire: call.args[22])
        pif.currentlyAttached = false
        pif.igmpSnoopingStatus = .unknown
        return try store.write { tx in
            _ = try tx.require(pif.network)
            _ = try tx.require(pif.host)
            var metrics = PIFMetricsRecord()
            metrics.lastUpdated = .now()
            pif.metrics = try tx.insert(metrics)
            return try tx.insert(pif)
        }
    }

    func record<R: XenRecord>(_ ref: Ref<R>) throws -> R {
        try store.read { db in try db.require(ref) }
    }

    /// PIF_UNMANAGED: xapi leaves unmanaged interfaces to the host's own configuration.
    func assertManaged(_ ref: Ref<PIFRecord>, _ pif: PIFRecord) throws {
        if !pif.managed { throw XenAPIError("PIF_UNMANAGED", [ref.raw]) }
    }

    /// HA or the redo log depend on an attached PIF's addresses (assert_no_protection_enabled).
    func assertNoProtection(_ pif: PIFRecord) throws {
        guard pif.currentlyAttached, let pool = store.read({ db in db.all(PoolRecord.self).first?.1 }) else { return }
        if pool.haEnabled { throw XenAPIError("HA_IS_ENABLED") }
        if pool.redoLogEnabled { throw XenAPIError("REDO_LOG_IS_ENABLED") }
    }

    /// CLUSTERING_ENABLED when an enabled cluster host uses the PIF.
    func assertNoClustering(on ref: Ref<PIFRecord>) throws {
        let host = store.read { db in db.all(ClusterHostRecord.self).first { $0.1.pif == ref && $0.1.enabled }?.0 }
        if let host { throw XenAPIError("CLUSTERING_ENABLED", [host.raw]) }
    }
}
