// The simulated hypervisor: a domain table holding dom0, with physinfo taken from this machine
// (/proc/meminfo, /proc/cpuinfo, sysconf) so the simulated host looks like the one it runs on,
// and the xenstored that goes with it, /local/domain/0 populated. Domains are created, built,
// paused, shut down, saved, restored and destroyed as libxenctrl/libxenguest would do it, with
// memory and vCPUs accounted against the host's totals (ENOMEM when a claim or build does not
// fit). Two threads, started with the first domain, play the rest of the machine through
// xenstore only: dom0's backend drivers and hotplug scripts (SimulatedBackends) and each guest's
// kernel and agent (SimulatedGuests). Every toolstack call is recorded (`calls()`).
// See xen-backend.md §5, lessons 1–5.
import Glibc
import Synchronization

public final class SimulatedXen: XenControl {
    /// What this machine looks like; the simulated host's physinfo is built from it.
    public struct Machine: Sendable, Hashable {
        public var totalMemoryKiB: UInt64
        public var cpus: [CPUInfo]
        public var onlineCPUs: Int
        public var coresPerSocket: Int
        public var threadsPerCore: Int
        public var nodes: Int

        public init(totalMemoryKiB: UInt64, cpus: [CPUInfo], onlineCPUs: Int, coresPerSocket: Int,
                    threadsPerCore: Int, nodes: Int) {
            self.totalMemoryKiB = totalMemoryKiB
            self.cpus = cpus
            self.onlineCPUs = onlineCPUs
            self.coresPerSocket = coresPerSocket
            self.threadsPerCore = threadsPerCore
            self.nodes = nodes
        }

