// The objects of a fresh install, with every reference chosen before any insert (console
// locations and cross-references need them) and inserted parents-first in one transaction, so
// the store's one-to-many maintenance finds each parent when its child arrives.
import Datamodel
import Database
import Hypervisor
import Storage
import Wire

struct InstallPlan {
    let observed: Observation
    let configuration: FirstBootConfiguration

    let pool = Ref<PoolRecord>(OpaqueRef.make())
    let host = Ref<HostRecord>(OpaqueRef.make())
    let hostMetrics = Ref<HostMetricsRecord>(OpaqueRef.make())
    let hostCPUs: [Ref<HostCPURecord>]
    let dom0 = Ref<VMRecord>(OpaqueRef.make())
    let dom0Metrics = Ref<VMMetricsRecord>(OpaqueRef.make())
    let rfbConsole = Ref<ConsoleRecord>(OpaqueRef.make())
    let vt100Console = Ref<ConsoleRecord>(OpaqueRef.make())
    let internalNetwork = Ref<NetworkRecord>(OpaqueRef.make())
    let managementNetwork = Ref<NetworkRecord>(OpaqueRef.make())
    let managementPIF = Ref<PIFRecord>(OpaqueRef.make())
    let managementPIFMetrics = Ref<PIFMetricsRecord>(OpaqueRef.make())
    let sms: [(ref: Ref<SMRecord>, spec: SMSpec)]
    let localSR = Ref<SRRecord>(OpaqueRef.make())
    let localSRUUID = UUID.random()
    let localPBD = Ref<PBDRecord>(OpaqueRef.make())
    let dvdSR = Ref<SRRecord>(OpaqueRef.make())
    let dvdPBD = Ref<PBDRecord>(OpaqueRef.make())
    let removableSR = Ref<SRRecord>(OpaqueRef.make())
    let removablePBD = Ref<PBDRecord>(OpaqueRef.make())
    let toolsSR = Ref<SRRecord>(OpaqueRef.make())
    let toolsPBD = Ref<PBDRecord>(OpaqueRef.make())
    let user = Ref<UserRecord>(OpaqueRef.make())
    let templates: [(vm: Ref<VMRecord>, metrics: Ref<VMMetricsRecord>, spec: TemplateSpec)]

    init(observed: Observation, configuration: FirstBootConfiguration) {
        self.observed = observed
        self.configuration = configuration
        hostCPUs = Self.cpus(observed).map { _ in Ref(OpaqueRef.make()) }
        sms = SMCatalog.all.map { (Ref(OpaqueRef.make()), $0) }
        templates = TemplateCatalog.all.map { (Ref(OpaqueRef.make()), Ref(OpaqueRef.make()), $0) }
    }

    /// The directories the SRs point at.
    func prepareDirectories() throws {
        try SRDirectory.create(configuration.localSRDirectory(uuid: localSRUUID))
        try SRDirectory.create(configuration.toolsISODirectory)
    }

    /// Inserts everything, parents before children.
    func insert(into tx: inout Transaction) throws {
        try tx.insert(hostRecord, ref: host)
        try tx.insert(hostMetricsRecord, ref: hostMetrics)
        try tx.insert(poolRecord, ref: pool)
        for (i, cpu) in Self.cpus(observed).enumerated() {
            try tx.insert(hostCPURecord(cpu), ref: hostCPUs[i])
        }
        try tx.insert(dom0Record, ref: dom0)
        try tx.insert(dom0MetricsRecord, ref: dom0Metrics)
        try tx.insert(consoleRecord(.rfb, ref: rfbConsole), ref: rfbConsole)
        try tx.insert(consoleRecord(.vt100, ref: vt100Console), ref: vt100Console)
        try tx.insert(internalNetworkRecord, ref: internalNetwork)
        try tx.insert(managementNetworkRecord, ref: managementNetwork)
        try tx.insert(managementPIFMetricsRecord, ref: managementPIFMetrics)
        try tx.insert(managementPIFRecord, ref: managementPIF)
        for sm in sms { try tx.insert(sm.spec.record, ref: sm.ref) }
        for (sr, pbd, record, config) in storageRepositories {
            try tx.insert(record, ref: sr)
            try tx.insert(pbdRecord(sr: sr, deviceConfig: config), ref: pbd)
        }
        try tx.insert(rootUserRecord, ref: user)
        for t in templates {
            try tx.insert(templateRecord(t.spec, metrics: t.metrics), ref: t.vm)
            try tx.insert(VMMetricsRecord(), ref: t.metrics)
        }
    }

    /// One entry per logical CPU; blank identities when /proc/cpuinfo could not be read.
    static func cpus(_ observed: Observation) -> [CPUInfo] {
        if !observed.cpus.isEmpty { return observed.cpus }
        return (0..<max(1, observed.physinfo.nrCPUs)).map {
            CPUInfo(number: $0, vendor: "", modelName: "", family: 0, model: 0, stepping: 0,
                    speedMHz: Double(observed.physinfo.cpuKHz) / 1000, flags: [])
        }
    }

    var hostname: String { observed.facts.hostname }
    var address: String { observed.facts.management.ipv4Address }
    var nowDate: XenDate { XenDate(secondsSince1970: observed.now) }
}
