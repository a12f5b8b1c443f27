// The memory, vCPU and xenstore_data setters (xapi_vm.ml, xapi_vm_helpers.ml): each checks its
// operation and xapi's constraints, and for the live ones changes the running domain first.
import Database
import Datamodel
import Hypervisor
import Wire

struct MemoryLimits {
    var staticMin: Int64
    var staticMax: Int64
    var dynamicMin: Int64
    var dynamicMax: Int64

    init(_ vm: VMRecord) {
        staticMin = vm.memoryStaticMin
        staticMax = vm.memoryStaticMax
        dynamicMin = vm.memoryDynamicMin
        dynamicMax = vm.memoryDynamicMax
    }

    /// MEMORY_CONSTRAINT_VIOLATION unless static_min ≤ dynamic_min ≤ dynamic_max ≤ static_max.
    func validate() throws {
        guard staticMin <= dynamicMin, dynamicMin <= dynamicMax, dynamicMax <= staticMax, staticMin >= 0 else {
            throw XenAPIError("MEMORY_CONSTRAINT_VIOLATION",
                              ["Memory limits must satisfy: static_min <= dynamic_min <= dynamic_max <= static_max"])
        }
    }

    func apply(to vm: inout VMRecord) {
        vm.memoryStaticMin = staticMin
        vm.memoryStaticMax = staticMax
        vm.memoryDynamicMin = dynamicMin
        vm.memoryDynamicMax = dynamicMax
        vm.memoryOverhead = MemoryOverhead.bytes(staticMax: staticMax, vcpus: vm.vcpusMax,
                                                 shadowMultiplier: vm.hvmShadowMultiplier, domainType: vm.effectiveDomainType)
    }
}

extension VMService {
    /// Changes the memory limits under `op`; a running VM's domain gets the new dynamic range.
    func setMemory(_ ref: Ref<VMRecord>, op: VMOperations, task: TaskHandle?, _ change: (inout MemoryLimits) -> Void) throws {
        try operations.run(vmPolicy, ref, op, task: task?.ref) {
            let vm = try record(ref)
            var limits = MemoryLimits(vm)
            change(&limits)
            try limits.validate()
            if vm.powerState == .running || vm.powerState == .paused, !vm.isControlDomain {
                let hv = try hypervisor("VM.set_memory_dynamic_range")
                do {
                    try hv.domains.setMemoryDynamicRange(try domid(of: vm, ref: ref), min: limits.dynamicMin, max: limits.dynamicMax)
                } catch {
                    throw HypervisorErrors.map(error, vm: ref.raw)
                }
            }
            try store.write { tx in
                try tx.update(ref) { v in
                    limits.apply(to: &v)
                    if v.powerState == .running { v.memoryTarget = limits.dynamicMax }
                }
            }
        }
    }

    func setVCPUsLive(_ ref: Ref<VMRecord>, count: Int64, task: TaskHandle?) throws {
        let hv = try hypervisor("VM.set_VCPUs_number_live")
        refreshGuestMetricsIfHVM(ref, hv: hv)
        try operations.run(vmPolicy, ref, .changingVCPUsLive, task: task?.ref) {
            let vm = try record(ref)
            guard count >= 1, count <= vm.vcpusMax else { throw XenAPIError("INVALID_VALUE", ["nvcpu", String(count)]) }
            do {
                try hv.domains.setVCPUs(try domid(of: vm, ref: ref), count: Int(count))
            } catch {
                throw HypervisorErrors.map(error, vm: ref.raw)
            }
            try store.write { tx in
                try tx.update(ref) { $0.vcpusAtStartup = count }
                try tx.updateMetrics(vm) { $0.vcpusNumber = count; $0.lastUpdated = .now() }
            }
        }
    }

    /// VCPUs_max or VCPUs_at_startup of a halted VM (1 ≤ at_startup ≤ max).
    func setVCPUs(_ ref: Ref<VMRecord>, max: Int64?, atStartup: Int64?, task: TaskHandle?) throws {
        try operations.run(vmPolicy, ref, .changingVCPUs, task: task?.ref) {
            let vm = try record(ref)
            let newMax = max ?? vm.vcpusMax, newStartup = atStartup ?? vm.vcpusAtStartup
            if let max, max < 1 { throw XenAPIError("INVALID_VALUE", ["VCPU values must satisfy: 0 < VCPUs_at_startup ≤ VCPUs_max", String(max)]) }
            guard newStartup >= 1, newStartup <= newMax else {
                throw XenAPIError("INVALID_VALUE", ["VCPU values must satisfy: 0 < VCPUs_at_startup ≤ VCPUs_max", String(newStartup)])
            }
            try store.write { tx in
                try tx.update(ref) { v in
                    v.vcpusMax = newMax
                    v.vcpusAtStartup = newStartup
                    v.memoryOverhead = MemoryOverhead.bytes(staticMax: v.memoryStaticMax, vcpus: newMax,
                                                            shadowMultiplier: v.hvmShadowMultiplier, domainType: v.effectiveDomainType)
                }
            }
        }
    }

    /// xenstore_data changes reach a running guest at once (only the vm-data/ keys).
    func setXenstoreData(_ ref: Ref<VMRecord>, _ change: (inout [String: String]) -> Void) throws {
        var data: [String: String] = [:]
        let vm = try store.write { tx -> VMRecord in
            try tx.update(ref) { v in
                change(&v.xenstoreData)
                data = v.xenstoreData
            }
            return try tx.require(ref)
        }
        if (vm.powerState == .running || vm.powerState == .paused) && vm.domid > 0, let hv = environment.hypervisor {
            do { try hv.domains.setXenstoreData(UInt32(vm.domid), data) } catch { throw HypervisorErrors.map(error, vm: ref.raw) }
        }
    }
}
