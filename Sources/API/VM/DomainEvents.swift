// What happens when a domain changes on its own (the guest halted, rebooted, crashed or
// suspended, or the domain vanished): xapi's actions_after_shutdown / reboot / crash, applied on
// the domain monitor's thread (xenops events in xapi_xenops.ml; xenopsd's table in
// xen-backend.md §1.7). Changes the toolstack made itself arrive marked `expected` and are left
// to the operation that made them.
import Database
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
        do {
            switch action {
            case .halt: try halt(ref, domid: event.domid, hv: hv)
            case .restart: try restart(ref, domid: event.domid, hv: hv)
            case .preserve: try store.write { tx in try tx.update(ref) { $0.powerState = .paused } }
            }
        } catch {
            log.error("applying \(action) to VM \(ref.raw): \(error)")
        }
    }
}
