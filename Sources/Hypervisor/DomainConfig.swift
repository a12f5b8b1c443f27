// Value types of the domain-building calls: `struct xen_domctl_createdomain` (Xen 4.17 domctl.h)
// for xc_domain_create, what libxenguest's builder needs (kernel or firmware, memory, the store
// and console event channels) and what it answers (the store and console ring frames), and
// xc_vcpu_getinfo's answer.

/// `XEN_DOMCTL_CDF_*`.
public struct DomainCreateFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let hvm = DomainCreateFlags(rawValue: 1 << 0)
    public static let hap = DomainCreateFlags(rawValue: 1 << 1)
    public static let s3Integrity = DomainCreateFlags(rawValue: 1 << 2)
    public static let oosOff = DomainCreateFlags(rawValue: 1 << 3)
    public static let xenstoreDomain = DomainCreateFlags(rawValue: 1 << 4)
    public static let iommu = DomainCreateFlags(rawValue: 1 << 5)
    public static let nestedVirt = DomainCreateFlags(rawValue: 1 << 6)
    public static let vpmu = DomainCreateFlags(rawValue: 1 << 7)
}

/// `XEN_X86_EMU_*`: which devices Xen emulates for an x86 guest.
public struct X86EmulationFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let lapic = X86EmulationFlags(rawValue: 1 << 0)
    public static let hpet = X86EmulationFlags(rawValue: 1 << 1)
    public static let pm = X86EmulationFlags(rawValue: 1 << 2)
    public static let rtc = X86EmulationFlags(rawValue: 1 << 3)
    public static let ioapic = X86EmulationFlags(rawValue: 1 << 4)
    public static let pic = X86EmulationFlags(rawValue: 1 << 5)
    public static let vga = X86EmulationFlags(rawValue: 1 << 6)
    public static let iommu = X86EmulationFlags(rawValue: 1 << 7)
    public static let pit = X86EmulationFlags(rawValue: 1 << 8)
    public static let usePIRQ = X86EmulationFlags(rawValue: 1 << 9)
    public static let vpci = X86EmulationFlags(rawValue: 1 << 10)

    /// What xenopsd gives an HVM guest: everything but vPCI (`domain_config_of_vm`).
    public static let hvmGuest: X86EmulationFlags = [.lapic, .hpet, .pm, .rtc, .ioapic, .pic, .vga, .iommu, .pit, .usePIRQ]
}

/// `struct xen_domctl_createdomain`.
public struct DomainCreateConfig: Sendable, Hashable {
    public var ssidref: UInt32
    /// The VM's UUID, 16 bytes.
    public var handle: [UInt8]
    public var flags: DomainCreateFlags
    public var iommuOptions: UInt32
    public var maxVCPUs: Int
    /// -1: Xen's default.
    public var maxEventChannelPort: Int32
    /// Negative: Xen's default.
    public var maxGrantFrames: Int32
    public var maxMaptrackFrames: Int32
    /// 1 or 2 (`XEN_DOMCTL_GRANT_version`).
    public var maxGrantVersion: Int
    public var cpupool: UInt32
    public var emulationFlags: X86EmulationFlags
    /// `XEN_X86_MSR_RELAXED` and friends.
    public var miscFlags: UInt32

    public init(ssidref: UInt32 = 0, handle: [UInt8], flags: DomainCreateFlags, iommuOptions: UInt32 = 0,
                maxVCPUs: Int, maxEventChannelPort: Int32 = -1, maxGrantFrames: Int32 = 64,
                maxMaptrackFrames: Int32 = 0, maxGrantVersion: Int = 1, cpupool: UInt32 = 0,
                emulationFlags: X86EmulationFlags = [], miscFlags: UInt32 = 0) {
        self.ssidref = ssidref
        self.handle = handle
        self.flags = flags
        self.iommuOptions = iommuOptions
        self.maxVCPUs = maxVCPUs
        self.maxEventChannelPort = maxEventChannelPort
        self.maxGrantFrames = maxGrantFrames
        self.maxMaptrackFrames = maxMaptrackFrames
        self.maxGrantVersion = maxGrantVersion
        self.cpupool = cpupool
        self.emulationFlags = emulationFlags
        self.miscFlags = miscFlags
    }
}

