// One domain as `xc_domain_getinfolist` reports it (struct xen_domctl_getdomaininfo, Xen 4.17
// domctl.h). `rawFlags` keeps Xen's word: state bits 0–8, guest shutdown code in bits 16–23.

public struct DomainInfo: Sendable, Hashable {
    public var domid: UInt32
    public var rawFlags: UInt32
    public var totalPages: UInt64
    public var maxPages: UInt64
    public var outstandingPages: UInt64
    public var sharedPages: UInt64
    public var pagedPages: UInt64
    /// Nanoseconds of CPU time used.
    public var cpuTime: UInt64
    public var onlineVCPUs: Int
    /// `XEN_INVALID_MAX_VCPU_ID` (all ones) when the domain has no vCPUs.
    public var maxVCPUID: UInt32
    public var ssidref: UInt32
    /// The 16-byte domain handle: the VM's UUID.
    public var handle: [UInt8]
    public var cpupool: UInt32

    public init(domid: UInt32, flags: DomainFlags, shutdownCode: UInt8 = 0, totalPages: UInt64,
                maxPages: UInt64, outstandingPages: UInt64 = 0, sharedPages: UInt64 = 0,
                pagedPages: UInt64 = 0, cpuTime: UInt64 = 0, onlineVCPUs: Int, maxVCPUID: UInt32,
                ssidref: UInt32 = 0, handle: [UInt8] = Array(repeating: 0, count: 16),
                cpupool: UInt32 = 0) {
        self.domid = domid
        self.rawFlags = flags.rawValue | (UInt32(shutdownCode) << Self.shutdownShift)
        self.totalPages = totalPages
        self.maxPages = maxPages
        self.outstandingPages = outstandingPages
        self.sharedPages = sharedPages
        self.pagedPages = pagedPages
        self.cpuTime = cpuTime
        self.onlineVCPUs = onlineVCPUs
        self.maxVCPUID = maxVCPUID
        self.ssidref = ssidref
        self.handle = handle
        self.cpupool = cpupool
    }

    /// `XEN_DOMINF_shutdownshift`.
    static let shutdownShift: UInt32 = 16

    public var flags: DomainFlags { DomainFlags(rawValue: rawFlags & 0xffff) }
    /// The guest-supplied code, meaningful once `flags` contains `.shutdown`.
    public var shutdownCode: UInt8 { UInt8((rawFlags >> Self.shutdownShift) & 0xff) }
    public var shutdownReason: ShutdownReason? {
        flags.contains(.shutdown) ? ShutdownReason(rawValue: shutdownCode) : nil
    }

    public var isDying: Bool { flags.contains(.dying) }
    public var isShutdown: Bool { flags.contains(.shutdown) }
    public var isPaused: Bool { flags.contains(.paused) }
    public var isRunning: Bool { flags.contains(.running) }
    public var isHVM: Bool { flags.contains(.hvmGuest) }

    public var memoryBytes: Int64 { Int64(totalPages) * PhysInfo.pageSize }
    public var maxMemoryBytes: Int64 {
        // dom0 without a limit reports a page count that does not fit a byte count.
        maxPages >= UInt64(Int64.max) / UInt64(PhysInfo.pageSize) ? Int64.max : Int64(maxPages) * PhysInfo.pageSize
    }
    /// vCPUs allocated (max_vcpu_id + 1).
    public var vcpus: Int { maxVCPUID == UInt32.max ? 0 : Int(maxVCPUID) + 1 }

    /// The handle as UUID text (`8-4-4-4-12`, lower-case).
    public var uuid: String {
        let hex = Array("0123456789abcdef")
        var out = ""
        for (i, b) in handle.prefix(16).enumerated() {
            if i == 4 || i == 6 || i == 8 || i == 10 { out.append("-") }
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 0xf)])
        }
        return out
    }
}

/// `XEN_DOMINF_*` state bits.
public struct DomainFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let dying = DomainFlags(rawValue: 1 << 0)
    public static let hvmGuest = DomainFlags(rawValue: 1 << 1)
    public static let shutdown = DomainFlags(rawValue: 1 << 2)
    public static let paused = DomainFlags(rawValue: 1 << 3)
    public static let blocked = DomainFlags(rawValue: 1 << 4)
    public static let running = DomainFlags(rawValue: 1 << 5)
    public static let debugged = DomainFlags(rawValue: 1 << 6)
    public static let xenstoreDomain = DomainFlags(rawValue: 1 << 7)
    public static let hap = DomainFlags(rawValue: 1 << 8)
}

/// `SHUTDOWN_*` (xen/sched.h), the code a guest gives when it shuts down.
public enum ShutdownReason: UInt8, Sendable, Hashable, CaseIterable {
    case poweroff = 0
    case reboot = 1
    case suspend = 2
    case crash = 3
    case watchdog = 4
    case softReset = 5
}
