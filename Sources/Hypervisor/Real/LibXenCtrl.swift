// The XenControl seam over libxenctrl (Xen 4.17: domctl interface 0x15). With LibXenStore, the only
// file that imports a Xen C library. The handle is opened with a logger that drops everything, so
// a failed open prints nothing (xencall otherwise writes to stderr); errors come back as XenError.
import CXenCtrl
import Glibc

public final class LibXenCtrl: XenControl, @unchecked Sendable {
    // Invariant: `xch` is valid from init to deinit. Without XC_OPENFLAG_NON_REENTRANT the
    // handle may be used from several threads at once.
    private let xch: OpaquePointer

    /// Wraps `xc_interface_open`. Fails with ENOENT where there is no Xen.
    public init() throws {
        errno = 0
        guard let h = xc_interface_open(NullLogger.shared, NullLogger.shared, 0) else {
            throw XenError(call: "xc_interface_open", errno: errno == 0 ? ENOENT : errno)
        }
        xch = h
    }

    deinit { xc_interface_close(xch) }

    private func failure(_ call: String, _ detail: String = "") -> XenError {
        XenError(call: call, errno: errno == 0 ? EIO : errno, detail: detail)
    }

    /// Wraps `xc_physinfo`.
    public func physinfo() throws -> PhysInfo {
        var info = xc_physinfo_t()
        errno = 0
        guard xc_physinfo(xch, &info) == 0 else { throw failure("xc_physinfo") }
        let hwCap = withUnsafeBytes(of: info.hw_cap) { Array($0.bindMemory(to: UInt32.self)) }
        return PhysInfo(
            threadsPerCore: Int(info.threads_per_core), coresPerSocket: Int(info.cores_per_socket),
            nrCPUs: Int(info.nr_cpus), maxCPUID: Int(info.max_cpu_id), nrNodes: Int(info.nr_nodes),
            maxNodeID: Int(info.max_node_id), cpuKHz: Int(info.cpu_khz),
            capabilities: PhysCapabilities(rawValue: info.capabilities),
            totalPages: info.total_pages, freePages: info.free_pages, scrubPages: info.scrub_pages,
            outstandingPages: info.outstanding_pages, maxMFN: info.max_mfn, hwCap: hwCap)
    }

    /// Wraps `xc_domain_getinfolist` (never the racy `xc_domain_getinfo`, notes §4).
    public func domainInfoList(first: UInt32, max: Int) throws -> [DomainInfo] {
        guard max > 0 else { return [] }
        var buffer = [xc_domaininfo_t](repeating: xc_domaininfo_t(), count: max)
        errno = 0
        let n = buffer.withUnsafeMutableBufferPointer {
            xc_domain_getinfolist(xch, first, UInt32(max), $0.baseAddress)
        }
        guard n >= 0 else { throw failure("xc_domain_getinfolist", "from domid \(first)") }
        return buffer.prefix(Int(n)).map { d in
            var info = DomainInfo(
                domid: UInt32(d.domain), flags: [], totalPages: d.tot_pages, maxPages: d.max_pages,
                outstandingPages: d.outstanding_pages, sharedPages: d.shr_pages, pagedPages: d.paged_pages,
                cpuTime: d.cpu_time, onlineVCPUs: Int(d.nr_online_vcpus), maxVCPUID: d.max_vcpu_id,
                ssidref: d.ssidref, handle: withUnsafeBytes(of: d.handle) { Array($0) }, cpupool: d.cpupool)
            info.rawFlags = d.flags
            return info
        }
    }

    /// Wraps `xc_version` with XENVER_version and XENVER_extraversion.
    public func version() throws -> XenVersion {
        errno = 0
        let packed = xc_version(xch, XENVER_version, nil)
        guard packed >= 0 else { throw failure("xc_version", "XENVER_version") }
        var extra = [CChar](repeating: 0, count: 16)  // xen_extraversion_t
        guard xc_version(xch, XENVER_extraversion, &extra) == 0 else {
            throw failure("xc_version", "XENVER_extraversion")
        }
        return XenVersion(major: Int(packed >> 16), minor: Int(packed & 0xffff), extra: Self.string(extra))
    }

    /// Wraps `xc_version` with XENVER_capabilities.
    public func capabilities() throws -> [String] {
        var caps = [CChar](repeating: 0, count: 1024)  // xen_capabilities_info_t
        errno = 0
        guard xc_version(xch, XENVER_capabilities, &caps) == 0 else {
            throw failure("xc_version", "XENVER_capabilities")
        }
        return Self.string(caps).split(separator: " ").map(String.init)
    }

