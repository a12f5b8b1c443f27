// The simulated hypervisor's domain calls: what libxenctrl and libxenguest do to Xen's domain
// table, with Xen's errors (ESRCH: no such domain; EINVAL: wrong state or argument; ENOMEM: the
// memory is not there). Memory comes from the host's free pages: a claim sets pages aside, the
// build populates the start memory (from the claim first), destroy gives everything back.
import Glibc

extension SimulatedXen {
    static func error(_ call: String, _ errno: Int32, _ domid: UInt32, _ why: String = "") -> XenError {
        XenError(call: call, errno: errno, detail: "domid \(domid)" + (why.isEmpty ? "" : ": " + why))
    }

    /// Runs `body` on the domain (not dom0 unless `dom0Allowed`), recording the call; the
    /// domain's changes are kept only if `body` returns.
    @discardableResult
    func onDomain<T>(_ call: String, _ domid: UInt32, _ detail: String = "", dom0Allowed: Bool = false,
                     _ body: (inout SimulatedDomain, inout State) throws -> T) throws -> T {
        try state.withLock { s in
            s.record(call, domid, detail)
            guard var d = s.domains[domid] else { throw Self.error(call, ESRCH, domid) }
            guard dom0Allowed || domid != 0 else { throw Self.error(call, EPERM, domid, "dom0") }
            let result = try body(&d, &s)
            s.domains[domid] = d
            return result
        }
    }

    public func createDomain(_ config: DomainCreateConfig) throws -> UInt32 {
        ensureSimulation()
        return try state.withLock { s in
            let detail = "handle=\(uuidText(config.handle)) flags=\(config.flags.rawValue) max_vcpus=\(config.maxVCPUs)"
            guard config.handle.count == 16, config.maxVCPUs >= 1, config.maxVCPUs <= 128 else {
                s.record("xc_domain_create", nil, detail)
                throw XenError(call: "xc_domain_create", errno: EINVAL, detail: detail)
            }
            var domid = s.lastDomid
            repeat {
                domid = domid + 1 >= Self.firstReservedDomid ? 1 : domid + 1
            } while s.domains[domid] != nil && domid != s.lastDomid
            guard s.domains[domid] == nil else {
                throw XenError(call: "xc_domain_create", errno: ENOSPC, detail: "no free domid")
            }
            s.lastDomid = domid
            s.domains[domid] = SimulatedDomain(domid: domid, config: config)
            s.record("xc_domain_create", domid, detail)
            return domid
        }
    }

    public func setMaxVCPUs(_ domid: UInt32, _ max: Int) throws {
        try onDomain("xc_domain_max_vcpus", domid, "\(max)") { d, _ in
            guard max >= 1, max <= d.config.maxVCPUs else {
                throw Self.error("xc_domain_max_vcpus", EINVAL, domid, "\(max) > max_vcpus \(d.config.maxVCPUs)")
            }
            guard d.vcpus == 0 || d.vcpus == max else {
                throw Self.error("xc_domain_max_vcpus", EINVAL, domid, "vCPUs already allocated")
            }
            d.vcpus = max
        }
    }

    public func setMaxMemory(_ domid: UInt32, kib: UInt64) throws {
        try onDomain("xc_domain_setmaxmem", domid, "\(kib) KiB") { d, _ in d.maxPages = (kib + 3) / 4 }
    }

    public func setMemmapLimit(_ domid: UInt32, kib: UInt64) throws {
        try onDomain("xc_domain_set_memmap_limit", domid, "\(kib) KiB") { d, _ in
            guard !d.isHVM else { throw Self.error("xc_domain_set_memmap_limit", EINVAL, domid, "HVM") }
            d.memmapLimitKiB = kib
        }
    }

    public func claimPages(_ domid: UInt32, _ pages: UInt64) throws {
        let total = machine.totalMemoryKiB / 4
        try onDomain("xc_domain_claim_pages", domid, "\(pages) pages") { d, s in
            guard pages > 0 else {
                d.outstandingPages = 0
                return
            }
            guard d.outstandingPages == 0 else {
                throw Self.error("xc_domain_claim_pages", EINVAL, domid, "a claim is already in place")
            }
            let needed = pages > d.totalPages ? pages - d.totalPages : 0
            let available = s.unclaimedFreePages(total: total)
            guard needed <= available else {
                throw Self.error("xc_domain_claim_pages", ENOMEM, domid, "\(needed) pages claimed, \(available) free")
            }
            d.outstandingPages = needed
        }
    }

    public func allocateUnboundEventChannel(_ domid: UInt32, remote: UInt32) throws -> UInt32 {
        try onDomain("xc_evtchn_alloc_unbound", domid, "remote \(remote)") { d, _ in
            defer { d.nextPort += 1 }
            return d.nextPort
        }
    }

