// VM.start/start_on, the shutdowns and reboots, pause/unpause and power_state_reset: each runs
// as a VM operation (checked and recorded in current_operations), drives the domain layer, and
// commits the new power state with the records that go with it.
import Database
import Datamodel
import Hypervisor
import Wire

extension VMService {
    func start(_ ref: Ref<VMRecord>, paused: Bool, op: VMOperations, task: TaskHandle?) throws {
        let hv = try hypervisor("VM.\(op.rawValue)")
        try operations.run(vmPolicy, ref, op, task: task?.ref) {
            try boot(ref, paused: paused, hv: hv)
        }
    }

    /// The running domain of a VM that must be Running or Paused now.
    private func liveDomain(_ ref: Ref<VMRecord>) throws -> UInt32 {
        try domid(of: try record(ref), ref: ref)
    }

    /// The guest's answer to a shutdown request, as xapi reports its absence.
    private func interrupt(_ task: TaskHandle?) -> (() throws -> Void)? {
        guard let task else { return nil }
        return { try task.checkCancelled() }
    }

    func cleanShutdown(_ ref: Ref<VMRecord>, op: VMOperations = .cleanShutdown, task: TaskHandle?) throws {
        try cleanly(ref, .poweroff, op: op, task: task) { domid, hv in try halt(ref, domid: domid, hv: hv) }
    }

    /// clean_reboot: the guest reboots at our request; the domain is rebuilt with the same devices.
    func cleanReboot(_ ref: Ref<VMRecord>, task: TaskHandle?) throws {
        try cleanly(ref, .reboot, op: .cleanReboot, task: task) { domid, hv in try restart(ref, domid: domid, hv: hv) }
    }

    /// Asks the guest to shut down (waiting for it, cancellable through the task), then `after`.
    private func cleanly(_ ref: Ref<VMRecord>, _ request: ShutdownRequest, op: VMOperations, task: TaskHandle?,
                         after: (UInt32, HypervisorStack) throws -> Void) throws {
        let hv = try hypervisor("VM.\(op.rawValue)")
        refreshGuestMetricsIfHVM(ref, hv: hv)
        try operations.run(vmPolicy, ref, op, task: task?.ref) {
            let domid = try liveDomain(ref)
            do {
                _ = try hv.domains.cleanShutdown(domid, request, interrupt: interrupt(task))
            } catch {
                // Cancelled or never acknowledged: take the request back, so that a guest acting on
                // it later is treated as shutting down on its own. (An acknowledged one stands.)
                if case HypervisorError.shutdownTimeout = error {} else { try? hv.domains.withdrawShutdownRequest(domid) }
                throw HypervisorErrors.map(error, vm: ref.raw)
            }
            try after(domid, hv)
        }
    }

    /// Operations a hard shutdown makes pointless: their tasks are cancelled (xapi's cancel_tasks).
    static let cutShortByHardShutdown: Set<VMOperations> = [.cleanShutdown, .cleanReboot, .shutdown, .suspend]

    func hardShutdown(_ ref: Ref<VMRecord>, task: TaskHandle?, session: SessionInfo? = nil) throws {
        let hv = try hypervisor("VM.hard_shutdown")
        if let session, let vm = try? record(ref) {
            for (other, op) in vm.currentOperations where Self.cutShortByHardShutdown.contains(op) {
                try? tasks.cancel(other, by: session, callerTask: task?.ref ?? "")
            }
        }
        try operations.run(vmPolicy, ref, .hardShutdown, task: task?.ref) {
            let vm = try record(ref)
            if vm.powerState == .suspended {
                if !vm.suspendVDI.isNull { try? storage.destroyVDI(vm.suspendVDI, task: task) }
                try halt(ref, domid: nil, hv: hv, detachDisks: false)
                return
            }
            let domid = try domid(of: vm, ref: ref)
            do {
                try hv.domains.hardShutdown(domid)
            } catch HypervisorError.noSuchDomain {
            } catch {
                throw HypervisorErrors.map(error, vm: ref.raw)
            }
            try halt(ref, domid: domid, hv: hv)
        }
    }

    /// VM.shutdown: clean, and hard when the clean one fails.
    func shutdown(_ ref: Ref<VMRecord>, task: TaskHandle?) throws {
        do {
            try cleanShutdown(ref, task: task)
        } catch let error as XenAPIError where error.code != "TASK_CANCELLED" && error.code != "OTHER_OPERATION_IN_PROGRESS" {
            log.info("VM.shutdown \(ref.raw): clean shutdown failed (\(error.code)), shutting down hard")
            try hardShutdown(ref, task: task)
        }
    }

    /// hard_reboot: a Running or Paused VM is rebuilt at once.
    func hardReboot(_ ref: Ref<VMRecord>, task: TaskHandle?) throws {
        let hv = try hypervisor("VM.hard_reboot")
        try operations.run(vmPolicy, ref, .hardReboot, task: task?.ref) {
            let domid = try liveDomain(ref)
            do {
                try hv.domains.hardShutdown(domid, reason: .reboot)
            } catch HypervisorError.noSuchDomain {
            } catch {
                throw HypervisorErrors.map(error, vm: ref.raw)
            }
            try restart(ref, domid: domid, hv: hv)
        }
    }

    /// Destroys the domain and boots a new one; a boot that fails leaves the VM Halted.
    func restart(_ ref: Ref<VMRecord>, domid: UInt32, hv: HypervisorStack) throws {
        try halt(ref, domid: domid, hv: hv)
        try boot(ref, paused: false, hv: hv)
    }

    /// pause (true) or unpause (false) the running domain.
    func setPaused(_ ref: Ref<VMRecord>, _ paused: Bool, task: TaskHandle?) throws {
        let op: VMOperations = paused ? .pause : .unpause
        let hv = try hypervisor("VM.\(op.rawValue)")
        try operations.run(vmPolicy, ref, op, task: task?.ref) {
            let domid = try liveDomain(ref)
            do {
                try paused ? hv.domains.pause(domid) : hv.domains.unpause(domid)
            } catch {
                throw HypervisorErrors.map(error, vm: ref.raw)
            }
            try store.write(durability: .relaxed) { tx in try tx.update(ref) { $0.powerState = paused ? .paused : .running } }
        }
    }

    /// power_state_reset: forget a domain xapi lost track of. Refused for the control domain, and
    /// for a VM whose domain really runs here (VM_BAD_POWER_STATE [vm; halted; actual]).
    func powerStateReset(_ ref: Ref<VMRecord>, task: TaskHandle?) throws {
        let vm = try record(ref)
        if vm.isControlDomain { throw XenAPIError("CANNOT_RESET_CONTROL_DOMAIN", [ref.raw]) }
        if (vm.powerState == .running || vm.powerState == .paused), vm.domid > 0, let hv = environment.hypervisor,
           let status = try? hv.domains.status(UInt32(vm.domid)), status.uuid == vm.uuid.lowercased() {
            if case .running = status.power { throw XenAPIError("VM_BAD_POWER_STATE", [ref.raw, "halted", vm.powerState.rawValue.lowercased()]) }
            if case .paused = status.power { throw XenAPIError("VM_BAD_POWER_STATE", [ref.raw, "halted", vm.powerState.rawValue.lowercased()]) }
        }
        try operations.run(vmPolicy, ref, .powerStateReset, task: task?.ref) {
            if vm.powerState == .suspended && !vm.suspendVDI.isNull { try? storage.destroyVDI(vm.suspendVDI, task: task) }
            try store.write(durability: .relaxed) { tx in try tx.recordHalted(ref) }
        }
    }
}