    /// dom0's /proc/cpuinfo: under Xen it shows the physical CPUs' identity.
    public func cpuInfo() -> [CPUInfo] { ProcFiles.cpuInfo() }

    // MARK: Domain lifecycle

    private func check(_ rc: Int32, _ call: String, _ domid: UInt32) throws {
        guard rc >= 0 else { throw failure(call, "domid \(domid)") }
    }

    /// Wraps `xc_domain_create` with `*pdomid = 0` (Xen picks the domid).
    public func createDomain(_ config: DomainCreateConfig) throws -> UInt32 {
        var cfg = xen_domctl_createdomain()
        cfg.ssidref = config.ssidref
        withUnsafeMutableBytes(of: &cfg.handle) { raw in
            for (i, b) in config.handle.prefix(raw.count).enumerated() { raw[i] = b }
        }
        cfg.flags = config.flags.rawValue
        cfg.iommu_opts = config.iommuOptions
        cfg.max_vcpus = UInt32(config.maxVCPUs)
        cfg.max_evtchn_port = UInt32(bitPattern: config.maxEventChannelPort)
        cfg.max_grant_frames = config.maxGrantFrames
        cfg.max_maptrack_frames = config.maxMaptrackFrames
        cfg.grant_opts = UInt32(config.maxGrantVersion) & 0xf
        cfg.vmtrace_size = 0
        cfg.cpupool_id = config.cpupool
        cfg.arch.emulation_flags = config.emulationFlags.rawValue
        cfg.arch.misc_flags = config.miscFlags
        var domid: UInt32 = 0
        errno = 0
        guard xc_domain_create(xch, &domid, &cfg) == 0 else { throw failure("xc_domain_create") }
        return domid
    }

    public func setMaxVCPUs(_ domid: UInt32, _ max: Int) throws {
        errno = 0
        try check(xc_domain_max_vcpus(xch, domid, UInt32(max)), "xc_domain_max_vcpus", domid)
    }

    public func setMaxMemory(_ domid: UInt32, kib: UInt64) throws {
        errno = 0
        try check(xc_domain_setmaxmem(xch, domid, kib), "xc_domain_setmaxmem", domid)
    }

    public func setMemmapLimit(_ domid: UInt32, kib: UInt64) throws {
        errno = 0
        try check(xc_domain_set_memmap_limit(xch, domid, UInt(kib)), "xc_domain_set_memmap_limit", domid)
    }

    public func claimPages(_ domid: UInt32, _ pages: UInt64) throws {
        errno = 0
        try check(xc_domain_claim_pages(xch, domid, UInt(pages)), "xc_domain_claim_pages", domid)
    }

    public func allocateUnboundEventChannel(_ domid: UInt32, remote: UInt32) throws -> UInt32 {
        errno = 0
        let port = xc_evtchn_alloc_unbound(xch, domid, remote)
        try check(port, "xc_evtchn_alloc_unbound", domid)
        return UInt32(port)
    }

    public func setHandle(_ domid: UInt32, _ handle: [UInt8]) throws {
        var bytes = Array(handle.prefix(16)) + Array(repeating: 0, count: max(0, 16 - handle.count))
        errno = 0
        let rc = bytes.withUnsafeMutableBufferPointer { xc_domain_sethandle(xch, domid, $0.baseAddress) }
        try check(rc, "xc_domain_sethandle", domid)
    }

    public func pause(_ domid: UInt32) throws {
        errno = 0
        try check(xc_domain_pause(xch, domid), "xc_domain_pause", domid)
    }

    public func unpause(_ domid: UInt32) throws {
        errno = 0
        try check(xc_domain_unpause(xch, domid), "xc_domain_unpause", domid)
    }

    public func shutdown(_ domid: UInt32, reason: ShutdownReason) throws {
        errno = 0
        try check(xc_domain_shutdown(xch, domid, Int32(reason.rawValue)), "xc_domain_shutdown", domid)
    }

    public func destroy(_ domid: UInt32) throws {
        errno = 0
        try check(xc_domain_destroy(xch, domid), "xc_domain_destroy", domid)
    }

    public func vcpuInfo(_ domid: UInt32, vcpu: Int) throws -> VCPUInfo {
        var info = xc_vcpuinfo_t()
        errno = 0
        try check(xc_vcpu_getinfo(xch, domid, UInt32(vcpu), &info), "xc_vcpu_getinfo", domid)
        return VCPUInfo(vcpu: vcpu, online: info.online != 0, blocked: info.blocked != 0, running: info.running != 0,
                        cpuTime: info.cpu_time & ~(UInt64(1) << 63), cpu: Int(info.cpu))
    }