/// What libxenguest loads into a created domain, and how much memory it populates.
public struct DomainBuildRequest: Sendable, Hashable {
    public enum Image: Sendable, Hashable {
        /// `linux_build`: a PV kernel, its ramdisk and command line.
        case pv(kernel: String, ramdisk: String?, cmdline: String)
        /// `pvh_build`: a PVH kernel (or xen-shim) and modules.
        case pvh(kernel: String, ramdisk: String?, cmdline: String)
        /// `hvm_build`: the firmware (hvmloader) that boots the emulated machine.
        case hvm(firmware: String)
    }

    public var image: Image
    /// `-mem_max_mib`, in KiB.
    public var maxMemoryKiB: UInt64
    /// `-mem_start_mib`, in KiB: what is populated at boot (the initial balloon target).
    public var startMemoryKiB: UInt64
    public var storePort: UInt32
    public var consolePort: UInt32
    public var storeDomid: UInt32
    public var consoleDomid: UInt32

    public init(image: Image, maxMemoryKiB: UInt64, startMemoryKiB: UInt64, storePort: UInt32,
                consolePort: UInt32, storeDomid: UInt32 = 0, consoleDomid: UInt32 = 0) {
        self.image = image
        self.maxMemoryKiB = maxMemoryKiB
        self.startMemoryKiB = startMemoryKiB
        self.storePort = storePort
        self.consolePort = consolePort
        self.storeDomid = storeDomid
        self.consoleDomid = consoleDomid
    }

    public var isHVM: Bool {
        if case .pv = image { return false }
        return true
    }
}

/// The guest frames of the xenstore and console rings: `xenguest`'s `result:<store> <console>`.
public struct DomainBuildResult: Sendable, Hashable {
    public var storeMFN: UInt64
    public var consoleMFN: UInt64
    public init(storeMFN: UInt64, consoleMFN: UInt64) {
        self.storeMFN = storeMFN
        self.consoleMFN = consoleMFN
    }
}

/// `xc_vcpu_getinfo` (struct xen_domctl_getvcpuinfo).
public struct VCPUInfo: Sendable, Hashable {
    public var vcpu: Int
    public var online: Bool
    public var blocked: Bool
    public var running: Bool
    /// Nanoseconds.
    public var cpuTime: UInt64
    /// The physical CPU it last ran on.
    public var cpu: Int

    public init(vcpu: Int, online: Bool, blocked: Bool, running: Bool, cpuTime: UInt64, cpu: Int) {
        self.vcpu = vcpu
        self.online = online
        self.blocked = blocked
        self.running = running
        self.cpuTime = cpuTime
        self.cpu = cpu
    }
}

/// `HVM_PARAM_*` indices (xen/hvm/params.h) the toolstack reads.
public enum HVMParam: UInt32, Sendable, Hashable {
    /// Non-zero once the guest's PV drivers registered their event-channel callback.
    case callbackIRQ = 0
    case storePFN = 1
    case storeEventChannel = 2
    case consolePFN = 17
    case consoleEventChannel = 18
}

/// The 16 handle bytes of a UUID text (`8-4-4-4-12`), or nil when it is not one.
public func uuidBytes(_ uuid: String) -> [UInt8]? {
    let hex = uuid.utf8.filter { $0 != UInt8(ascii: "-") }
    guard hex.count == 32, uuid.utf8.count == 36 else { return nil }
    var out: [UInt8] = []
    var high: UInt8?
    for c in hex {
        let v: UInt8
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): v = c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): v = c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): v = c - UInt8(ascii: "A") + 10
        default: return nil
        }
        if let h = high {
            out.append(h << 4 | v)
            high = nil
        } else {
            high = v
        }
    }
    return out
}
