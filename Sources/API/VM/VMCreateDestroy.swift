// VM.create and VM.destroy (xapi_vm.ml create/destroy): a new VM is Halted with a mac_seed and
// its own VM_metrics; destroy takes the VM's VBDs, VIFs, metrics and consoles with it, never its
// VDIs.
import Database
import Datamodel
import Hypervisor
import Wire

extension VMService {
    func create(_ argument: Value) throws -> Ref<VMRecord> {
        var vm: VMRecord = try RecordArgument.decode(argument)
        if vm.otherConfig["mac_seed"] == nil { vm.otherConfig["mac_seed"] = UUID.random() }
        if vm.powerState == .suspended {
            guard !vm.suspendVDI.isNull, !vm.lastBootedRecord.isEmpty else {
                throw XenAPIError("VM_BAD_POWER_STATE", [OpaqueRef.null, "halted", "suspended"])
            }
        } else {
            vm.powerState = .halted
        }
        vm.domid = -1
        vm.isControlDomain = false
        vm.residentOn = .null
        if vm.domainType == .unspecified { vm.domainType = vm.hvmBootPolicy.isEmpty ? .pv : .hvm }
        vm.memoryOverhead = MemoryOverhead.bytes(staticMax: vm.memoryStaticMax, vcpus: vm.vcpusMax,
                                                 shadowMultiplier: vm.hvmShadowMultiplier, domainType: vm.domainType)
        return try store.write { tx in try tx.insertVM(vm) }
    }

    func destroy(_ ref: Ref<VMRecord>, task: TaskHandle?) throws {
        let vm = try record(ref)
        if vm.otherConfig["default_template"] == "true" { throw XenAPIError("VM_CANNOT_DELETE_DEFAULT_TEMPLATE", [ref.raw]) }
        // Checked and done in one commit: an instant operation needs no current_operations entry.
        let suspendImage = try store.write { tx -> Ref<VDIRecord> in
            let vm = try tx.require(ref)
            if let error = vmPolicy.check(.destroy, ref: ref, record: vm, in: tx) { throw error }
            try tx.deleteVM(ref)
            return vm.suspendVDI
        }
        if !suspendImage.isNull { try? storage.destroyVDI(suspendImage, task: task) }
    }
}

extension Transaction {
    /// Inserts the VM with a fresh VM_metrics record.
    mutating func insertVM(_ record: VMRecord) throws -> Ref<VMRecord> {
        var vm = record
        var metrics = VMMetricsRecord()
        metrics.installTime = .now()
        metrics.lastUpdated = .now()
        metrics.currentDomainType = vm.domainType
        vm.metrics = try insert(metrics)
        return try insert(vm)
    }

    /// The VM and everything that is only its: VBDs, VIFs (with their metrics), metrics, guest
    /// metrics, consoles.
    mutating func deleteVM(_ ref: Ref<VMRecord>) throws {
        let vm = try require(ref)
        for vbd in vm.vbds { try deleteDevice(vbd, metrics: get(vbd)?.metrics) }
        for vif in vm.vifs { try deleteDevice(vif, metrics: get(vif)?.metrics) }
        for console in vm.consoles where get(console) != nil { try delete(console) }
        if get(vm.metrics) != nil { try delete(vm.metrics) }
        if get(vm.guestMetrics) != nil { try delete(vm.guestMetrics) }
        try delete(ref)
    }

    mutating func deleteDevice<R: XenRecord, M: XenRecord>(_ ref: Ref<R>, metrics: Ref<M>?) throws {
        if let metrics, get(metrics) != nil { try delete(metrics) }
        if get(ref) != nil { try delete(ref) }
    }
}
