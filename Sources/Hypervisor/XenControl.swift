// The libxenctrl seam: one method per xc_* call the toolstack makes. Implemented by LibXenCtrl
// (Real/) and SimulatedXen (Simulated/); the domain and device logic above uses only this.
// Later issues add create, max_vcpus, setmaxmem, pause/unpause, shutdown, destroy, ... (xen-backend.md §7).

public protocol XenControl: Sendable {
    /// Host CPU and memory facts. Wraps `xc_physinfo`.
    func physinfo() throws -> PhysInfo
    /// Up to `max` domains whose domid is at least `first`, in domid order.
    /// Wraps `xc_domain_getinfolist`.
    func domainInfoList(first: UInt32, max: Int) throws -> [DomainInfo]
    /// Wraps `xc_version(XENVER_version)` and `xc_version(XENVER_extraversion)`.
    func version() throws -> XenVersion
    /// The guest ABIs the hypervisor runs (`xen-3.0-x86_64`, `hvm-3.0-x86_32p`, ...), which xapi
    /// reports as `host.capabilities`. Wraps `xc_version(XENVER_capabilities)`.
    func capabilities() throws -> [String]
    /// Identity of each logical CPU (from dom0's /proc/cpuinfo on both backends).
    func cpuInfo() -> [CPUInfo]
}

extension XenControl {
    /// Every domain. Pages through `domainInfoList(first:max:)` as the OCaml binding does.
    public func domainInfoList() throws -> [DomainInfo] {
        var all: [DomainInfo] = []
        var next: UInt32 = 0
        let chunk = 256
        while true {
            let page = try domainInfoList(first: next, max: chunk)
            all.append(contentsOf: page)
            guard page.count == chunk, let last = page.last else { return all }
            next = last.domid + 1
        }
    }

    /// One domain, or nil when it does not exist. `xc_domain_getinfolist(domid, 1)` answers with
    /// the next domain at or above `domid`, so the domid must be checked (notes §4).
    public func domainInfo(_ domid: UInt32) throws -> DomainInfo? {
        try domainInfoList(first: domid, max: 1).first { $0.domid == domid }
    }
}
