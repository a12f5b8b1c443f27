// The live memory and vCPU messages of a running VM, with get_cooperative and maximise_memory
// (xapi_vm.ml, xapi_vm_helpers.ml, message_forwarding.ml). Each runs under its VM operation, so
// VM_BAD_POWER_STATE and OTHER_OPERATION_IN_PROGRESS come from the VM policy; the change reaches
// the domain through the domain layer. Where today's xapi no longer implements a message
// (set_memory_target_live is a no-op there, add_to_VCPUs_params_live NOT_IMPLEMENTED), this
// does what the datamodel documents, with the checks xapi made when it did.
import Database
import Datamodel
import Foundation
import Hypervisor
import Wire

extension VMService {
    /// VM.set_memory_target_live: the target, rounded down to a page, must lie in the dynamic
    /// range (MEMORY_CONSTRAINT_VIOLATION ["invalid target"]); it becomes memory_target and the
    /// domain's `memory/target`, which the guest's balloon driver follows.
    func setMemoryTargetLive(_ ref: Ref<VMRecord>, target: Int64, task: TaskHandle?) throws {
        let hv = try hypervisor("VM.set_memory_target_live")
        try operations.run(vmPolicy, ref, .changingMemoryLive, task: task?.ref) {
            let vm = try record(ref)
            let target = target / 4096 * 4096
            guard vm.memoryStaticMin <= vm.memoryDynamicMin, vm.memoryDynamicMin <= target,
                  target <= vm.memoryDynamicMax, vm.memoryDynamicMax <= vm.memoryStaticMax else {
                throw XenAPIError("MEMORY_CONSTRAINT_VIOLATION", ["invalid target"])
            }
            do {
                try hv.domains.setMemoryTarget(try domid(of: vm, ref: ref), bytes: target)
            } catch {
                throw HypervisorErrors.map(error, vm: ref.raw)
            }
            try store.write { tx in try tx.update(ref) { $0.memoryTarget = target } }
        }
    }

    /// How close memory_actual must come to the target (xapi: 1 MiB).
    static let memoryTargetTolerance: Int64 = 1 << 20

    /// xapi's wait_memory_target_timeout (256 s); XAPI_WAIT_MEMORY_TARGET_TIMEOUT (seconds) overrides it.
    static let memoryTargetTimeout: Duration = {
        let seconds = ProcessInfo.processInfo.environment["XAPI_WAIT_MEMORY_TARGET_TIMEOUT"].flatMap(Double.init) ?? 256
        return .milliseconds(Int64(max(0, seconds) * 1000))
    }()

