// Host facts as `xc_physinfo` reports them (struct xen_sysctl_physinfo, Xen 4.17 sysctl.h).
// Memory is in 4 KiB pages, as Xen counts it; the byte views multiply by the page size.

public struct PhysInfo: Sendable, Hashable {
    /// Xen's page size on x86.
    public static let pageSize: Int64 = 4096

    public var threadsPerCore: Int
    public var coresPerSocket: Int
    /// Logical CPUs currently online.
    public var nrCPUs: Int
    public var maxCPUID: Int
    public var nrNodes: Int
    public var maxNodeID: Int
    public var cpuKHz: Int
    public var capabilities: PhysCapabilities
    public var totalPages: UInt64
    public var freePages: UInt64
    public var scrubPages: UInt64
    public var outstandingPages: UInt64
    public var maxMFN: UInt64
    /// CPUID feature words (`hw_cap[8]`).
    public var hwCap: [UInt32]

    public init(threadsPerCore: Int, coresPerSocket: Int, nrCPUs: Int, maxCPUID: Int, nrNodes: Int,
                maxNodeID: Int, cpuKHz: Int, capabilities: PhysCapabilities, totalPages: UInt64,
                freePages: UInt64, scrubPages: UInt64 = 0, outstandingPages: UInt64 = 0,
                maxMFN: UInt64 = 0, hwCap: [UInt32] = Array(repeating: 0, count: 8)) {
        self.threadsPerCore = threadsPerCore
        self.coresPerSocket = coresPerSocket
        self.nrCPUs = nrCPUs
        self.maxCPUID = maxCPUID
        self.nrNodes = nrNodes
        self.maxNodeID = maxNodeID
        self.cpuKHz = cpuKHz
        self.capabilities = capabilities
        self.totalPages = totalPages
        self.freePages = freePages
        self.scrubPages = scrubPages
        self.outstandingPages = outstandingPages
        self.maxMFN = maxMFN
        self.hwCap = hwCap
    }

    public var totalMemoryBytes: Int64 { Int64(totalPages) * Self.pageSize }
    public var freeMemoryBytes: Int64 { Int64(freePages) * Self.pageSize }
    /// Sockets, as xapi derives `cpu_info.socket_count` (nr_cpus / (threads × cores)).
    public var socketCount: Int { max(1, nrCPUs / max(1, threadsPerCore * coresPerSocket)) }
}

/// `XEN_SYSCTL_PHYSCAP_*` (Xen 4.17 sysctl.h).
public struct PhysCapabilities: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let hvm = PhysCapabilities(rawValue: 1 << 0)
    public static let pv = PhysCapabilities(rawValue: 1 << 1)
    public static let directIO = PhysCapabilities(rawValue: 1 << 2)
    public static let hap = PhysCapabilities(rawValue: 1 << 3)
    public static let shadow = PhysCapabilities(rawValue: 1 << 4)
    public static let iommuHAPPageTableShare = PhysCapabilities(rawValue: 1 << 5)
    public static let vmtrace = PhysCapabilities(rawValue: 1 << 6)
    public static let vpmu = PhysCapabilities(rawValue: 1 << 7)
    public static let grantTableV1 = PhysCapabilities(rawValue: 1 << 8)
    public static let grantTableV2 = PhysCapabilities(rawValue: 1 << 9)
}