        /// This machine, read from /proc and sysconf; tolerant of missing files.
        public static func current() -> Machine {
            let text = ProcFiles.read("/proc/cpuinfo") ?? ""
            let cpus = CPUInfo.parse(procCPUInfo: text)
            let online = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), cpus.count)
            let kib = ProcFiles.meminfo()["MemTotal"]
                ?? UInt64(max(0, sysconf(Int32(_SC_PHYS_PAGES)))) * UInt64(max(0, sysconf(Int32(_SC_PAGESIZE)))) / 1024
            // "cpu cores" and "siblings" count per physical package.
            let cores = max(1, firstValue("cpu cores", in: text).flatMap { Int($0) } ?? online)
            let siblings = max(cores, firstValue("siblings", in: text).flatMap { Int($0) } ?? cores)
            return Machine(totalMemoryKiB: kib, cpus: cpus, onlineCPUs: online, coresPerSocket: cores,
                           threadsPerCore: max(1, siblings / cores), nodes: ProcFiles.numaNodeCount())
        }

        private static func firstValue(_ key: String, in text: String) -> String? {
            for line in text.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                if line[..<colon].trimmingCharacters(in: " \t") == key {
                    return line[line.index(after: colon)...].trimmingCharacters(in: " \t")
                }
            }
            return nil
        }
    }

    /// The version the simulated hypervisor reports: the Xen the Real backend is pinned to.
    public static let simulatedVersion = XenVersion(major: 4, minor: 17, extra: ".0-simulated")

    /// The ABIs a Xen 4.x x86_64 host with HVM support lists (XenServer 7.1 reports these five).
    public static let simulatedCapabilities = [
        "xen-3.0-x86_64", "xen-3.0-x86_32p", "hvm-3.0-x86_32", "hvm-3.0-x86_32p", "hvm-3.0-x86_64",
    ]

    /// Xen's first reserved domid (DOMID_FIRST_RESERVED); domids wrap below it.
    static let firstReservedDomid: UInt32 = 0x7ff0

    struct State {
        var domains: [UInt32: SimulatedDomain] = [:]
        var lastDomid: UInt32 = 0
        var calls: [SimulatedXenCall] = []
        var defaultProfile = SimulatedGuestProfile.default
        var profiles: [String: SimulatedGuestProfile] = [:]
    }

    /// How many calls `calls()` keeps.
    public static let callHistory = 20_000

    public let machine: Machine
    /// The xenstored of this host; `openStore()` connects to it.
    public let xenstored: SimulatedXenstored
    let state: Mutex<State>
    private let simulation = Mutex<Simulation?>(nil)

    /// The backend and guest threads, started with the first domain.
    final class Simulation: Sendable {
        let backends: SimulatedBackends
        let guests: SimulatedGuests
        init(backends: SimulatedBackends, guests: SimulatedGuests) {
            self.backends = backends
            self.guests = guests
        }
    }

    public init(machine: Machine = .current()) {
        self.machine = machine
        let pages = machine.totalMemoryKiB / 4
        let dom0Pages = min(Self.dom0MemoryKiB(hostMemoryKiB: machine.totalMemoryKiB) / 4, pages / 2)
        var dom0 = SimulatedDomain(domid: 0, config: DomainCreateConfig(
            handle: Array(repeating: 0, count: 16), flags: [], maxVCPUs: machine.onlineCPUs))
        dom0.vcpus = machine.onlineCPUs
        dom0.onlineVCPUs = Set(0..<machine.onlineCPUs)
        dom0.totalPages = dom0Pages
        dom0.maxPages = dom0Pages
        dom0.image = .pv(kernel: "dom0", ramdisk: nil, cmdline: "")
        dom0.paused = false
        var initial = State()
        initial.domains[0] = dom0
        state = Mutex(initial)
        xenstored = SimulatedXenstored()
        populateDom0(dom0.info)
    }

    deinit {
        if let sim = simulation.withLock({ $0 }) {
            sim.backends.stop()
            sim.guests.stop()
        }
    }

    /// dom0's memory for a host with this much RAM: XenServer's installer default
    /// (xcp-python-libs `xcp/dom0_memory.py`, default_dom0_memory): 752 MiB below 24 GiB,
    /// 2 GiB below 48, 3 GiB below 64, else 4 GiB.
    public static func dom0MemoryKiB(hostMemoryKiB: UInt64) -> UInt64 {
        let gib = (hostMemoryKiB + 256 * 1024) / 1024 / 1024
        switch gib {
        case ..<24: return 752 * 1024
        case ..<48: return 2 * 1024 * 1024
        case ..<64: return 3 * 1024 * 1024
        default: return 4 * 1024 * 1024
        }
    }

    /// A new connection to this host's xenstored, acting for dom0.
    public func openStore() -> SimulatedXenStore { xenstored.connect(domid: 0) }

    private func populateDom0(_ dom0: DomainInfo) {
        let store = xenstored.connect(domid: 0)
        let base = "/local/domain/0"
        let kib = String(dom0.totalPages * 4)
        let writes: [(String, String)] = [
            ("\(base)/domid", "0"),
            ("\(base)/name", "Domain-0"),
            ("\(base)/memory/target", kib),
            ("\(base)/memory/static-max", kib),
        ] + (0..<dom0.vcpus).map { ("\(base)/cpu/\($0)/availability", "online") }
        do {
            for (p, v) in writes { try store.write(p, value: v) }
            for p in ["/tool", "/vm", "/xapi", "/xenops", "/libxl", "\(base)/control", "\(base)/device",
                      "\(base)/backend"] {
                try store.mkdir(p)
            }
        } catch {
            preconditionFailure("populating a fresh simulated xenstore cannot fail: \(error)")
        }
    }

    /// Starts the backend and guest threads if they are not running.
    @discardableResult
    func ensureSimulation() -> Simulation {
        simulation.withLock { sim in
            if let sim { return sim }
            let made = Simulation(backends: SimulatedBackends(xenstored: xenstored),
                                  guests: SimulatedGuests(xen: self))
            sim = made
            return made
        }
    }

    /// Stops the backend and guest threads (they start again with the next domain created).
    /// Running domains stay in the table but their guests and backends no longer react.
    public func stopSimulation() {
        let sim = simulation.withLock { sim -> Simulation? in
            defer { sim = nil }
            return sim
        }
        sim?.backends.stop()
        sim?.guests.stop()
    }

    // MARK: Guest profiles and triggers

    /// What guests of VMs without their own profile do.
    public var defaultGuestProfile: SimulatedGuestProfile {
        get { state.withLock { $0.defaultProfile } }
        set { state.withLock { $0.defaultProfile = newValue } }
    }

    /// Sets (nil: clears) how the guest of the VM with this UUID behaves from its next boot.
    public func setGuestProfile(_ profile: SimulatedGuestProfile?, forVM uuid: String) {
        state.withLock { $0.profiles[uuid.lowercased()] = profile }
    }

    func profile(forVM uuid: String) -> SimulatedGuestProfile {
        state.withLock { $0.profiles[uuid] ?? $0.defaultProfile }
    }

    /// Makes the running guest of `domid` crash, reboot or halt itself, as xenopsd's
    /// DEBUG.trigger does: the guest's SCHEDOP_shutdown with the matching code.
    public func triggerGuest(_ domid: UInt32, _ action: SimulatedGuestAction) throws {
        let reason: ShutdownReason = switch action {
        case .crash: .crash
        case .reboot: .reboot
        case .halt: .poweroff
        }
        try state.withLock { s in
            guard let d = s.domains[domid], domid != 0 else {
                throw XenError(call: "trigger", errno: ESRCH, detail: "domid \(domid)")
            }
            guard d.isRunning else { throw XenError(call: "trigger", errno: EINVAL, detail: "domid \(domid) not running") }
        }
        try guestShutdown(domid, reason: reason)
    }

    // MARK: Call trace

    /// The toolstack's calls so far (oldest first, the last `callHistory`), and the guests'
    /// hypercalls (`SCHEDOP_shutdown`, `VCPUOP_up`, ...), each with its domain.
    public func calls() -> [SimulatedXenCall] { state.withLock { $0.calls } }

    public func resetCalls() { state.withLock { $0.calls.removeAll() } }

    /// The names of the calls made on `domid`, in order.
    public func callNames(domid: UInt32) -> [String] {
        state.withLock { $0.calls.filter { $0.domid == domid }.map(\.call) }
    }

    // MARK: XenControl: host

    public func physinfo() throws -> PhysInfo {
        let (used, outstanding) = state.withLock { s in
            s.domains.values.reduce((UInt64(0), UInt64(0))) { ($0.0 + $1.hostPages, $0.1 + $1.outstandingPages) }
        }
        let total = machine.totalMemoryKiB / 4
        let first = machine.cpus.first
        // A simulated hypervisor can run any guest type, whatever this machine's CPU offers.
        let capabilities: PhysCapabilities = [.hvm, .pv, .hap, .shadow, .grantTableV1, .grantTableV2]
        return PhysInfo(
            threadsPerCore: machine.threadsPerCore, coresPerSocket: machine.coresPerSocket, nrCPUs: machine.onlineCPUs,
            maxCPUID: machine.onlineCPUs - 1, nrNodes: machine.nodes, maxNodeID: machine.nodes - 1,
            cpuKHz: Int((first?.speedMHz ?? 0) * 1000), capabilities: capabilities,
            totalPages: total, freePages: total > used ? total - used : 0, outstandingPages: outstanding,
            maxMFN: total)
    }

    public func domainInfoList(first: UInt32, max: Int) throws -> [DomainInfo] {
        state.withLock { s in
            s.domains.keys.filter { $0 >= first }.sorted().prefix(max).map { s.domains[$0]!.info }
        }
    }

    public func version() throws -> XenVersion { Self.simulatedVersion }

    public func capabilities() throws -> [String] { Self.simulatedCapabilities }

    public func cpuInfo() -> [CPUInfo] { machine.cpus }
}

/// One call the simulated hypervisor received: the libxenctrl/libxenguest function (or, for a
/// guest's own action, the hypercall), the domain, and the arguments that matter.
public struct SimulatedXenCall: Sendable, Hashable, CustomStringConvertible {
    public let call: String
    public let domid: UInt32?
    public let detail: String
    public var description: String {
        "\(call)(\(domid.map { "\($0)" } ?? "-")\(detail.isEmpty ? "" : ", " + detail))"
    }
}
