// The libxenctrl/libxenguest seam: one method per xc_* call the toolstack makes. Implemented by
// LibXenCtrl (Real/) and SimulatedXen (Simulated/); the domain and device logic above (Domains/,
// Devices/) uses only this and XenStore. Domain ids are Xen's; memory is in KiB or pages as the
// C calls take it. Errors are XenError with the C call's name and errno (ENOMEM when memory does
// not fit, ESRCH for a missing domain, EINVAL for a call in the wrong state).

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

    // MARK: Domain lifecycle (libxenctrl)

    /// A new, paused, empty domain; Xen picks the domid. Wraps `xc_domain_create`.
    func createDomain(_ config: DomainCreateConfig) throws -> UInt32
    /// Allocates the domain's vCPUs (once, before the build). Wraps `xc_domain_max_vcpus`.
    func setMaxVCPUs(_ domid: UInt32, _ max: Int) throws
    /// The most memory the domain may hold. Wraps `xc_domain_setmaxmem`.
    func setMaxMemory(_ domid: UInt32, kib: UInt64) throws
    /// PV guests: the top of the guest's memory map. Wraps `xc_domain_set_memmap_limit`.
    func setMemmapLimit(_ domid: UInt32, kib: UInt64) throws
    /// Sets aside `pages` of free memory for the domain's build, failing with ENOMEM at once
    /// when the host cannot provide them; 0 cancels the claim. Wraps `xc_domain_claim_pages`.
    func claimPages(_ domid: UInt32, _ pages: UInt64) throws
    /// An event channel in `domid` that `remote` may bind. Wraps `xc_evtchn_alloc_unbound`.
    func allocateUnboundEventChannel(_ domid: UInt32, remote: UInt32) throws -> UInt32
    /// Replaces the domain handle (xenopsd moves a dying domain's UUID out of the way).
    /// Wraps `xc_domain_sethandle`.
    func setHandle(_ domid: UInt32, _ handle: [UInt8]) throws
    /// Wraps `xc_domain_pause`.
    func pause(_ domid: UInt32) throws
    /// Wraps `xc_domain_unpause`.
    func unpause(_ domid: UInt32) throws
    /// Shuts the domain down at once with `reason`, as if the guest had. Wraps `xc_domain_shutdown`.
    func shutdown(_ domid: UInt32, reason: ShutdownReason) throws
    /// Frees the domain and everything it holds. Wraps `xc_domain_destroy`.
    func destroy(_ domid: UInt32) throws
    /// Wraps `xc_vcpu_getinfo`.
    func vcpuInfo(_ domid: UInt32, vcpu: Int) throws -> VCPUInfo
    /// Wraps `xc_hvm_param_get`.
    func hvmParam(_ domid: UInt32, _ param: HVMParam) throws -> UInt64

    // MARK: Tuning a built domain (libxenctrl)

    /// The domain's shadow (HAP: paging) memory pool in MiB, taken from the host's free memory.
    /// Wraps `xc_shadow_control(XEN_DOMCTL_SHADOW_OP_GET_ALLOCATION)`.
    func shadowAllocation(_ domid: UInt32) throws -> Int
    /// Resizes that pool (ENOMEM when the host cannot provide the growth).
    /// Wraps `xc_shadow_control(XEN_DOMCTL_SHADOW_OP_SET_ALLOCATION)`.
    func setShadowAllocation(_ domid: UInt32, mib: Int) throws
    /// Wraps `xc_sched_credit_domain_get`.
    func schedulerCredit(_ domid: UInt32) throws -> SchedulerCredit
    /// Wraps `xc_sched_credit_domain_set` (EINVAL for a weight or cap out of range).
    func setSchedulerCredit(_ domid: UInt32, _ credit: SchedulerCredit) throws
    /// Injects an NMI or an ACPI button press on `vcpu`. Wraps `xc_domain_send_trigger`.
    func sendTrigger(_ domid: UInt32, _ trigger: DomainTrigger, vcpu: Int) throws

    // MARK: Guest images (libxenguest)

    /// Loads the kernel or firmware and populates the domain's memory
    /// (`xc_dom_allocate` … `xc_dom_boot_image`, `xc_dom_gnttab_init`; HVM: the hvmloader build).
    /// The domain must have its vCPUs and max memory set; ENOMEM when memory does not fit.
    func build(_ domid: UInt32, _ request: DomainBuildRequest) throws -> DomainBuildResult
    /// Streams the memory image of a domain that has shut down for suspend to `fd`
    /// (`xc_domain_save`, non-live).
    func saveDomain(_ domid: UInt32, to fd: Int32) throws
    /// Reads an image written by `saveDomain` from `fd` into a created domain (vCPUs and max
    /// memory set, not built), leaving it paused. Wraps `xc_domain_restore`.
    func restoreDomain(_ domid: UInt32, from fd: Int32, storePort: UInt32, consolePort: UInt32) throws
        -> DomainBuildResult
    /// Resumes a domain whose suspend was cancelled, in place. Wraps `xc_domain_resume`.
    func resumeDomain(_ domid: UInt32, fast: Bool) throws
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
