// VM_guest_metrics kept current from what the guest's drivers and agent write to xenstore
// (xapi_guest_agent.ml), and VM_metrics.memory_actual from the domain: a monitor thread polls the
// running domains, and the operations whose checks read the metrics (clean shutdown and reboot
// of HVM guests) refresh them first.
import Database
import Datamodel
import Foundation
import Hypervisor
import Wire

extension VMService {
    /// For a running HVM VM, brings VM_guest_metrics up to date before a check reads them. A
    /// guest started moments ago gets a short grace for its drivers to come up.
    func refreshGuestMetricsIfHVM(_ ref: Ref<VMRecord>, hv: HypervisorStack) {
        guard let vm = try? record(ref), vm.bootsHVM, vm.powerState == .running, vm.domid > 0 else { return }
        let started = store.read { $0.get(vm.metrics)?.startTime.secondsSince1970 } ?? 0
        let booting = XenDate.now().secondsSince1970 - started < 10
        let deadline = ContinuousClock.now + .milliseconds(booting ? 500 : 0)
        var last: GuestAgentReport?  // written already: polled again, not written again
        repeat {
            last = refreshGuestMetrics(ref, domid: UInt32(vm.domid), hv: hv, last: last)
            if last?.pvDriversDetected == true { return }
            Thread.sleep(forTimeInterval: 0.001)
        } while ContinuousClock.now < deadline
    }

    /// Writes the guest's report to its VM_guest_metrics when it differs from `last` (what the
    /// caller wrote before); returns the report written or read, nil when there is none yet.
    func refreshGuestMetrics(_ ref: Ref<VMRecord>, domid: UInt32, hv: HypervisorStack,
                             last: GuestAgentReport?) -> GuestAgentReport? {
        guard let report = try? hv.domains.guestAgent(domid), report.agentPresent || report.pvDriversDetected else {
            return nil
        }
        if report == last { return report }
        do {
            // Runtime state the guest reports again: no fsync for it.
            try store.write(durability: .relaxed) { tx in
                guard let vm = tx.get(ref), vm.domid == Int64(domid), !vm.isControlDomain else { return }
                let existing = tx.get(vm.guestMetrics)
                var g = existing ?? VMGuestMetricsRecord()
                let before = g
                g.osVersion = report.osVersion
                g.pvDriversVersion = report.pvDriversVersion
                g.pvDriversUpToDate = report.agentPresent
                g.memory = report.memory
                g.networks = report.networks
                g.other = report.other
                g.live = true
                g.canUseHotplugVBD = TristateType(rawValue: report.canUseHotplugVBD.rawValue) ?? .unspecified
                g.canUseHotplugVIF = TristateType(rawValue: report.canUseHotplugVIF.rawValue) ?? .unspecified
                g.pvDriversDetected = report.pvDriversDetected
                guard existing == nil || g != before else { return }
                g.lastUpdated = .now()
                if existing != nil {
                    try tx.update(vm.guestMetrics) { $0 = g }
                    // The VM's allowed operations read these (PV drivers). VM_guest_metrics has no
                    // reference back to its VM, so the refresh is asked for here; it writes (and
                    // sends a VM event) only if they change, where a touch would always send one.
                    try vmPolicy.refreshAllowedOperations(ref: ref.raw, in: &tx)
                } else {
                    let metrics = try tx.insert(g)
                    try tx.update(ref) { $0.guestMetrics = metrics }
                }
            }
        } catch {
            log.warning("guest metrics of \(ref.raw): \(error)")
        }
        return report
    }

    /// VM_metrics.memory_actual follows what the domain holds (the balloon moves it).
    func refreshMemoryActual(_ ref: Ref<VMRecord>, domid: UInt32, hv: HypervisorStack) {
        guard let status = try? hv.domains.status(domid) else { return }
        try? recordMemoryActual(ref, domid: domid, bytes: status.memoryBytes)
    }

    /// Records `bytes` as memory_actual while the VM still runs in `domid`; writes only a change
    /// (no metrics event per poll).
    func recordMemoryActual(_ ref: Ref<VMRecord>, domid: UInt32, bytes: Int64) throws {
        try store.write(durability: .relaxed) { tx in
            guard let vm = tx.get(ref), vm.domid == Int64(domid), let metrics = tx.get(vm.metrics),
                  metrics.memoryActual != bytes else { return }
            try tx.update(vm.metrics) { $0.memoryActual = bytes; $0.lastUpdated = .now() }
        }
    }

    /// Polls the running VMs' guests every `interval` on a thread of its own, for as long as the
    /// service lives.
    func startGuestMetricsMonitor(interval: TimeInterval = 0.5) {
        guard let hv = environment.hypervisor else { return }
        let thread = Thread { [weak self] in
            var last: [String: GuestAgentReport] = [:]
            while let service = self {
                let running = service.store.read { db in
                    db.all(VMRecord.self).filter { $0.1.powerState == .running && $0.1.domid > 0 && !$0.1.isControlDomain }
                        .map { ($0.0, UInt32($0.1.domid)) }
                }
                var seen: [String: GuestAgentReport] = [:]
                for (ref, domid) in running {
                    let key = "\(ref.raw)/\(domid)"
                    if let report = service.refreshGuestMetrics(ref, domid: domid, hv: hv, last: last[key]) { seen[key] = report }
                    service.refreshMemoryActual(ref, domid: domid, hv: hv)
                }
                last = seen
                Thread.sleep(forTimeInterval: interval)
            }
        }
        thread.name = "guest-metrics"
        thread.start()
    }
}
