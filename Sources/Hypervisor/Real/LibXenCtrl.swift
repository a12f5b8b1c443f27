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
