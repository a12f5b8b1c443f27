// The simulated hypervisor: a domain table holding dom0, with physinfo taken from this machine
// (/proc/meminfo, /proc/cpuinfo, sysconf) so the simulated host looks like the one it runs on,
// and the xenstored that goes with it, /local/domain/0 populated. Later issues add domain
// create/build/pause/shutdown/destroy here (xen-backend.md §5, lessons 1–5).
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

    public let machine: Machine
    /// The xenstored of this host; `openStore()` connects to it.
    public let xenstored: SimulatedXenstored
    private let domains: Mutex<[UInt32: DomainInfo]>

    public init(machine: Machine = .current()) {
        self.machine = machine
        let pages = machine.totalMemoryKiB / 4
        let dom0Pages = Self.dom0MemoryKiB(hostMemoryKiB: machine.totalMemoryKiB) / 4
        let vcpus = machine.onlineCPUs
        let dom0 = DomainInfo(
            domid: 0, flags: [.running], totalPages: min(dom0Pages, pages / 2), maxPages: min(dom0Pages, pages / 2),
            onlineVCPUs: vcpus, maxVCPUID: UInt32(vcpus - 1))
        domains = Mutex([0: dom0])
        xenstored = SimulatedXenstored()
        populateDom0(dom0)
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
            for p in ["/tool", "/vm", "\(base)/control", "\(base)/device", "\(base)/backend"] { try store.mkdir(p) }
        } catch {
            preconditionFailure("populating a fresh simulated xenstore cannot fail: \(error)")
        }
    }

    // MARK: XenControl

    public func physinfo() throws -> PhysInfo {
        let used = domains.withLock { $0.values.reduce(UInt64(0)) { $0 + $1.totalPages } }
        let total = machine.totalMemoryKiB / 4
        let first = machine.cpus.first
        // A simulated hypervisor can run any guest type, whatever this machine's CPU offers.
        let capabilities: PhysCapabilities = [.hvm, .pv, .hap, .shadow, .grantTableV1, .grantTableV2]
        return PhysInfo(
            threadsPerCore: machine.threadsPerCore, coresPerSocket: machine.coresPerSocket, nrCPUs: machine.onlineCPUs,
            maxCPUID: machine.onlineCPUs - 1, nrNodes: machine.nodes, maxNodeID: machine.nodes - 1,
            cpuKHz: Int((first?.speedMHz ?? 0) * 1000), capabilities: capabilities,
            totalPages: total, freePages: total > used ? total - used : 0, maxMFN: total)
    }

    public func domainInfoList(first: UInt32, max: Int) throws -> [DomainInfo] {
        domains.withLock { table in
            Array(table.values.filter { $0.domid >= first }.sorted { $0.domid < $1.domid }.prefix(max))
        }
    }

    public func version() throws -> XenVersion { Self.simulatedVersion }

    public func capabilities() throws -> [String] { Self.simulatedCapabilities }

    public func cpuInfo() -> [CPUInfo] { machine.cpus }
}
