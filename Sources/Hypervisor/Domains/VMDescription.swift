// What the API layer hands the domain layer to start a VM: plain values taken from the VM record
// and its VBDs/VIFs after storage and network are resolved. Memory is in bytes, as xapi keeps it.

public struct VMDescription: Sendable, Hashable {
    public struct Memory: Sendable, Hashable {
        public var staticMin: Int64
        public var staticMax: Int64
        public var dynamicMin: Int64
        public var dynamicMax: Int64
        /// The initial balloon target; nil: dynamic max (what squeezed grants on an idle host).
        public var target: Int64?

        public init(staticMin: Int64, staticMax: Int64, dynamicMin: Int64, dynamicMax: Int64, target: Int64? = nil) {
            self.staticMin = staticMin
            self.staticMax = staticMax
            self.dynamicMin = dynamicMin
            self.dynamicMax = dynamicMax
            self.target = target
        }

        /// All four limits the same.
        public static func fixed(_ bytes: Int64) -> Memory {
            Memory(staticMin: bytes, staticMax: bytes, dynamicMin: bytes, dynamicMax: bytes)
        }

        public var initialTarget: Int64 { min(max(target ?? dynamicMax, dynamicMin), dynamicMax) }
    }

    public struct PVBoot: Sendable, Hashable {
        /// Kernel and ramdisk paths in dom0; empty when a bootloader finds them on the boot disk.
        public var kernel: String
        public var ramdisk: String
        public var args: String
        /// `pygrub`, `eliloader` or empty (VM.PV_bootloader).
        public var bootloader: String
        public var bootloaderArgs: String

        public init(kernel: String = "", ramdisk: String = "", args: String = "", bootloader: String = "",
                    bootloaderArgs: String = "") {
            self.kernel = kernel
            self.ramdisk = ramdisk
            self.args = args
            self.bootloader = bootloader
            self.bootloaderArgs = bootloaderArgs
        }
    }

    public struct HVMBoot: Sendable, Hashable {
        public enum Firmware: String, Sendable, Hashable {
            case bios
            case uefi
        }

        /// HVM_boot_params["order"]: `c` disk, `d` CD, `n` network (e.g. `cdn`).
        public var bootOrder: String
        public var firmware: Firmware
        public var shadowMultiplier: Double

        public init(bootOrder: String = "cd", firmware: Firmware = .bios, shadowMultiplier: Double = 1) {
            self.bootOrder = bootOrder
            self.firmware = firmware
            self.shadowMultiplier = shadowMultiplier
        }
    }

    public enum Boot: Sendable, Hashable {
        case pv(PVBoot)
        case pvh(PVBoot)
        case hvm(HVMBoot)

        var domainType: String {
            switch self {
            case .pv: "pv"
            case .pvh: "pvh"
            case .hvm: "hvm"
            }
        }

        /// The shadow multiplier the domain is built with (1 but for HVM guests).
        var shadowMultiplier: Double {
            if case .hvm(let h) = self { return h.shadowMultiplier }
            return 1
        }

        /// HVM from Xen's point of view (PVH too).
        var isHVMContainer: Bool {
            if case .pv = self { return false }
            return true
        }
    }

    public var uuid: String
    public var name: String
    public var memory: Memory
    public var vcpusMax: Int
    public var vcpusAtStartup: Int
    public var boot: Boot
    /// VM.platform: written under `platform/`; `hap`, `nested-virt`, `vpmu`, `max_grant_frames`,
    /// `timeoffset` and `msr-relaxed` also shape the domain.
    public var platform: [String: String]
    /// VM.xenstore_data: only `vm-data/...` (and `FIST/...`) keys reach the guest.
    public var xenstoreData: [String: String]
    public var biosStrings: [String: String]
    public var hasVendorDevice: Bool
    public var ssidref: UInt32
    public var disks: [DiskDevice]
    public var nics: [NetworkDevice]
    /// The credit-scheduler share the build gives the domain (xenguest's vcpu/weight and
    /// vcpu/cap); nil leaves Xen's default.
    public var scheduler: SchedulerCredit?

    public init(uuid: String, name: String, memory: Memory, vcpusMax: Int, vcpusAtStartup: Int, boot: Boot,
                platform: [String: String] = [:], xenstoreData: [String: String] = [:],
                biosStrings: [String: String] = [:], hasVendorDevice: Bool = false, ssidref: UInt32 = 0,
                disks: [DiskDevice] = [], nics: [NetworkDevice] = [], scheduler: SchedulerCredit? = nil) {
        self.uuid = uuid
        self.name = name
        self.memory = memory
        self.vcpusMax = vcpusMax
        self.vcpusAtStartup = vcpusAtStartup
        self.boot = boot
        self.platform = platform
        self.xenstoreData = xenstoreData
        self.biosStrings = biosStrings
        self.hasVendorDevice = hasVendorDevice
        self.ssidref = ssidref
        self.disks = disks
        self.nics = nics
        self.scheduler = scheduler
    }

    public var isHVM: Bool {
        if case .hvm = boot { return true }
        return false
    }

    /// The prefixes of xenstore_data keys written for the guest (`Domain.allowed_xsdata_prefixes`).
    public static let xenstoreDataPrefixes = ["vm-data", "FIST"]

    /// `filtered_xsdata`: the entries under an allowed prefix, sorted by key.
    public var filteredXenstoreData: [(String, String)] {
        xenstoreData.filter { key, _ in Self.xenstoreDataPrefixes.contains { key.hasPrefix($0 + "/") } }
            .sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The checks xapi and xenopsd make before building: the memory limits in order, vCPU counts,
    /// a UUID, distinct disk positions and VIF devices.
    public func validate() throws {
        func fail(_ why: String) -> HypervisorError { .invalidConfiguration(why) }
        guard uuidBytes(uuid) != nil else { throw fail("VM uuid \(uuid)") }
        let m = memory
        guard m.staticMin <= m.dynamicMin, m.dynamicMin <= m.dynamicMax, m.dynamicMax <= m.staticMax, m.staticMin >= 0,
              m.dynamicMax > 0 else {
            throw fail("memory limits must satisfy static_min ≤ dynamic_min ≤ dynamic_max ≤ static_max")
        }
        guard vcpusMax >= 1, vcpusAtStartup >= 1, vcpusAtStartup <= vcpusMax else {
            throw fail("VCPUs_at_startup must be between 1 and VCPUs_max")
        }
        guard Set(disks.map(\.userdevice)).count == disks.count else { throw fail("two disks at one position") }
        guard Set(nics.map(\.devid)).count == nics.count else { throw fail("two VIFs with one device number") }
        if case .pv(let b) = boot, b.kernel.isEmpty, b.bootloader.isEmpty {
            throw fail("a PV VM needs a kernel or a bootloader")
        }
    }
}
