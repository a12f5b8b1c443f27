// One domain of the simulated hypervisor, as Xen keeps it: its creation config, vCPUs, page
// counts (allocated, maximum, claimed), shadow pool, credit-scheduler share, run state (paused, shut down with a code), the image a
// build "loaded", HVM params and event channels. Pure bookkeeping; SimulatedXen holds the table.

struct SimulatedDomain: Sendable {
    let domid: UInt32
    var handle: [UInt8]
    let config: DomainCreateConfig
    /// Allocated by xc_domain_max_vcpus; 0 until then.
    var vcpus = 0
    /// vCPUs the guest has brought up (vCPU 0 comes up with the build).
    var onlineVCPUs: Set<Int> = []
    var maxPages: UInt64 = 0
    var totalPages: UInt64 = 0
    /// Claimed and not yet allocated (xc_domain_claim_pages).
    var outstandingPages: UInt64 = 0
    var memmapLimitKiB: UInt64 = 0
    var paused = true
    var shutdownReason: ShutdownReason?
    /// What the build loaded: the fake "kernel loaded" state.
    var image: DomainBuildRequest.Image?
    var storeMFN: UInt64 = 0
    var consoleMFN: UInt64 = 0
    var hvmParams: [UInt32: UInt64] = [:]
    /// The shadow (HAP: paging) pool, outside totalPages but taken from the host's free memory.
    var shadowMiB = 0
    var credit = SchedulerCredit()
    /// ACPI button presses (power, sleep) the guest has not yet seen.
    var acpiEvents: [DomainTrigger] = []
    var nmis = 0
    var nextPort: UInt32 = 1
    /// Built from a suspend image: the guest resumes instead of booting.
    var restored = false
    /// The simulated guest's own state, carried through save/restore like the guest's memory.
    var guestMemory: [String: String] = [:]
    var cpuTimeNanoseconds: UInt64 = 0
    var runningSince: UInt64?
    let createdAt = monotonicNanoseconds()

    init(domid: UInt32, config: DomainCreateConfig) {
        self.domid = domid
        self.handle = config.handle
        self.config = config
    }

    var isHVM: Bool { config.flags.contains(.hvm) }
    var isBuilt: Bool { image != nil }
    /// Scheduled: built, unpaused and not shut down.
    var isRunning: Bool { isBuilt && !paused && shutdownReason == nil }
    /// Every page the domain takes from the host: its memory and its shadow pool.
    var hostPages: UInt64 { totalPages + UInt64(shadowMiB) * 256 }

    /// The share of each online vCPU a simulated guest keeps busy.
    static let load = 0.05

    /// Folds the time run so far into `cpuTimeNanoseconds`; call before any run-state change.
    mutating func accountCPU(now: UInt64 = monotonicNanoseconds()) {
        if let since = runningSince {
            let ran = Double(now &- since) * Self.load * Double(max(1, onlineVCPUs.count))
            cpuTimeNanoseconds &+= UInt64(ran)
        }
        runningSince = isRunning ? now : nil
    }

    func cpuTime(now: UInt64 = monotonicNanoseconds()) -> UInt64 {
        guard let since = runningSince else { return cpuTimeNanoseconds }
        return cpuTimeNanoseconds &+ UInt64(Double(now &- since) * Self.load * Double(max(1, onlineVCPUs.count)))
    }

    var info: DomainInfo {
        var flags: DomainFlags = []
        if isHVM { flags.insert(.hvmGuest) }
        if config.flags.contains(.hap) { flags.insert(.hap) }
        if shutdownReason != nil { flags.insert(.shutdown) }
        if paused { flags.insert(.paused) }
        if isRunning { flags.insert(.running) } else if shutdownReason == nil && !paused { flags.insert(.blocked) }
        return DomainInfo(
            domid: domid, flags: flags, shutdownCode: shutdownReason?.rawValue ?? 0, totalPages: totalPages,
            maxPages: maxPages, outstandingPages: outstandingPages, cpuTime: cpuTime(),
            onlineVCPUs: onlineVCPUs.count, maxVCPUID: vcpus == 0 ? UInt32.max : UInt32(vcpus - 1),
            ssidref: config.ssidref, handle: handle, cpupool: config.cpupool)
    }
}
