// The pool, the host, its metrics and CPUs (ocaml/xapi/xapi_host.ml create,
// dbsync_slave.ml refresh_localhost_info, dbsync_master.ml create_pool_record,
// create_misc.ml create_host_cpu; scripts/generate-iscsi-iqn; the installer's storage-init
// for default-SR, crash-dump and suspend-image SRs and local caching on ext).
import Datamodel
import Hypervisor
import Wire

extension InstallPlan {
    var poolRecord: PoolRecord {
        var r = PoolRecord()
        r.nameLabel = ""
        r.nameDescription = ""
        r.master = host
        r.defaultSR = localSR
        r.suspendImageSR = localSR
        r.crashDumpSR = localSR
        r.otherConfig = ["memory-ratio-hvm": "0.25", "memory-ratio-pv": "0.25"]
        r.haClusterStack = "xhad"
        r.cpuInfo = poolCPUInfo
        return r
    }

    var hostRecord: HostRecord {
        let facts = observed.facts
        var r = HostRecord()
        r.nameLabel = hostname
        r.nameDescription = "Default install"
        r.hostname = hostname
        r.address = address
        r.enabled = true
        r.allowedOperations = AllowedOperations.enabledHost
        r.apiVersionMajor = configuration.apiVersionMajor
        r.apiVersionMinor = configuration.apiVersionMinor
        r.apiVersionVendor = configuration.apiVersionVendor
        r.softwareVersion = SoftwareVersion.map(configuration: configuration, xen: observed.xen,
                                                kernelRelease: facts.kernelRelease, now: observed.now)
        let iqn = Self.iscsiIQN(hostname: hostname, now: observed.now)
        r.iscsiIqn = iqn
        r.otherConfig = [
            "boot_time": SoftwareVersion.ocamlFloat(Double(facts.bootTime)),
            "agent_start_time": SoftwareVersion.ocamlFloat(Double(observed.now)),
            "iscsi_iqn": iqn,
        ]
        r.capabilities = observed.capabilities
        r.schedPolicy = "credit"
        r.supportedBootloaders = ["pygrub", "eliloader"]
        r.licenseServer = ["address": "localhost", "port": "27000"]
        r.edition = "free"
        r.cpuInfo = hostCPUInfo
        r.chipsetInfo = ["iommu": String(observed.physinfo.capabilities.contains(.directIO))]
        r.memoryOverhead = observed.xenOverhead(domains: [observed.dom0])
        r.metrics = hostMetrics
        r.controlDomain = dom0
        r.residentVMs = [dom0]
        r.hostCPUs = hostCPUs
        r.pifs = [managementPIF]
        r.pbds = [localPBD, dvdPBD, removablePBD, toolsPBD]
        r.suspendImageSR = localSR
        r.crashDumpSR = localSR
        r.localCacheSR = localSR
        r.display = .enabled
        r.virtualHardwarePlatformVersions = [0, 1, 2]
        return r
    }

    var hostMetricsRecord: HostMetricsRecord {
        var r = HostMetricsRecord()
        r.live = true
        r.memoryTotal = observed.physinfo.totalMemoryBytes
        r.memoryFree = observed.physinfo.freeMemoryBytes
        r.lastUpdated = nowDate
        return r
    }

    func hostCPURecord(_ cpu: CPUInfo) -> HostCPURecord {
        var r = HostCPURecord()
        r.host = host
        r.number = Int64(cpu.number)
        r.vendor = cpu.vendor
        r.speed = Int64(cpu.speedMHz)
        r.modelname = cpu.modelName
        r.family = Int64(cpu.family)
        r.model = Int64(cpu.model)
        r.stepping = String(cpu.stepping)
        r.flags = cpu.flags.joined(separator: " ")
        r.features = ""
        r.utilisation = 0
        return r
    }

    /// host.cpu_info (create_misc.ml create_host_cpu). The feature words come from physinfo's
    /// hw_cap, written as CPU_policy strings (8-hex-digit words joined by "-").
    var hostCPUInfo: [String: String] {
        let p = observed.physinfo
        let first = Self.cpus(observed).first
        let policy = p.hwCap.map { Self.hex8($0) }.joined(separator: "-")
        return [
            "cpu_count": String(p.nrCPUs),
            "socket_count": String(p.socketCount),
            "threads_per_core": String(p.threadsPerCore),
            "nr_nodes": String(p.nrNodes),
            "vendor": first?.vendor ?? "",
            "speed": first.map { Self.mhz($0.speedMHz) } ?? "",
            "modelname": first?.modelName ?? "",
            "family": first.map { String($0.family) } ?? "",
            "model": first.map { String($0.model) } ?? "",
            "stepping": first.map { String($0.stepping) } ?? "",
            "flags": first?.flags.joined(separator: " ") ?? "",
            "features_pv": policy,
            "features_hvm": policy,
            "features_pv_host": policy,
            "features_hvm_host": policy,
        ]
    }

    /// pool.cpu_info of a one-host pool (create_misc.ml create_pool_cpuinfo).
    var poolCPUInfo: [String: String] {
        let h = hostCPUInfo
        return ["vendor": h["vendor"] ?? "", "cpu_count": h["cpu_count"] ?? "0",
                "socket_count": h["socket_count"] ?? "0", "features_pv": h["features_pv"] ?? "",
                "features_hvm": h["features_hvm"] ?? "", "features_pv_host": h["features_pv_host"] ?? "",
                "features_hvm_host": h["features_hvm_host"] ?? ""]
    }

    /// `iqn.<YYYY-MM>.<reversed DNS domain, else com.example>:<8 hex digits>`
    /// (xen-api scripts/generate-iscsi-iqn).
    static func iscsiIQN(hostname: String, now: Int64) -> String {
        let labels = hostname.split(separator: ".").map(String.init)
        let domain = labels.count > 1 ? Array(labels.dropFirst()) : ["example", "com"]
        let month = String(SoftwareVersion.utcDate(now).prefix(7))
        let suffix = UUID.random().prefix(8)
        return "iqn.\(month).\(domain.reversed().joined(separator: ".")):\(suffix)"
    }

    static func hex8(_ v: UInt32) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: max(0, 8 - s.count)) + s
    }

    /// /proc/cpuinfo's "cpu MHz" text, three decimals.
    static func mhz(_ v: Double) -> String {
        let thousandths = Int64((v * 1000).rounded())
        let frac = String(thousandths % 1000)
        return "\(thousandths / 1000).\(String(repeating: "0", count: 3 - frac.count))\(frac)"
    }
}
