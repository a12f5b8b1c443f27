// What happens when a domain changes on its own (the guest halted, rebooted, crashed or
// suspended, or the domain vanished): xapi's actions_after_shutdown / reboot / crash, applied on
// the domain monitor's thread (xenops events in xapi_xenops.ml; xenopsd's table in
// xen-backend.md §1.7). Changes the toolstack made itself arrive marked `expected` and are left
// to the operation that made them.
import Database
import Foundation
import Datamodel
import Hypervisor
import Wire

extension VMService {
    private enum Action {
        case halt
        case restart
        case preserve
    }

    /// At start: VMs recorded Running or Paused without a live domain are Halted now.
    func syncPowerStates() {
        guard let hv = environment.hypervisor else { return }
        let live = Set(((try? hv.domains.domains()) ?? []).map { "\($0.uuid)/\($0.domid)" })
        let stale = store.read { db in
            db.all(VMRecord.self).filter { _, vm in
                !vm.isControlDomain && (vm.powerState == .running || vm.powerState == .paused)
                    && !live.contains("\(vm.uuid.lowercased())/\(vm.domid)")
            }.map(\.0)
        }
        for ref in stale {
            log.info("VM \(ref.raw) has no domain any more: Halted")
            do { try store.write { tx in try tx.recordHalted(ref) } } catch { log.error("\(error)") }
        }
    }

    func startDomainMonitor() {
        guard let hv = environment.hypervisor else { return }
        do {
            try hv.domains.startMonitoring { [weak self] event in self?.handle(event, hv: hv) }
        } catch {
            log.error("cannot watch domains: \(error)")
        }
    }

    func handle(_ event: DomainEvent, hv: HypervisorStack) {
        guard !event.expected else { return }
        let found = store.read { db -> (Ref<VMRecord>, VMRecord)? in
            guard let raw = db.ref(class: VMRecord.className, uuid: event.uuid), let vm = db.get(Ref<VMRecord>(raw)) else {
                return nil
            }
            return (Ref(raw), vm)
        }
        guard let (ref, vm) = found, vm.domid == Int64(event.domid) else { return }
        let action: Action
        switch event.kind {
        case .vanished:
            action = .halt
        case .shutdown(let reason):
            switch reason {
            case .poweroff, .suspend, .softReset: action = vm.actionsAfterShutdown == .restart ? .restart : .halt
            case .reboot, .watchdog: action = vm.actionsAfterReboot == .restart ? .restart : .halt
            case .crash:
                switch vm.actionsAfterCrash {
                case .destroy, .coredumpAndDestroy: action = .halt
                case .restart, .coredumpAndRestart, .renameRestart: action = .restart
                case .preserve: action = .preserve
                }
            }
        }
        log.info("\(event): \(action)")
        if case .preserve = action {
            do { try store.write { tx in try tx.update(ref) { $0.powerState = .paused } } } catch { log.error("\(error)") }
            return
        }
        apply(action, to: ref, domid: event.domid, hv: hv)
    }

    /// Halts or restarts the VM as an operation like any other (hard_shutdown, hard_reboot), so no
    /// API call acts on the VM halfway through. When an operation holds the VM, waits for it on a
    /// thread of its own (the monitor goes on); then acts only if the domain is still the VM's.
    private func apply(_ action: Action, to ref: Ref<VMRecord>, domid: UInt32, hv: HypervisorStack) {
        guard tryApply(action, to: ref, domid: domid, hv: hv) == .busy else { return }
        log.info("VM \(ref.raw) is busy: \(action) waits for its operation")
        let thread = Thread { [weak self] in
            for _ in 0..<6000 {  // ten minutes
                Thread.sleep(forTimeInterval: 0.1)
                guard let self, self.tryApply(action, to: ref, domid: domid, hv: hv) == .busy else { return }
            }
            self?.log.error("VM \(ref.raw) stayed busy: \(action) abandoned")
        }
        thread.name = "vm-action"
        thread.start()
    }

    private enum Outcome { case done, busy }

    private func tryApply(_ action: Action, to ref: Ref<VMRecord>, domid: UInt32, hv: HypervisorStack) -> Outcome {
        // Hard operations may run beside others (xapi's is_allowed_concurrently), so the lock alone
        // is not enough: the action also waits while any other operation is recorded.
        let key = OpaqueRef.make()
        do {
            return try operations.run(vmPolicy, ref, action == .restart ? .hardReboot : .hardShutdown, task: key) {
                let vm = try record(ref)
                if vm.currentOperations.keys.contains(where: { $0 != key }) { return .busy }
                guard vm.domid == Int64(domid) else { return .done }
                if action == .restart { try restart(ref, domid: domid, hv: hv) } else { try halt(ref, domid: domid, hv: hv) }
                return .done
            }
        } catch let error as XenAPIError where error.code == "OTHER_OPERATION_IN_PROGRESS" && error.params.first == "VM" {
            return .busy
        } catch {
            log.error("applying \(action) to VM \(ref.raw): \(error)")
        }
        return .done
    }
}