    public func setHandle(_ domid: UInt32, _ handle: [UInt8]) throws {
        try onDomain("xc_domain_sethandle", domid, uuidText(handle)) { d, _ in
            guard handle.count == 16 else { throw Self.error("xc_domain_sethandle", EINVAL, domid) }
            d.handle = handle
        }
    }

    public func pause(_ domid: UInt32) throws {
        try onDomain("xc_domain_pause", domid) { d, _ in
            // Xen pauses anything; the simulator keeps xenopsd's rule that only a built domain
            // may be paused or unpaused (Domain_not_built), so the shared code must check it.
            guard d.isBuilt else { throw Self.error("xc_domain_pause", EINVAL, domid, "not built") }
            d.accountCPU()
            d.paused = true
            d.accountCPU()
        }
        kickGuest(domid)
    }

    public func unpause(_ domid: UInt32) throws {
        try onDomain("xc_domain_unpause", domid) { d, _ in
            guard d.isBuilt else { throw Self.error("xc_domain_unpause", EINVAL, domid, "not built") }
            d.accountCPU()
            d.paused = false
            d.accountCPU()
        }
        kickGuest(domid)
    }

    public func shutdown(_ domid: UInt32, reason: ShutdownReason) throws {
        try shutdown(domid, reason: reason, call: "xc_domain_shutdown")
    }

    /// A shutdown by the toolstack or by the guest itself: the first code sticks (Xen ignores a
    /// second shutdown of a domain shutting down), the vCPUs stop, and xenstored hears of it.
    func shutdown(_ domid: UInt32, reason: ShutdownReason, call: String) throws {
        let fresh = try onDomain(call, domid, "\(reason)") { d, _ -> Bool in
            guard d.shutdownReason == nil else { return false }
            d.accountCPU()
            d.shutdownReason = reason
            d.accountCPU()
            return true
        }
        if fresh {
            xenstored.domainException(domid, exists: true, shutdown: true)
            kickGuest(domid)
        }
    }

    public func destroy(_ domid: UInt32) throws {
        try state.withLock { s in
            s.record("xc_domain_destroy", domid, "")
            guard s.domains[domid] != nil else { throw Self.error("xc_domain_destroy", ESRCH, domid) }
            guard domid != 0 else { throw Self.error("xc_domain_destroy", EPERM, domid, "dom0") }
            s.domains[domid] = nil
        }
        xenstored.domainException(domid, exists: false, shutdown: true)
        kickGuest(domid)
    }

    public func vcpuInfo(_ domid: UInt32, vcpu: Int) throws -> VCPUInfo {
        let nrCPUs = machine.onlineCPUs
        return try state.withLock { s in
            guard let d = s.domains[domid] else { throw Self.error("xc_vcpu_getinfo", ESRCH, domid) }
            guard vcpu >= 0, vcpu < d.vcpus else { throw Self.error("xc_vcpu_getinfo", EINVAL, domid, "vcpu \(vcpu)") }
            let online = d.onlineVCPUs.contains(vcpu)
            let share = online ? d.cpuTime() / UInt64(max(1, d.onlineVCPUs.count)) : 0
            return VCPUInfo(vcpu: vcpu, online: online, blocked: online && !d.isRunning, running: online && d.isRunning,
                            cpuTime: share, cpu: vcpu % max(1, nrCPUs))
        }
    }

    public func hvmParam(_ domid: UInt32, _ param: HVMParam) throws -> UInt64 {
        try state.withLock { s in
            guard let d = s.domains[domid] else { throw Self.error("xc_hvm_param_get", ESRCH, domid) }
            guard d.isHVM else { throw Self.error("xc_hvm_param_get", EINVAL, domid, "not HVM") }
            return d.hvmParams[param.rawValue] ?? 0
        }
    }

    // MARK: libxenguest

    public func build(_ domid: UInt32, _ request: DomainBuildRequest) throws -> DomainBuildResult {
        let total = machine.totalMemoryKiB / 4
        let detail: String = switch request.image {
        case .pv(let k, let r, let c): "linux_build kernel=\(k) ramdisk=\(r ?? "") cmdline=\(c)"
        case .pvh(let k, let r, let c): "pvh_build kernel=\(k) ramdisk=\(r ?? "") cmdline=\(c)"
        case .hvm(let f): "hvm_build image=\(f)"
        }
        let result = try onDomain("xc_dom_boot_image", domid,
                                  detail + " mem_max=\(request.maxMemoryKiB) mem_start=\(request.startMemoryKiB)") { d, s in
            guard !d.isBuilt else { throw Self.error("xc_dom_boot_image", EEXIST, domid, "already built") }
            guard d.vcpus > 0 else { throw Self.error("xc_dom_boot_image", EINVAL, domid, "no vCPUs") }
            guard request.isHVM == d.isHVM else {
                throw Self.error("xc_dom_boot_image", EINVAL, domid, "image type does not match the domain")
            }
            let pages = (request.startMemoryKiB + 3) / 4
            try s.populate(&d, pages: pages, total: total, call: "xc_dom_boot_image")
            d.image = request.image
            d.onlineVCPUs = [0]
            return s.finishBuild(&d, storePort: request.storePort, consolePort: request.consolePort)
        }
        kickGuest(domid)
        return result
    }