    /// VM.wait_memory_target_live: until the domain holds its `memory/target` within the
    /// tolerance, then memory_actual records what it holds. VM_MEMORY_TARGET_WAIT_TIMEOUT [task]
    /// after the timeout, TASK_CANCELLED [task] when the task is cancelled. xapi polls every
    /// second; this polls every 50 ms.
    func waitMemoryTargetLive(_ ref: Ref<VMRecord>, task: TaskHandle?) throws {
        let hv = try hypervisor("VM.wait_memory_target_live")
        try operations.run(vmPolicy, ref, .awaitingMemoryLive, task: task?.ref) {
            let taskRef = task?.ref ?? OpaqueRef.null
            let deadline = ContinuousClock.now + Self.memoryTargetTimeout
            while true {
                if ContinuousClock.now > deadline { throw XenAPIError("VM_MEMORY_TARGET_WAIT_TIMEOUT", [taskRef]) }
                if task?.isCancelling == true { throw XenAPIError("TASK_CANCELLED", [taskRef]) }
                let vm = try record(ref)
                let domid = try domid(of: vm, ref: ref)
                let status: DomainStatus?
                do { status = try hv.domains.status(domid) } catch { throw HypervisorErrors.map(error, vm: ref.raw) }
                guard let status else { throw HypervisorErrors.map(HypervisorError.noSuchDomain(domid), vm: ref.raw) }
                let target = status.memoryTargetBytes ?? vm.memoryTarget
                if abs(status.memoryBytes - target) <= Self.memoryTargetTolerance {
                    try recordMemoryActual(ref, domid: domid, bytes: status.memoryBytes)
                    return
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
    }

    /// VM.set_shadow_multiplier_live: INVALID_VALUE below 1; an HVM domain's shadow pool is
    /// resized (HOST_NOT_ENOUGH_FREE_MEMORY [needed; free] when the growth does not fit) and the
    /// multiplier recorded; a PV domain has no pool, which xapi ignores. memory_overhead follows.
    func setShadowMultiplierLive(_ ref: Ref<VMRecord>, multiplier: Double, task: TaskHandle?) throws {
        let hv = try hypervisor("VM.set_shadow_multiplier_live")
        try operations.run(vmPolicy, ref, .changingShadowMemoryLive, task: task?.ref) {
            guard multiplier >= 1, multiplier.isFinite else {
                throw XenAPIError("INVALID_VALUE", ["multiplier", String(multiplier)])
            }
            let vm = try record(ref)
            let domid = try domid(of: vm, ref: ref)
            var applied = false
            do {
                if try hv.domains.status(domid)?.isHVM == true {
                    try hv.domains.setShadowMultiplier(domid, staticMaxBytes: vm.memoryStaticMax, vcpus: Int(vm.vcpusMax),
                                                       multiplier: multiplier)
                    applied = true
                } else {
                    log.info("VM.set_shadow_multiplier_live \(ref.raw): not supported for PV domains")
                }
            } catch {
                // ENOMEM comes before the pool changes: the growth is still to be made.
                throw HypervisorErrors.map(error, vm: ref.raw) {
                    let old = (try? hv.domains.shadowAllocationMiB(domid)) ?? 0
                    let new = DomainManager.shadowMiB(staticMaxBytes: vm.memoryStaticMax, vcpus: Int(vm.vcpusMax),
                                                      multiplier: multiplier)
                    return (Int64(new - old) << 20, (try? hv.control.physinfo().freeMemoryBytes) ?? 0)
                }
            }
            try store.write { tx in
                try tx.update(ref) { v in
                    if applied { v.hvmShadowMultiplier = multiplier }
                    v.memoryOverhead = MemoryOverhead.bytes(staticMax: v.memoryStaticMax, vcpus: v.vcpusMax,
                                                            shadowMultiplier: v.hvmShadowMultiplier, domainType: v.effectiveDomainType)
                }
            }
        }
    }

    /// VM.add_to_VCPUs_params_live: the pair goes into VCPUs_params (replacing the key's value);
    /// `weight` (1–65535) and `cap` (0–65535) also apply to the running domain through the
    /// credit scheduler (INVALID_VALUE [key; value] otherwise); other keys wait for the next start.
    func addToVCPUsParamsLive(_ ref: Ref<VMRecord>, key: String, value: String, task: TaskHandle?) throws {
        let hv = try hypervisor("VM.add_to_VCPUs_params_live")
        refreshGuestMetricsIfHVM(ref, hv: hv)
        try operations.run(vmPolicy, ref, .changingVCPUsLive, task: task?.ref) {
            let vm = try record(ref)
            let domid = try domid(of: vm, ref: ref)
            if key == "weight" || key == "cap" {
                let range = key == "weight" ? SchedulerCredit.weights : SchedulerCredit.caps
                guard let n = Int(value), range.contains(n) else { throw XenAPIError("INVALID_VALUE", [key, value]) }
                do {
                    try hv.domains.setSchedulerCredit(domid, weight: key == "weight" ? n : nil, cap: key == "cap" ? n : nil)
                } catch {
                    throw HypervisorErrors.map(error, vm: ref.raw)
                }
            }
            try store.write { tx in try tx.update(ref) { $0.vcpusParams[key] = value } }
        }
    }

    /// VM.maximise_memory: the largest static max (whole MiB) whose footprint at that target —
    /// memory plus xapi's overhead — fits in `total`; `approximate` assumes 64 vCPUs so the
    /// answer survives vCPU changes. Bisects as xapi's Helpers.bisect does (0 when nothing fits).
    func maximiseMemory(_ ref: Ref<VMRecord>, total: Int64, approximate: Bool) throws -> Int64 {
        let vm = try record(ref)
        guard total >= 0 else { throw XenAPIError("INVALID_VALUE", ["total", String(total)]) }
        let vcpus = approximate ? 64 : vm.vcpusMax
        let type = vm.effectiveDomainType
        let multiplier = type == .pv ? 1.0 : vm.hvmShadowMultiplier
        let mib = MemoryOverhead.mib
        func fits(_ staticMax: Int64) -> Bool {
            let memory = (staticMax + mib - 1) / mib * mib
            return memory + MemoryOverhead.bytes(staticMax: staticMax, vcpus: vcpus, shadowMultiplier: multiplier,
                                                 domainType: type) <= total
        }
        var lower: Int64 = 0, upper = total
        while upper - lower >= 2 {
            let mid = lower + (upper - lower) / 2
            if fits(mid) { lower = mid } else { upper = mid }
        }
        let best = fits(upper) ? upper : lower
        return best / mib * mib
    }
}

extension VMRecord {
    /// VCPUs_params weight and cap as xapi hands them to xenopsd: 256 and 0 when absent or not a
    /// number; held to Xen's ranges here so that a start does not fail on them.
    var schedulerCredit: SchedulerCredit {
        func value(_ key: String, _ range: ClosedRange<Int>, default d: Int) -> Int {
            vcpusParams[key].flatMap { Int($0) }.map { min(max($0, range.lowerBound), range.upperBound) } ?? d
        }
        return SchedulerCredit(weight: value("weight", SchedulerCredit.weights, default: SchedulerCredit.defaultWeight),
                               cap: value("cap", SchedulerCredit.caps, default: 0))
    }
}

extension VMHandlers {
    func registerLive(into table: inout [String: MessageHandler]) {
        let s = service
        table["VM.set_memory_target_live"] = void { try s.setMemoryTargetLive($0.ref(0), target: $0.int(1), task: $0.task) }
        table["VM.wait_memory_target_live"] = void { try s.waitMemoryTargetLive($0.ref(0), task: $0.task) }
        table["VM.set_shadow_multiplier_live"] = void { call in
            guard case .double(let multiplier) = call.args[1] else { throw XenAPIError("INVALID_VALUE", ["multiplier", call.string(1)]) }
            try s.setShadowMultiplierLive(call.ref(0), multiplier: multiplier, task: call.task)
        }
        table["VM.add_to_VCPUs_params_live"] = void {
            try s.addToVCPUsParamsLive($0.ref(0), key: $0.string(1), value: $0.string(2), task: $0.task)
        }
        table["VM.maximise_memory"] = { call in .int(try s.maximiseMemory(call.ref(0), total: call.int(1), approximate: call.bool(2))) }
        // Deprecated: always true, as xapi answers.
        table["VM.get_cooperative"] = { call in
            _ = try s.record(call.ref(0, VMRecord.self))
            return .bool(true)
        }
        table["VM.send_sysrq"] = void { try s.sendSysrq($0.ref(0), key: $0.string(1), task: $0.task) }
        table["VM.send_trigger"] = void { try s.sendTrigger($0.ref(0), trigger: $0.string(1), task: $0.task) }
    }
}
