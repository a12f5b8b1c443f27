// The wire names of the VM, VBD, VIF and network messages this folder implements, and the
// start-up work: VM power states brought in line with the hypervisor, the domain monitor and the
// guest-metrics poller started (only when the API runs over a hypervisor).
import Database
import Datamodel
import Wire

struct VMHandlers {
    let service: VMService

    init(_ context: HandlerContext) {
        service = VMService(context)
        service.syncPowerStates()
        service.startDomainMonitor()
        service.startGuestMetricsMonitor()
    }

    func register(into table: inout [String: MessageHandler]) {
        let s = service
        table["VM.create"] = { call in .string(try s.create(call.args[0]).raw) }
        table["VM.destroy"] = void { try s.destroy($0.ref(0), task: $0.task) }
        table["VM.start"] = void { try s.start($0.ref(0), paused: $0.bool(1), op: .start, task: $0.task) }
        table["VM.start_on"] = void { call in
            try s.assertThisHost(call.ref(1))
            try s.start(call.ref(0), paused: call.bool(2), op: .startOn, task: call.task)
        }
        table["VM.clean_shutdown"] = void { try s.cleanShutdown($0.ref(0), task: $0.task) }
        table["VM.hard_shutdown"] = void { try s.hardShutdown($0.ref(0), task: $0.task, session: $0.session) }
        table["VM.shutdown"] = void { try s.shutdown($0.ref(0), task: $0.task) }
        table["VM.clean_reboot"] = void { try s.cleanReboot($0.ref(0), task: $0.task) }
        table["VM.hard_reboot"] = void { try s.hardReboot($0.ref(0), task: $0.task) }
        table["VM.pause"] = void { try s.setPaused($0.ref(0), true, task: $0.task) }
        table["VM.unpause"] = void { try s.setPaused($0.ref(0), false, task: $0.task) }
        table["VM.power_state_reset"] = void { try s.powerStateReset($0.ref(0), task: $0.task) }
        table["VM.suspend"] = void { try s.suspend($0.ref(0), task: $0.task) }
        table["VM.resume"] = void { try s.resume($0.ref(0), paused: $0.bool(1), op: .resume, task: $0.task) }
        table["VM.resume_on"] = void { call in
            try s.assertThisHost(call.ref(1))
            try s.resume(call.ref(0), paused: call.bool(2), op: .resumeOn, task: call.task)
        }
        table["VM.clone"] = { call in .string(try s.copyVM(call.ref(0), newName: call.string(1), kind: .clone, task: call.task).raw) }
        table["VM.copy"] = { call in
            .string(try s.copyVM(call.ref(0), newName: call.string(1), kind: .copy(call.ref(2)), task: call.task).raw)
        }
        table["VM.snapshot"] = { call in
            let ignore = Set(try [String](wire: call.args[2]))
            return .string(try s.copyVM(call.ref(0), newName: call.string(1), kind: .snapshot, ignoring: ignore,
                                        task: call.task).raw)
        }
        table["VM.checkpoint"] = { call in
            .string(try s.copyVM(call.ref(0), newName: call.string(1), kind: .checkpoint, task: call.task).raw)
        }
        table["VM.revert"] = void { try s.revert($0.ref(0), task: $0.task) }
        table["VM.provision"] = void { try s.provision($0.ref(0), task: $0.task) }
        registerSettings(into: &table)
        registerLive(into: &table)
        registerQueries(into: &table)
        registerDevices(into: &table)
        FieldSetters.register(into: &table, store: s.store)
    }

    private func registerSettings(into table: inout [String: MessageHandler]) {
        let s = service
        // The memory setters differ only in the operation and which limits the arguments replace.
        func memory(_ op: VMOperations, _ change: @escaping @Sendable (inout MemoryLimits, Invocation) -> Void) -> MessageHandler {
            void { call in try s.setMemory(call.ref(0), op: op, task: call.task) { change(&$0, call) } }
        }
        table["VM.set_memory_dynamic_range"] = memory(.changingDynamicRange) { $0.dynamicMin = $1.int(1); $0.dynamicMax = $1.int(2) }
        table["VM.set_memory_dynamic_max"] = memory(.changingDynamicRange) { $0.dynamicMax = $1.int(1) }
        table["VM.set_memory_dynamic_min"] = memory(.changingDynamicRange) { $0.dynamicMin = $1.int(1) }
        table["VM.set_memory_static_range"] = memory(.changingStaticRange) { $0.staticMin = $1.int(1); $0.staticMax = $1.int(2) }
        table["VM.set_memory_static_max"] = memory(.changingStaticRange) { $0.staticMax = $1.int(1) }
        table["VM.set_memory_static_min"] = memory(.changingStaticRange) { $0.staticMin = $1.int(1) }
        table["VM.set_memory_limits"] = memory(.changingMemoryLimits) {
            $0 = MemoryLimits(staticMin: $1.int(1), staticMax: $1.int(2), dynamicMin: $1.int(3), dynamicMax: $1.int(4))
        }
        table["VM.set_memory"] = memory(.changingMemoryLimits) { $0.staticMax = $1.int(1); $0.dynamicMin = $1.int(1); $0.dynamicMax = $1.int(1) }
        table["VM.set_VCPUs_max"] = void { try s.setVCPUs($0.ref(0), max: $0.int(1), atStartup: nil, task: $0.task) }
        table["VM.set_VCPUs_at_startup"] = void { try s.setVCPUs($0.ref(0), max: nil, atStartup: $0.int(1), task: $0.task) }
        table["VM.set_VCPUs_number_live"] = void { try s.setVCPUsLive($0.ref(0), count: $0.int(1), task: $0.task) }
        table["VM.set_xenstore_data"] = void { call in
            let value = try [String: String](wire: call.args[1])
            try s.setXenstoreData(call.ref(0)) { $0 = value }
        }
        table["VM.add_to_xenstore_data"] = void { call in
            let (ref, key, value): (Ref<VMRecord>, String, String) = (call.ref(0), call.string(1), call.string(2))
            if try s.record(ref).xenstoreData[key] != nil {
                throw XenAPIError.mapDuplicateKey(class: VMRecord.className, field: "xenstore_data", ref: ref.raw, key: key)
            }
            try s.setXenstoreData(ref) { $0[key] = value }
        }
        table["VM.remove_from_xenstore_data"] = void { call in
            let key = call.string(1)
            try s.setXenstoreData(call.ref(0)) { $0[key] = nil }
        }
    }

