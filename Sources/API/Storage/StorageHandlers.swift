// The SR, PBD and VDI messages: argument decoding here, semantics in StorageService (shared with
// the VM handlers). Messages that only write a field use the shared FieldSetters.setter.
import Database
import Datamodel
import Wire

struct StorageHandlers {
    let storage: StorageService
    let store: ObjectStore

    init(_ context: HandlerContext) {
        storage = context.storage
        store = context.store
    }

    func register(into table: inout [String: MessageHandler]) {
        registerSR(into: &table)
        registerPBD(into: &table)
        registerVDI(into: &table)
    }

    func map(_ value: Value) throws -> [String: String] { try [String: String](wire: value) }
}

extension StorageHandlers {
    func registerSR(into table: inout [String: MessageHandler]) {
        let storage = self.storage
        table["SR.create"] = { call in
            .string(try storage.createSR(
                host: call.ref(0), deviceConfig: map(call.args[1]), name: call.string(3), description: call.string(4),
                type: call.string(5), contentType: call.string(6), shared: call.bool(7), smConfig: map(call.args[8]),
                task: call.task).raw)
        }
        table["SR.introduce"] = { call in
            .string(try storage.introduceSR(
                uuid: call.string(0), name: call.string(1), description: call.string(2), type: call.string(3),
                contentType: call.string(4), shared: call.bool(5), smConfig: map(call.args[6])).raw)
        }
        table["SR.forget"] = void { call in try storage.forgetSR(call.ref(0), task: call.task) }
        table["SR.destroy"] = void { call in try storage.destroySR(call.ref(0), task: call.task) }
        table["SR.scan"] = { call in
            try storage.operations.run(storage.srPolicy, call.ref(0), .scan, task: call.task?.ref) {
                try storage.synchronise(call.ref(0), task: call.task)
            }
            return .void
        }
        table["SR.update"] = void { call in try storage.updateSR(call.ref(0), task: call.task) }
        table["SR.probe"] = { call in
            .string(try storage.probeSR(host: call.ref(0), deviceConfig: map(call.args[1]), type: call.string(2)))
        }
        table["SR.probe_ext"] = { call in
            try storage.probeSRExt(host: call.ref(0), deviceConfig: map(call.args[1]), type: call.string(2))
        }
        table["SR.get_supported_types"] = { _ in
            let types = storage.store.read { db in db.all(SMRecord.self).map(\.1.type) }
            return .array(types.sorted().map { .string($0) })
        }
        table["SR.set_name_label"] = FieldSetters.setter(store, \SRRecord.nameLabel)
        table["SR.set_name_description"] = FieldSetters.setter(store, \SRRecord.nameDescription)
        table["SR.set_shared"] = FieldSetters.setter(store, \SRRecord.shared)
        table["SR.set_physical_size"] = FieldSetters.setter(store, \SRRecord.physicalSize)
    }

    func registerPBD(into table: inout [String: MessageHandler]) {
        let storage = self.storage
        table["PBD.create"] = { call in
            .string(try storage.createPBD(try RecordArgument.decode(call.args[0], as: PBDRecord.self)).raw)
        }
        table["PBD.destroy"] = void { call in try storage.destroyPBD(call.ref(0)) }
        table["PBD.plug"] = void { call in try storage.plugPBD(call.ref(0), task: call.task) }
        table["PBD.unplug"] = void { call in try storage.unplugPBD(call.ref(0), task: call.task) }
        table["PBD.set_device_config"] = FieldSetters.setter(store, \PBDRecord.deviceConfig)
    }

    func registerVDI(into table: inout [String: MessageHandler]) {
        let storage = self.storage
        table["VDI.create"] = { call in
            .string(try storage.createVDI(try RecordArgument.decode(call.args[0], as: VDIRecord.self), task: call.task).raw)
        }
        table["VDI.destroy"] = void { call in try storage.destroyVDI(call.ref(0), task: call.task) }
        table["VDI.clone"] = { call in
            .string(try storage.cloneVDI(call.ref(0), driverParams: map(call.args[1]), task: call.task).raw)
        }
        table["VDI.snapshot"] = { call in
            .string(try storage.snapshotVDI(call.ref(0), driverParams: map(call.args[1]), task: call.task).raw)
        }
        table["VDI.copy"] = { call in
            // As xapi_vdi.ml: a base or target that is not a valid VDI reference counts as none.
            let existing = { (ref: Ref<VDIRecord>) in storage.store.read { $0.get(ref) } == nil ? nil : ref }
            return .string(try storage.copyVDI(call.ref(0), to: call.ref(1), base: existing(call.ref(2)),
                                               into: existing(call.ref(3)), task: call.task).raw)
        }
        table["VDI.resize"] = void { call in try storage.resizeVDI(call.ref(0), size: call.int(1), task: call.task) }
        table["VDI.resize_online"] = { call in
            try storage.operations.assertValid(storage.vdiPolicy, call.ref(0), .resizeOnline)
            try storage.resizeVDI(call.ref(0), size: call.int(1), task: call.task)
            return .void
        }
        table["VDI.introduce"] = { call in
            var r = VDIRecord()
            r.uuid = call.string(0)
            r.nameLabel = call.string(1)
            r.nameDescription = call.string(2)
            r.sr = call.ref(3)
            r.type = try VDIType(wire: call.args[4])
            r.sharable = call.bool(5)
            r.readOnly = call.bool(6)
            r.otherConfig = try map(call.args[7])
            r.location = call.string(8)
            r.xenstoreData = try map(call.args[9])
            r.smConfig = try map(call.args[10])
            return .string(try storage.introduceVDI(r).raw)
        }
        table["VDI.forget"] = void { call in try storage.forgetVDI(call.ref(0), task: call.task) }
        table["VDI.update"] = void { call in try storage.updateVDI(call.ref(0), task: call.task) }
        table["VDI.set_name_label"] = FieldSetters.setter(store, \VDIRecord.nameLabel)
        table["VDI.set_name_description"] = FieldSetters.setter(store, \VDIRecord.nameDescription)
        table["VDI.set_read_only"] = FieldSetters.setter(store, \VDIRecord.readOnly)
        table["VDI.set_sharable"] = FieldSetters.setter(store, \VDIRecord.sharable)
        table["VDI.set_allow_caching"] = FieldSetters.setter(store, \VDIRecord.allowCaching)
        let setOnBoot = FieldSetters.setter(store, \VDIRecord.onBoot)
        table["VDI.set_on_boot"] = { call in
            try storage.operations.assertValid(storage.vdiPolicy, call.ref(0), .setOnBoot)
            return try setOnBoot(call)
        }
    }
}
