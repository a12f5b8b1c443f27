// Bringing the database in line with the machine at start-up. On a database without a host, one
// write transaction creates what a freshly installed XenServer 7.1 host holds (xapi's dbsync and
// create_misc plus the installer's first-boot scripts; notes/xapi-semantics.md §6.3, §11.8–9);
// on later starts only the runtime facts are refreshed. Invariant: exactly one pool, whose master
// is the host, with dom0 resident on it.
import Datamodel
import Database
import Glibc
import Hypervisor
import Storage
import Wire

public enum FirstBoot {
    /// Creates the initial objects when the database has no host, else refreshes runtime facts:
    /// host_metrics, boot/agent start times, software_version, address, dom0's memory, console
    /// locations and the management PIF's addresses.
    public static func run(store: ObjectStore, control: any XenControl, facts: HostFacts,
                           configuration: FirstBootConfiguration) throws {
        let observed = try Observation(control: control, facts: facts, configuration: configuration)
        let installed = store.read { $0.count(class: HostRecord.className) > 0 }
        if installed {
            try store.write { tx in try Refresh(observed: observed, configuration: configuration).apply(to: &tx) }
        } else {
            let plan = InstallPlan(observed: observed, configuration: configuration)
            try plan.prepareDirectories()
            try store.write { tx in try plan.insert(into: &tx) }
        }
    }
}

/// Everything first boot reads from the hypervisor and the machine, read before the write
/// transaction so that no call to Xen or the filesystem happens under the database lock.
struct Observation {
    var facts: HostFacts
    var physinfo: PhysInfo
    var dom0: DomainInfo
    var xen: XenVersion
    var capabilities: [String]
    var cpus: [CPUInfo]
    /// Seconds since the epoch, when this start began.
    var now: Int64
    /// The filesystem holding the data directory: size and bytes in use.
    var storageSize: Int64
    var storageUsed: Int64

    init(control: any XenControl, facts: HostFacts, configuration: FirstBootConfiguration) throws {
        self.facts = facts
        physinfo = try control.physinfo()
        guard let dom0 = try control.domainInfo(0) else {
            throw XenAPIError.internalError("the hypervisor reports no domain 0")
        }
        self.dom0 = dom0
        xen = try control.version()
        capabilities = try control.capabilities()
        cpus = control.cpuInfo()
        now = Int64(time(nil))
        try SRDirectory.create(configuration.dataDirectory)
        // As every later SR scan measures it, so the first scan does not move it.
        let usage = try SRDirectory.usage(configuration.dataDirectory)
        (storageSize, storageUsed) = (Int64(usage.physicalSize), Int64(usage.physicalUtilisation))
    }

    /// dom0's memory as squeezed's Fixed_size policy gives it: every limit at what it has now.
    var dom0Memory: Int64 { dom0.memoryBytes }

    /// Memory Xen holds itself: what is neither free nor in a domain.
    func xenOverhead(domains: [DomainInfo]) -> Int64 {
        let inDomains = domains.reduce(Int64(0)) { $0 + $1.memoryBytes }
        return max(0, physinfo.totalMemoryBytes - physinfo.freeMemoryBytes - inDomains)
    }
}
