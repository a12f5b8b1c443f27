// Stopping domains as xenopsd does (xen-backend.md §1.5–1.6): a clean shutdown writes
// `control/shutdown` in a transaction and waits for the guest to clear it (PV and PVH guests
// always answer; an HVM guest only with PV drivers, else it is shut down at once), then for the
// domain to report the shutdown; a hard shutdown is xc_domain_shutdown; destroy moves the handle
// aside, destroys the domain, force-unplugs its devices and removes its xenstore trees; suspend
// is a clean suspend request, the memory image saved to a file, and destroy.
import Glibc

/// What `control/shutdown` asks of the guest.
public enum ShutdownRequest: String, Sendable, Hashable, CaseIterable {
    case poweroff
    case reboot
    case suspend
    case halt

    /// The code the domain should end with (halt is a poweroff).
    public var reason: ShutdownReason {
        switch self {
        case .poweroff, .halt: .poweroff
        case .reboot: .reboot
        case .suspend: .suspend
        }
    }
}

extension DomainManager {
    /// Writes the request and waits up to `ackTimeout` for the guest to acknowledge it
    /// (`Domain.shutdown` + `shutdown_wait_for_ack`). An HVM guest without PV drivers cannot
    /// answer: it is shut down with the request's code at once.
    /// `interrupt` is polled while waiting; what it throws (a cancelled task) ends the wait.
    public func requestShutdown(_ domid: UInt32, _ request: ShutdownRequest, ackTimeout: Duration? = nil,
                                interrupt: (() throws -> Void)? = nil) throws {
        let info = try info(domid)
        let path = domainPath(domid) + "/control/shutdown"
        expect(domid) { $0.shutdown = true }
        try withStore { store in
            try store.withTransaction { t in
                guard try store.readIfPresent(domainPath(domid), transaction: t) != nil else {
                    throw HypervisorError.noSuchDomain(domid)
                }
                try store.removeIfPresent(path, transaction: t)
                try store.write(path, value: request.rawValue, transaction: t)
            }
        }
        let expectingAck = try !info.isHVM || isPVH(domid) || control.hvmParam(domid, .callbackIRQ) != 0
        guard expectingAck else {
            try control.shutdown(domid, reason: request.reason)
            return
        }
        let timeout = ackTimeout ?? (request == .suspend ? options.suspendAckTimeout : options.shutdownAckTimeout)
        let acknowledged = try waiter.wait(for: [path], timeout: timeout, interrupt: interrupt) { s -> Bool? in
            let v = try s.readIfPresent(path)
            return v == nil || v == "" ? true : nil
        } ?? false
        guard acknowledged else { throw HypervisorError.shutdownNotAcknowledged(domid: domid, request: request.rawValue) }
    }

    /// Takes back a shutdown request the guest has not acted on (the caller gave up waiting): the
    /// request is cleared, and a shutdown the guest makes later is reported as its own.
    public func withdrawShutdownRequest(_ domid: UInt32) throws {
        expectations.withLock { $0[domid]?.shutdown = false }
        try withStore { store in
            if try store.readIfPresent(domainPath(domid) + "/control/shutdown") != nil {
                try store.write(domainPath(domid) + "/control/shutdown", value: "")
            }
        }
    }

    private func isPVH(_ domid: UInt32) throws -> Bool {
        try withStore { try $0.readIfPresent(domainPath(domid) + "/domain-type") == "pvh" }
    }

    /// Waits for the domain to be shut down (woken by @releaseDomain) and returns its code;
    /// a domain that vanished meanwhile counts as powered off.
    public func waitForShutdown(_ domid: UInt32, timeout: Duration? = nil,
                                interrupt: (() throws -> Void)? = nil) throws -> ShutdownReason {
        let reason = try waiter.wait(for: ["@releaseDomain"], timeout: timeout ?? options.shutdownTimeout,
                                     interrupt: interrupt) { _ -> ShutdownReason? in
            guard let info = try control.domainInfo(domid) else { return .poweroff }
            return info.shutdownReason
        }
        guard let reason else { throw HypervisorError.shutdownTimeout(domid: domid) }
        return reason
    }

    /// Asks the guest to power off, halt or reboot, waits for the acknowledgement and for the
    /// domain to shut down, and returns the code it shut down with. The domain is left for
    /// `destroy` (or, for a reboot, destroy and start again).
    @discardableResult
    public func cleanShutdown(_ domid: UInt32, _ request: ShutdownRequest = .poweroff, ackTimeout: Duration? = nil,
                              timeout: Duration? = nil, interrupt: (() throws -> Void)? = nil) throws -> ShutdownReason {
        try requestShutdown(domid, request, ackTimeout: ackTimeout, interrupt: interrupt)
        return try waitForShutdown(domid, timeout: timeout, interrupt: interrupt)
    }

    /// Shuts the domain down at once (`Domain.hard_shutdown`: xc_domain_shutdown).
    public func hardShutdown(_ domid: UInt32, reason: ShutdownReason = .poweroff) throws {
        _ = try info(domid)
        expect(domid) { $0.shutdown = true }
        try control.shutdown(domid, reason: reason)
    }

