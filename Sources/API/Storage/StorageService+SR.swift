// SR and PBD lifecycles (ocaml/xapi/xapi_sr.ml, xapi_pbd.ml): SR.create is introduce + a PBD
// + the driver's create + plug, undone if any step fails; forget drops the records, destroy
// also the storage; PBD.plug attaches and scans, unplug refuses while VDIs are attached. The
// SR's uuid is recorded with its storage (create, plug) for SR.probe (StorageService+Probe).
import Database
import Datamodel
import Storage
import Wire

extension StorageService {
    /// The host this daemon runs (the pool has one).
    var localHost: Ref<HostRecord> {
        store.read { Ref($0.refs(class: HostRecord.className).first ?? OpaqueRef.null) }
    }

    func createSR(host: Ref<HostRecord>, deviceConfig: [String: String], name: String, description: String,
                  type: String, contentType: String, shared: Bool, smConfig: [String: String],
                  task: TaskHandle?) throws -> Ref<SRRecord> {
        guard store.read({ $0.get(host) }) != nil else { throw XenAPIError.handleInvalid(class: "host", ref: host.raw) }
        let type = type.lowercased()
        guard SRDrivers.driver(for: type) != nil,
              store.read({ db in db.all(SMRecord.self).contains { $0.1.type == type } }) else {
            throw XenAPIError("SR_UNKNOWN_DRIVER", [type])
        }
        let sr = try introduceSR(uuid: "", name: name, description: description, type: type,
                                 contentType: contentType, shared: shared, smConfig: smConfig)
        do {
            var pbd = PBDRecord()
            pbd.host = host
            pbd.sr = sr
            pbd.deviceConfig = deviceConfig
            let pbdRef = try createPBD(pbd)
            let context = try self.context(sr, requirePlugged: false)
            if let other = context.driver.recordedUUID(root: context.root) {
                throw XenAPIError("SR_BACKEND_FAILURE", ["SRExists", "", "SR \(other) is stored at \(context.root)"])
            }
            try context.call {
                try context.driver.create(root: context.root)
                try context.driver.recordUUID(root: context.root, uuid: context.record.uuid)
            }
            try plugPBD(pbdRef, task: task)
            return sr
        } catch {
            try? store.write { tx in
                for pbd in tx.get(sr)?.pbds ?? [] { try tx.delete(pbd) }
                try tx.delete(sr)
            }
            throw error
        }
    }

    func introduceSR(uuid: String, name: String, description: String, type: String, contentType: String,
                     shared: Bool, smConfig: [String: String]) throws -> Ref<SRRecord> {
        let uuid = uuid.isEmpty ? UUID.random() : uuid
        return try store.write { tx in
            if tx.ref(class: SRRecord.className, uuid: uuid) != nil { throw XenAPIError("SR_UUID_EXISTS", [uuid]) }
            var r = SRRecord()
            r.uuid = uuid
            r.nameLabel = name
            r.nameDescription = description
            r.type = type.lowercased()
            r.contentType = contentType
            r.shared = shared
            r.smConfig = smConfig
            r.physicalSize = -1
            r.physicalUtilisation = -1
            r.virtualAllocation = 0
            return try tx.insert(r)
        }
    }

    /// SR.forget: the records go (PBDs, VDIs, the SR); nothing on disk changes.
    func forgetSR(_ sr: Ref<SRRecord>, task: TaskHandle?) throws {
        try operations.run(srPolicy, sr, .forget, task: task?.ref) {
            try store.write { tx in try forgetRecords(sr, in: &tx) }
        }
    }