    public func saveDomain(_ domid: UInt32, to fd: Int32) throws {
        let image = try onDomain("xc_domain_save", domid, "fd \(fd)") { d, _ -> SimulatedSaveImage in
            guard d.shutdownReason == .suspend else {
                throw Self.error("xc_domain_save", EINVAL, domid, "the domain has not suspended")
            }
            return SimulatedSaveImage(domain: d)
        }
        try image.write(to: fd)
    }

    public func restoreDomain(_ domid: UInt32, from fd: Int32, storePort: UInt32, consolePort: UInt32) throws
        -> DomainBuildResult
    {
        let image = try SimulatedSaveImage.read(from: fd)
        let total = machine.totalMemoryKiB / 4
        let result = try onDomain("xc_domain_restore", domid, "fd \(fd) pages=\(image.totalPages)") { d, s in
            guard !d.isBuilt else { throw Self.error("xc_domain_restore", EEXIST, domid, "already built") }
            guard d.vcpus > 0 else { throw Self.error("xc_domain_restore", EINVAL, domid, "no vCPUs") }
            guard image.hvm == d.isHVM else {
                throw Self.error("xc_domain_restore", EINVAL, domid, "image type does not match the domain")
            }
            try s.populate(&d, pages: image.totalPages, total: total, call: "xc_domain_restore")
            d.image = image.image
            d.onlineVCPUs = image.onlineVCPUs.filter { $0 < d.vcpus }.union([0])
            d.restored = true
            d.guestMemory = image.guestMemory
            d.cpuTimeNanoseconds = image.cpuTimeNanoseconds
            for (k, v) in image.hvmParams where k == HVMParam.callbackIRQ.rawValue { d.hvmParams[k] = v }
            return s.finishBuild(&d, storePort: storePort, consolePort: consolePort)
        }
        kickGuest(domid)
        return result
    }

    public func resumeDomain(_ domid: UInt32, fast: Bool) throws {
        try onDomain("xc_domain_resume", domid, fast ? "fast" : "slow") { d, _ in
            guard d.shutdownReason == .suspend else {
                throw Self.error("xc_domain_resume", EINVAL, domid, "the domain has not suspended")
            }
            d.shutdownReason = nil
            d.accountCPU()
        }
        xenstored.domainException(domid, exists: true, shutdown: false)
        kickGuest(domid)
    }

    // MARK: The guest's side (hypercalls a guest kernel makes)

    /// What the guest thread may know about its domain: whether its vCPUs are scheduled.
    struct GuestView {
        let domid: UInt32
        let uuid: String
        let isHVM: Bool
        let isBuilt: Bool
        let isRunning: Bool
        let shutdownReason: ShutdownReason?
        let restored: Bool
        let guestMemory: [String: String]
        let totalPages: UInt64
        let maxPages: UInt64
        let vcpus: Int
        let onlineVCPUs: Set<Int>
    }

    func guestView(_ domid: UInt32) -> GuestView? {
        state.withLock { s in
            guard domid != 0, let d = s.domains[domid] else { return nil }
            return GuestView(domid: domid, uuid: uuidText(d.config.handle), isHVM: d.isHVM, isBuilt: d.isBuilt,
                             isRunning: d.isRunning, shutdownReason: d.shutdownReason, restored: d.restored,
                             guestMemory: d.guestMemory, totalPages: d.totalPages, maxPages: d.maxPages,
                             vcpus: d.vcpus, onlineVCPUs: d.onlineVCPUs)
        }
    }

    /// SCHEDOP_shutdown.
    func guestShutdown(_ domid: UInt32, reason: ShutdownReason) throws {
        try shutdown(domid, reason: reason, call: "SCHEDOP_shutdown")
    }

