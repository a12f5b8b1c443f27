// The PIF, bond, network-purpose and VIF-addressing messages that change the host's network
// stack or a running guest's view of its NICs. The host's stack is a seam of its own
// (Hypervisor/Network): simulated whenever the VMs are (the simulated host's NICs are not this
// machine's; its bridges are written to simulated-host-network.ini in the data directory), the
// real one on Xen. At start the bridges of the PIFs the database has attached are brought up
// again, as xapi does at start of day.
import Database
import Datamodel
import Hypervisor
import Wire

final class NetworkConfigService: Sendable {
    let store: ObjectStore
    let hostNetwork: any HostNetwork
    let hypervisor: HypervisorStack?
    /// The record-only VLAN and bond changes (PIFHandlers, BondHandlers).
    let vms: VMService
    let log = Logger(label: "network")
    /// The simulated host's bridges, in the data directory.
    static let simulatedStateFile = "simulated-host-network.ini"

    init(_ context: HandlerContext) {
        store = context.store
        hypervisor = context.environment.hypervisor
        vms = VMService(context)
        switch context.environment.hypervisor?.kind {
        case .xen: hostNetwork = LinuxHostNetwork()
        case .simulated: hostNetwork = SimulatedHostNetwork(stateFile: context.environment.dataDirectory + "/" + Self.simulatedStateFile)
        default: hostNetwork = SimulatedHostNetwork()  // no VMs either (API unit tests)
        }
    }

    /// xapi's start_of_day_best_effort_bring_up: attached PIFs' bridges up again, ports before
    /// the VLANs on them; failures are logged, not fatal.
    func bringUpAttachedPIFs() {
        let attached = store.read { db in
            db.all(PIFRecord.self).filter { $0.1.currentlyAttached && $0.1.bondSlaveOf.isNull }
                .sorted { ($0.1.vlan, $0.1.device) < ($1.1.vlan, $1.1.device) }.map(\.0)
        }
        for pif in attached {
            do {
                try bringUp(pif)
            } catch {
                log.info("PIF \(pif.raw) not brought up at start: \(error)")
            }
        }
    }
}

struct NetworkConfigHandlers {
    let service: NetworkConfigService

    init(_ context: HandlerContext) {
        service = NetworkConfigService(context)
        service.bringUpAttachedPIFs()
    }

    func register(into table: inout [String: MessageHandler]) {
        let s = service
        table["PIF.plug"] = void { try s.plugPIF($0.ref(0)) }
        table["PIF.unplug"] = void { try s.unplugPIF($0.ref(0)) }
        table["PIF.forget"] = void { try s.forgetPIF($0.ref(0)) }
        table["PIF.destroy"] = void { try s.destroyPIF($0.ref(0)) }
        table["PIF.db_introduce"] = { call in .string(try s.dbIntroducePIF(call).raw) }
        table["PIF.db_forget"] = void { call in
            let ref: Ref<PIFRecord> = call.ref(0)
            try s.store.write { tx in try tx.delete(ref) }
        }
        table["PIF.reconfigure_ip"] = void { call in
            try s.reconfigureIP(call.ref(0), mode: try IPConfigurationMode(wire: call.args[1]), ip: call.string(2),
                                netmask: call.string(3), gateway: call.string(4), dns: call.string(5))
        }
        table["PIF.reconfigure_ipv6"] = void { call in
            try s.reconfigureIPv6(call.ref(0), mode: try IPv6ConfigurationMode(wire: call.args[1]), ipv6: call.string(2),
                                  gateway: call.string(3), dns: call.string(4))
        }
        table["PIF.set_primary_address_type"] = void { call in
            try s.setPrimaryAddressType(call.ref(0), try PrimaryAddressType(wire: call.args[1]))
        }
        table["PIF.set_disallow_unplug"] = void { try s.setDisallowUnplug($0.ref(0), $0.bool(1)) }
        table["PIF.set_property"] = void { try s.setPIFProperty($0.ref(0), name: $0.string(1), value: $0.string(2)) }
        table["Bond.set_mode"] = void { try s.setBondMode($0.ref(0), try BondMode(wire: $0.args[1])) }
        table["Bond.set_property"] = void { try s.setBondProperty($0.ref(0), name: $0.string(1), value: $0.string(2)) }
        table["network.add_purpose"] = void { try s.addPurpose($0.ref(0), try NetworkPurpose(wire: $0.args[1])) }
        table["network.remove_purpose"] = void { try s.removePurpose($0.ref(0), try NetworkPurpose(wire: $0.args[1])) }
        table["network.set_default_locking_mode"] = void {
            try s.setDefaultLockingMode($0.ref(0), try NetworkDefaultLockingMode(wire: $0.args[1]))
        }
        registerVIF(into: &table)
        registerTopology(into: &table)
    }

    private func registerVIF(into table: inout [String: MessageHandler]) {
        let s = service
        table["VIF.set_locking_mode"] = void { try s.setLockingMode($0.ref(0), try VIFLockingMode(wire: $0.args[1])) }
        table["VIF.configure_ipv4"] = void { call in
            try s.configureIPv4(call.ref(0), mode: try VIFIPv4ConfigurationMode(wire: call.args[1]),
                                address: call.string(2), gateway: call.string(3))
        }
        table["VIF.configure_ipv6"] = void { call in
            try s.configureIPv6(call.ref(0), mode: try VIFIPv6ConfigurationMode(wire: call.args[1]),
                                address: call.string(2), gateway: call.string(3))
        }
        for family in [IPFamily.ipv4, .ipv6] {
            let name = family == .ipv4 ? "ipv4_allowed" : "ipv6_allowed"
            table["VIF.set_" + name] = void { call in
                try s.setAllowed(call.ref(0), family, to: try [String](wire: call.args[1]))
            }
            table["VIF.add_" + name] = void { try s.addAllowed($0.ref(0), family, $0.string(1)) }
            table["VIF.remove_" + name] = void { try s.removeAllowed($0.ref(0), family, $0.string(1)) }
        }
    }
}