    public func hvmParam(_ domid: UInt32, _ param: HVMParam) throws -> UInt64 {
        var value: UInt64 = 0
        errno = 0
        try check(xc_hvm_param_get(xch, domid, param.rawValue, &value), "xc_hvm_param_get", domid)
        return value
    }

    // MARK: Tuning a built domain

    public func shadowAllocation(_ domid: UInt32) throws -> Int {
        var mb: UInt32 = 0
        errno = 0
        try check(xc_shadow_control(xch, domid, UInt32(XEN_DOMCTL_SHADOW_OP_GET_ALLOCATION), &mb, 0),
                  "xc_shadow_control(GET_ALLOCATION)", domid)
        return Int(mb)
    }

    public func setShadowAllocation(_ domid: UInt32, mib: Int) throws {
        var mb = UInt32(clamping: mib)
        errno = 0
        try check(xc_shadow_control(xch, domid, UInt32(XEN_DOMCTL_SHADOW_OP_SET_ALLOCATION), &mb, 0),
                  "xc_shadow_control(SET_ALLOCATION)", domid)
    }

    public func schedulerCredit(_ domid: UInt32) throws -> SchedulerCredit {
        var sdom = xen_domctl_sched_credit()
        errno = 0
        try check(xc_sched_credit_domain_get(xch, domid, &sdom), "xc_sched_credit_domain_get", domid)
        return SchedulerCredit(weight: Int(sdom.weight), cap: Int(sdom.cap))
    }

    public func setSchedulerCredit(_ domid: UInt32, _ credit: SchedulerCredit) throws {
        guard SchedulerCredit.weights.contains(credit.weight), SchedulerCredit.caps.contains(credit.cap) else {
            throw XenError(call: "xc_sched_credit_domain_set", errno: EINVAL, detail: "domid \(domid)")
        }
        var sdom = xen_domctl_sched_credit(weight: UInt16(credit.weight), cap: UInt16(credit.cap))
        errno = 0
        try check(xc_sched_credit_domain_set(xch, domid, &sdom), "xc_sched_credit_domain_set", domid)
    }

    public func sendTrigger(_ domid: UInt32, _ trigger: DomainTrigger, vcpu: Int) throws {
        errno = 0
        try check(xc_domain_send_trigger(xch, domid, trigger.rawValue, UInt32(clamping: vcpu)),
                  "xc_domain_send_trigger(\(trigger.name))", domid)
    }

    // MARK: Guest images (libxenguest)
    //
    // Not implemented on the real backend yet: the xc_dom_* builder, xc_domain_save/restore and
    // xc_domain_resume live in libxenguest, whose calls take `struct xc_dom_image` and the save/
    // restore callback structs field by field. Those come from xenguest.h, which the CXenCtrl
    // shim does not include or link (Sources/CXenCtrl is outside the Hypervisor module). The
    // follow-up: add `#include <xenguest.h>` and `link "xenguest"` to the shim and fill these in
    // as notes/xen-backend.md §1.3 and §1.6 describe (or drive a helper process instead). Until
    // then they fail with ENOSYS and say why; everything else above them is shared code.

    private func unavailable(_ call: String, _ domid: UInt32) -> XenError {
        XenError(call: call, errno: ENOSYS,
                 detail: "domid \(domid): libxenguest is not linked into this build (see LibXenCtrl.swift)")
    }

    public func build(_ domid: UInt32, _ request: DomainBuildRequest) throws -> DomainBuildResult {
        throw unavailable(request.isHVM ? "xc_dom_boot_image(hvm)" : "xc_dom_boot_image", domid)
    }

    public func saveDomain(_ domid: UInt32, to fd: Int32) throws {
        throw unavailable("xc_domain_save", domid)
    }

    public func restoreDomain(_ domid: UInt32, from fd: Int32, storePort: UInt32, consolePort: UInt32) throws
        -> DomainBuildResult
    {
        throw unavailable("xc_domain_restore", domid)
    }

    public func resumeDomain(_ domid: UInt32, fast: Bool) throws {
        throw unavailable("xc_domain_resume", domid)
    }

    private static func string(_ chars: [CChar]) -> String {
        String(decoding: chars.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A xentoollog logger whose every message is dropped.
private enum NullLogger {
    nonisolated(unsafe) static let shared: UnsafeMutablePointer<xentoollog_logger> = {
        let p = UnsafeMutablePointer<xentoollog_logger>.allocate(capacity: 1)
        p.initialize(to: xentoollog_logger(
            vmessage: { _, _, _, _, _, _ in },
            progress: { _, _, _, _, _, _ in },
            destroy: { _ in }))
        return p
    }()
}