    /// VCPUOP_up / VCPUOP_down.
    func guestSetVCPU(_ domid: UInt32, _ vcpu: Int, online: Bool) throws {
        try onDomain(online ? "VCPUOP_up" : "VCPUOP_down", domid, "vcpu \(vcpu)") { d, _ in
            guard d.isRunning, vcpu >= 0, vcpu < d.vcpus, vcpu != 0 || online else {
                throw Self.error("VCPUOP", EINVAL, domid, "vcpu \(vcpu)")
            }
            d.accountCPU()
            if online { d.onlineVCPUs.insert(vcpu) } else { d.onlineVCPUs.remove(vcpu) }
        }
    }

    /// XENMEM_increase_reservation / XENMEM_decrease_reservation towards `pages`, within the
    /// domain's maximum and the host's free memory. Returns the pages the domain now holds.
    @discardableResult
    func guestBalloon(_ domid: UInt32, toPages pages: UInt64) throws -> UInt64 {
        let total = machine.totalMemoryKiB / 4
        return try state.withLock { s in
            guard var d = s.domains[domid], d.isRunning else {
                throw Self.error("XENMEM_reservation", EINVAL, domid)
            }
            let goal = min(pages, d.maxPages)
            if goal > d.totalPages {
                let grow = min(goal - d.totalPages, s.unclaimedFreePages(total: total))
                if grow > 0 {
                    d.totalPages += grow
                    s.record("XENMEM_increase_reservation", domid, "\(grow) pages")
                }
            } else if goal < d.totalPages {
                s.record("XENMEM_decrease_reservation", domid, "\(d.totalPages - goal) pages")
                d.totalPages = goal
            }
            s.domains[domid] = d
            return d.totalPages
        }
    }

    /// HVMOP_set_param from the guest (its PV drivers registering their callback).
    func guestSetHVMParam(_ domid: UInt32, _ param: HVMParam, _ value: UInt64) throws {
        try onDomain("HVMOP_set_param", domid, "\(param)=\(value)") { d, _ in
            guard d.isHVM else { throw Self.error("HVMOP_set_param", EINVAL, domid) }
            d.hvmParams[param.rawValue] = value
        }
    }

    /// Keeps a fact in the guest's "memory" (saved and restored with it).
    func guestRemember(_ domid: UInt32, _ key: String, _ value: String) {
        state.withLock { s in s.domains[domid]?.guestMemory[key] = value }
    }

    func kickGuest(_ domid: UInt32) {
        ensureSimulation().guests.kick(domid)
    }
}

extension SimulatedXen.State {
    mutating func record(_ call: String, _ domid: UInt32?, _ detail: String) {
        if calls.count >= SimulatedXen.callHistory { calls.removeFirst(calls.count / 2) }
        calls.append(SimulatedXenCall(call: call, domid: domid, detail: detail))
    }

    /// Free pages nobody has claimed.
    func unclaimedFreePages(total: UInt64) -> UInt64 {
        let (used, claimed) = domains.values.reduce((UInt64(0), UInt64(0))) {
            ($0.0 + $1.hostPages, $0.1 + $1.outstandingPages)
        }
        return total > used + claimed ? total - used - claimed : 0
    }

    /// Gives the domain `pages` in all, from its claim first; ENOMEM if the host lacks them.
    mutating func populate(_ d: inout SimulatedDomain, pages: UInt64, total: UInt64, call: String) throws {
        guard pages <= d.maxPages else {
            throw XenError(call: call, errno: ENOMEM, detail: "domid \(d.domid): \(pages) pages > max \(d.maxPages)")
        }
        let needed = pages > d.totalPages ? pages - d.totalPages : 0
        let fromClaim = min(needed, d.outstandingPages)
        // The domain's own claim (in the table, as `d` has it) counts as claimed; add it back.
        let free = unclaimedFreePages(total: total) + fromClaim
        guard needed <= free else {
            throw XenError(call: call, errno: ENOMEM, detail: "domid \(d.domid): \(needed) pages needed, \(free) free")
        }
        d.totalPages += needed
        d.outstandingPages = 0  // the builder drops its claim when done
    }

    /// The rings' frames and the HVM params the builder sets.
    mutating func finishBuild(_ d: inout SimulatedDomain, storePort: UInt32, consolePort: UInt32) -> DomainBuildResult {
        let storeMFN = 0x10_0000 + UInt64(d.domid) * 2
        d.storeMFN = storeMFN
        d.consoleMFN = storeMFN + 1
        if d.isHVM {
            d.hvmParams[HVMParam.storePFN.rawValue] = 0xfeffc
            d.hvmParams[HVMParam.storeEventChannel.rawValue] = UInt64(storePort)
            d.hvmParams[HVMParam.consolePFN.rawValue] = 0xfefff
            d.hvmParams[HVMParam.consoleEventChannel.rawValue] = UInt64(consolePort)
        }
        d.accountCPU()
        return DomainBuildResult(storeMFN: d.storeMFN, consoleMFN: d.consoleMFN)
    }
}
