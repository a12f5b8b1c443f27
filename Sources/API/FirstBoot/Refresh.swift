// What every later start rewrites from the running system, as xapi's dbsync does
// (dbsync_slave.ml refresh_localhost_info and record_host_memory_properties,
// dbsync_master.ml set_master_live and refresh_console_urls, create_misc.ml
// update_domain_zero_record): nothing is created or removed here.
import Datamodel
import Database
import Hypervisor
import Wire

struct Refresh {
    let observed: Observation
    let configuration: FirstBootConfiguration

    func apply(to tx: inout Transaction) throws {
        guard let host = localHost(tx) else { return }
        let facts = observed.facts
        let address = facts.management.ipv4Address
        var hostRecord = try tx.require(host)
        let oldHostname = hostRecord.hostname

        try tx.update(host) { r in
            r.hostname = facts.hostname
            r.address = address
            r.enabled = true
            r.apiVersionMajor = configuration.apiVersionMajor
            r.apiVersionMinor = configuration.apiVersionMinor
            r.apiVersionVendor = configuration.apiVersionVendor
            r.softwareVersion = SoftwareVersion.map(configuration: configuration, xen: observed.xen,
                                                    kernelRelease: facts.kernelRelease, now: observed.now)
            r.capabilities = observed.capabilities
            r.otherConfig["boot_time"] = SoftwareVersion.ocamlFloat(Double(facts.bootTime))
            r.otherConfig["agent_start_time"] = SoftwareVersion.ocamlFloat(Double(observed.now))
            r.memoryOverhead = observed.xenOverhead(domains: [observed.dom0])
        }
        hostRecord = try tx.require(host)

        if tx.get(hostRecord.metrics) != nil {
            try tx.update(hostRecord.metrics) { m in
                m.live = true
                m.memoryTotal = observed.physinfo.totalMemoryBytes
                m.memoryFree = observed.physinfo.freeMemoryBytes
                m.lastUpdated = XenDate(secondsSince1970: observed.now)
            }
        }

        let dom0 = hostRecord.controlDomain
        if let dom0Record = tx.get(dom0) {
            try tx.update(dom0) { r in
                r.powerState = .running
                r.domid = 0
                ControlDomain.setMemory(&r, bytes: observed.dom0Memory)
                let vcpus = Int64(max(1, observed.dom0.vcpus))
                r.vcpusMax = vcpus
                r.vcpusAtStartup = vcpus
                // Helpers.update_domain_zero_name: only a name that still follows the pattern.
                if r.nameLabel == ControlDomain.nameLabel(hostname: oldHostname) {
                    r.nameLabel = ControlDomain.nameLabel(hostname: facts.hostname)
                }
            }
            if tx.get(dom0Record.metrics) != nil {
                try tx.update(dom0Record.metrics) { m in
                    m.memoryActual = observed.dom0Memory
                    m.vcpusNumber = Int64(max(1, observed.dom0.vcpus))
                    m.lastUpdated = XenDate(secondsSince1970: observed.now)
                }
            }
            for console in dom0Record.consoles where tx.get(console) != nil {
                try tx.update(console) {
                    $0.location = ControlDomain.consoleLocation(address: address, console: console)
                }
            }
        }

        for pif in hostRecord.pifs {
            guard let p = tx.get(pif), p.management else { continue }
            try tx.update(pif) { ManagementInterface.setAddresses(&$0, facts: facts) }
        }
    }

    /// The pool master, else the only host.
    private func localHost(_ tx: Transaction) -> Ref<HostRecord>? {
        if let (_, pool) = tx.all(PoolRecord.self).first, tx.get(pool.master) != nil { return pool.master }
        return tx.all(HostRecord.self).first?.0
    }
}