    private func registerQueries(into table: inout [String: MessageHandler]) {
        let s = service
        table["VM.assert_can_boot_here"] = void { try s.assertCanBootHere($0.ref(0), host: $0.ref(1)) }
        table["VM.get_possible_hosts"] = { call in .array(try s.possibleHosts(call.ref(0)).map { .string($0.raw) }) }
        table["VM.get_allowed_VBD_devices"] = { call in .array(try s.allowedVBDDevices(call.ref(0)).map { .string($0) }) }
        table["VM.get_allowed_VIF_devices"] = { call in .array(try s.allowedVIFDevices(call.ref(0)).map { .string($0) }) }
        table["VM.get_boot_record"] = { call in
            let ref: Ref<VMRecord> = call.ref(0)
            try s.operations.assertValid(s.vmPolicy, ref, .getBootRecord)
            return try s.record(ref).wire
        }
        table["VM.assert_operation_valid"] = void { call in
            try s.operations.assertValid(s.vmPolicy, call.ref(0), try VMOperations(wireKey: call.string(1)))
        }
        table["VM.update_allowed_operations"] = void { call in
            let ref: Ref<VMRecord> = call.ref(0)
            try s.store.write { tx in try tx.touch(class: VMRecord.className, ref: ref.raw) }
        }
        table["VM.compute_memory_overhead"] = { call in
            let vm = try s.record(call.ref(0, VMRecord.self))
            return .int(MemoryOverhead.bytes(staticMax: vm.memoryStaticMax, vcpus: vm.vcpusMax,
                                             shadowMultiplier: vm.hvmShadowMultiplier, domainType: vm.effectiveDomainType))
        }
        table["VM.pool_migrate"] = void { try s.poolMigrate($0.ref(0), to: $0.ref(1), task: $0.task) }
    }

    private func registerDevices(into table: inout [String: MessageHandler]) {
        let s = service
        table["VBD.create"] = { call in .string(try s.createVBD(call.args[0]).raw) }
        table["VBD.destroy"] = void { try s.destroyVBD($0.ref(0)) }
        table["VBD.plug"] = void { try s.plugVBD($0.ref(0), task: $0.task) }
        table["VBD.unplug"] = void { try s.unplugVBD($0.ref(0), force: false, task: $0.task) }
        table["VBD.unplug_force"] = void { try s.unplugVBD($0.ref(0), force: true, task: $0.task) }
        table["VBD.insert"] = void { try s.insertVBD($0.ref(0), vdi: $0.ref(1), task: $0.task) }
        table["VBD.eject"] = void { try s.ejectVBD($0.ref(0), task: $0.task) }
        table["VBD.assert_attachable"] = void { try s.operations.assertValid(s.vbdPolicy, $0.ref(0), .attach) }
        table["VIF.create"] = { call in .string(try s.createVIF(call.args[0]).raw) }
        table["VIF.destroy"] = void { try s.destroyVIF($0.ref(0)) }
        table["VIF.plug"] = void { try s.plugVIF($0.ref(0), task: $0.task) }
        table["VIF.unplug"] = void { try s.unplugVIF($0.ref(0), force: false, task: $0.task) }
        table["VIF.unplug_force"] = void { try s.unplugVIF($0.ref(0), force: true, task: $0.task) }
        table["VIF.move"] = void { try s.moveVIF($0.ref(0), to: $0.ref(1), task: $0.task) }
        table["network.create"] = { call in .string(try s.createNetwork(call.args[0]).raw) }
        table["network.destroy"] = void { try s.destroyNetwork($0.ref(0)) }
        table["PIF.scan"] = void { try s.scanPIFs(host: $0.ref(0)) }
        table["PIF.introduce"] = { call in
            .string(try s.introducePIF(host: call.ref(0), mac: call.string(1), device: call.string(2)).raw)
        }
    }
}

extension VMService {
    /// The host a start_on/resume_on names must be this one (the pool has one host).
    func assertThisHost(_ host: Ref<HostRecord>) throws {
        _ = try record(host)
        guard host == self.host else { throw XenAPIError("HOST_OFFLINE", [host.raw]) }
    }
}

extension MemoryLimits {
    init(staticMin: Int64, staticMax: Int64, dynamicMin: Int64, dynamicMax: Int64) {
        self.staticMin = staticMin
        self.staticMax = staticMax
        self.dynamicMin = dynamicMin
        self.dynamicMax = dynamicMax
    }
}