    /// SR.destroy: the driver removes the SR's storage, then the records go.
    func destroySR(_ sr: Ref<SRRecord>, task: TaskHandle?) throws {
        try operations.run(srPolicy, sr, .destroy, task: task?.ref) {
            let context = try self.context(sr, requirePlugged: false)
            if context.record.otherConfig["indestructible"] == "true" {
                throw XenAPIError("SR_INDESTRUCTIBLE", [sr.raw])
            }
            do {
                try context.driver.destroy(root: context.root)
            } catch let error as StorageError where error.code == .invalidArgument {
                throw XenAPIError("SR_NOT_EMPTY", [])
            } catch let error as StorageError {
                throw context.xenAPIError(error, task: task)
            }
            try store.write { tx in try forgetRecords(sr, in: &tx) }
        }
    }

    private func forgetRecords(_ sr: Ref<SRRecord>, in tx: inout Transaction) throws {
        guard let s = tx.get(sr) else { return }
        for vdi in s.vdis { try forgetRecord(vdi, in: &tx) }
        for pbd in s.pbds where tx.get(pbd) != nil { try tx.delete(pbd) }
        try tx.delete(sr)
    }

    /// SR.update: sizes from the filesystem and the volumes.
    func updateSR(_ sr: Ref<SRRecord>, task: TaskHandle?) throws {
        try operations.run(srPolicy, sr, .update, task: task?.ref) {
            try refreshVolumes(of: try context(sr))
        }
    }

    // MARK: PBDs

    func createPBD(_ record: PBDRecord) throws -> Ref<PBDRecord> {
        if record.deviceConfig["SRmaster"] != nil {
            throw XenAPIError("VALUE_NOT_SUPPORTED", ["device_config", "SRmaster",
                                                      "This key is for internal use only"])
        }
        return try store.write { tx in
            let sr = try tx.require(record.sr)
            _ = try tx.require(record.host)
            if let existing = sr.pbds.first(where: { tx.get($0)?.host == record.host }) {
                throw XenAPIError("PBD_EXISTS", [record.sr.raw, record.host.raw, existing.raw])
            }
            var r = record
            r.uuid = UUID.random()
            r.currentlyAttached = false
            return try tx.insert(r)
        }
    }

    func destroyPBD(_ pbd: Ref<PBDRecord>) throws {
        try store.write { tx in
            let r = try tx.require(pbd)
            if r.currentlyAttached { throw XenAPIError("OPERATION_NOT_ALLOWED", ["PBD is currently attached"]) }
            try tx.delete(pbd)
        }
    }

    /// PBD.plug: the driver checks the storage is there; then the SR is scanned.
    func plugPBD(_ pbd: Ref<PBDRecord>, task: TaskHandle?) throws {
        let r = try record(pbd)
        if r.currentlyAttached { return }
        try operations.run(srPolicy, r.sr, .plug, task: task?.ref) {
            let sr = try context(r.sr, requirePlugged: false)
            try sr.call { try sr.driver.attach(root: sr.root) }
            if sr.driver.recordedUUID(root: sr.root) == nil {
                // SRs made before the record existed, or introduced by hand, get one. Best
                // effort: storage the daemon cannot write still plugs (read-only use).
                try? sr.driver.recordUUID(root: sr.root, uuid: sr.record.uuid)
            }
            try store.write { tx in try tx.update(pbd) { $0.currentlyAttached = true } }
        }
        try synchronise(r.sr, task: task)
    }

    /// PBD.unplug: refused while a VBD has one of the SR's VDIs attached.
    func unplugPBD(_ pbd: Ref<PBDRecord>, task: TaskHandle?) throws {
        let r = try record(pbd)
        guard r.currentlyAttached else { return }
        try operations.run(srPolicy, r.sr, .unplug, task: task?.ref) {
            try store.write { tx in
                let sr = try tx.require(r.sr)
                let inUse = sr.vdis.filter { vdi in
                    tx.get(vdi)?.vbds.contains { tx.get($0)?.currentlyAttached == true } == true
                }
                if !inUse.isEmpty { throw XenAPIError("VDI_IN_USE", inUse.map(\.raw)) }
                try tx.update(pbd) { $0.currentlyAttached = false }
            }
        }
    }
}