    /// `Domain.destroy`: the handle moved aside, xc_domain_destroy, every device force-unplugged
    /// and released, then `/local/domain/<d>`, `/xenops/domain/<d>`, `/libxl/<d>`, the backends,
    /// and the VM's `/vm/<uuid>` and `/xapi/<uuid>` trees unless another domain has the same UUID.
    /// Works on a domain in any state, and cleans up xenstore for one that already vanished.
    public func destroy(_ domid: UInt32) throws {
        guard domid != 0 else { throw HypervisorError.noSuchDomain(domid) }
        let info = try control.domainInfo(domid)
        let dom = domainPath(domid)
        let vmPath = try withStore { try $0.readIfPresent(dom + "/vm") }
        guard info != nil || vmPath != nil else { throw HypervisorError.noSuchDomain(domid) }
        let uuid = vmPath.map(XenStorePath.lastComponent) ?? info!.uuid
        expect(domid) { $0.destroy = true }
        let devices = try self.devices.devices(of: domid)
        if info != nil {
            var handle: [UInt8] = [0xde, 0xad, 0xbe, 0xef, 0xde, 0xad, 0xbe, 0xef, 0xde, 0xad, 0xbe, 0xef, 0, 0]
            handle += [UInt8(domid >> 8 & 0xff), UInt8(domid & 0xff)]
            try? control.setHandle(domid, handle)
            try control.destroy(domid)
        }
        // Best effort: a device that cannot be released leaves the private tree for inspection.
        let failed = !self.devices.forceRemoveAll(devices, vm: uuid).isEmpty
        let others = try control.domainInfoList().contains { $0.domid != domid && $0.uuid == uuid }
        try withStore { store in
            if let vmPath { try store.removeIfPresent(vmPath + "/domains/\(domid)") }
            for p in [dom, "/xenops/domain/\(domid)", "/libxl/\(domid)"] { try store.removeIfPresent(p) }
            for base in ["/local/domain/0/backend", "/local/domain/0/xenserver/backend"] {
                for kind in try store.directoryIfPresent(base) { try store.removeIfPresent("\(base)/\(kind)/\(domid)") }
            }
            if !others {
                if !failed { try store.removeIfPresent("/xapi/\(uuid)") }
                // xenopsd keeps /vm/<uuid> until the VM is removed from it; this layer has no
                // such record, so the tree goes with the VM's last domain.
                try store.removeIfPresent("/vm/\(uuid)")
            } else {
                try store.removeIfPresent("/xapi/\(uuid)/hotplug/\(domid)")
            }
        }
    }

    /// Brings back a domain that suspended (shutdown code suspend) but was not destroyed, e.g.
    /// when saving its image failed (`VM.resume` of a cancelled suspend: xc_domain_resume fast,
    /// xs_resume_domain), and clears the pending request.
    public func cancelSuspend(_ domid: UInt32) throws {
        guard try info(domid).shutdownReason == .suspend else {
            throw HypervisorError.invalidConfiguration("domain \(domid) has not suspended")
        }
        try control.resumeDomain(domid, fast: true)
        try withStore { store in
            try store.resumeDomain(domid)
            try store.write(domainPath(domid) + "/control/shutdown", value: "")
        }
    }

    /// Suspends the domain into `path`: a clean suspend request, the domain's suspend, the image
    /// (framing, xc_domain_save's stream, end marker) written and synced, then destroy.
    @discardableResult
    public func suspend(_ domid: UInt32, to path: String, ackTimeout: Duration? = nil,
                        timeout: Duration? = nil) throws -> SuspendResult {
        let before = try info(domid)
        let uuid = try withStore { try $0.readIfPresent(domainPath(domid) + "/vm") }.map(XenStorePath.lastComponent)
            ?? before.uuid
        let domainType = try withStore { try $0.readIfPresent(domainPath(domid) + "/domain-type") } ?? (before.isHVM ? "hvm" : "pv")
        try requestShutdown(domid, .suspend, ackTimeout: ackTimeout)
        let reason = try waitForShutdown(domid, timeout: timeout)
        guard reason == .suspend else { throw HypervisorError.unexpectedShutdown(domid: domid, reason: reason) }
        let suspended = try info(domid)
        let memoryBytes = suspended.memoryBytes
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw XenError(call: "open", errno: errno, detail: path) }
        do {
            defer { close(fd) }
            try SuspendImageHeader(uuid: uuid, domainType: domainType, memoryBytes: memoryBytes,
                                   vcpus: suspended.vcpus).write(to: fd)
            try control.saveDomain(domid, to: fd)
            try SuspendImageHeader.writeEnd(to: fd)
            guard fsync(fd) == 0 else { throw XenError(call: "fsync", errno: errno, detail: path) }
        } catch {
            unlink(path)
            throw error
        }
        var st = stat()
        let size = stat(path, &st) == 0 ? Int64(st.st_size) : 0
        try destroy(domid)
        return SuspendResult(path: path, memoryBytes: memoryBytes, fileBytes: size)
    }
}
