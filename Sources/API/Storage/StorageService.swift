// The storage operations other handlers build on (VM.provision/clone/copy/snapshot, suspend
// images, VBD attach), with the same semantics, checks and errors as the VDI.* messages, which
// call them too. Bytes live in the SR drivers (Storage module); this file keeps the records in
// step with them (ocaml/xapi/xapi_vdi.ml, sm_fs_ops.ml).
import Database
import Glibc
import Datamodel
import Storage
import Wire

/// What the hypervisor layer needs to attach a VDI.
struct VDIAttachment: Sendable, Hashable {
    /// The image the backend opens (a file path on the simulated host).
    var path: String
    /// `vhd`, `raw` or `iso`.
    var format: String
    /// Backend keys to add (`sm-data/vdi-uuid` ...).
    var backendKeys: [String: String]
}

final class StorageService: Sendable {
    let store: ObjectStore
    let operations: OperationLocks
    let dataDirectory: String
    let vdiPolicy = VDIPolicy()
    let srPolicy = SRPolicy()
    /// SRs whose garbage collection left work for when a VDI is detached (shared by every
    /// instance: the HTTP endpoints make their own).
    static let pendingCollection = LockedSet()

    init(store: ObjectStore, operations: OperationLocks, dataDirectory: String) {
        self.store = store
        self.operations = operations
        self.dataDirectory = dataDirectory
    }

    /// VDI.create: `record` carries SR, virtual_size, type, name, sharable, read_only, sm_config,
    /// other_config, xenstore_data; the image is made in the SR and the record inserted.
    func createVDI(_ record: VDIRecord, task: TaskHandle?) throws -> Ref<VDIRecord> {
        if record.type == .cbtMetadata { throw XenAPIError("VDI_INCOMPATIBLE_TYPE", ["", "cbt_metadata"]) }
        guard record.virtualSize >= 0 else {
            throw XenAPIError.invalidValue("virtual_size", String(record.virtualSize))
        }
        let sr = try context(record.sr)
        try operations.assertValid(srPolicy, record.sr, .vdiCreate)
        let uuid = UUID.random()
        let location = sr.driver.type == "iso" ? uuid + ".img" : uuid
        let volume = try sr.call {
            try sr.driver.createVolume(root: sr.root, location: location, virtualSize: UInt64(record.virtualSize))
        }
        var r = Self.fresh(record)
        r.uuid = uuid
        r.location = location
        apply(volume, to: &r)
        let usage = try? sr.driver.usage(root: sr.root)
        do {
            return try store.write { tx in
                let ref = try tx.insert(r)
                try account(sr.ref, allocation: r.virtualSize, usage: usage, in: &tx)
                return ref
            }
        } catch {
            try? sr.driver.deleteVolume(root: sr.root, location: location, busy: [], progress: nil)
            throw error
        }
    }

    /// VDI.clone (instant; `driverParams` as the message's driver_params).
    func cloneVDI(_ vdi: Ref<VDIRecord>, driverParams: [String: String], task: TaskHandle?) throws -> Ref<VDIRecord> {
        try duplicate(vdi, as: .clone, task: task)
    }

    /// VDI.snapshot (instant; the new VDI has is_a_snapshot, snapshot_of, snapshot_time).
    func snapshotVDI(_ vdi: Ref<VDIRecord>, driverParams: [String: String], task: TaskHandle?) throws -> Ref<VDIRecord> {
        try duplicate(vdi, as: .snapshot, task: task)
    }

    /// VDI.destroy (VDI_IN_USE and the other checks included). The VDI's detached VBDs go with
    /// it (xapi_vdi.ml destroy); bases nothing needs are collected.
    func destroyVDI(_ vdi: Ref<VDIRecord>, task: TaskHandle?) throws {
        try operations.run(vdiPolicy, vdi, .destroy, task: task?.ref) {
            let r = try record(vdi)
            let sr = try context(r.sr)
            let busy = attachedLocations(in: r.sr)
            do {
                try sr.call(task) {
                    try sr.driver.deleteVolume(root: sr.root, location: r.location, busy: busy,
                                               progress: Self.progress(task))
                }
            } catch let error as XenAPIError where error.code == "VDI_MISSING" {
                // The image is already gone: forgetting the record is all that is left.
            }
            try store.write { tx in
                try forgetRecord(vdi, in: &tx)
                try account(r.sr, allocation: -r.virtualSize, usage: nil, in: &tx)
            }
            if !busy.isEmpty { Self.pendingCollection.insert(sr.root) }
            try refreshVolumes(of: sr)
        }
    }

    /// VDI.resize: grows the disk (shrinking is refused, as the VHD drivers refuse it).
    func resizeVDI(_ vdi: Ref<VDIRecord>, size: Int64, task: TaskHandle?) throws {
        try operations.run(vdiPolicy, vdi, .resize, task: task?.ref) {
            let r = try record(vdi)
            let sr = try context(r.sr)
            guard size >= r.virtualSize else {
                throw XenAPIError("SR_BACKEND_FAILURE", ["VDISize", "", "shrinking a VDI is not allowed"])
            }
            let volume = try sr.call { try sr.driver.resizeVolume(root: sr.root, location: r.location, size: UInt64(size)) }
            let usage = try? sr.driver.usage(root: sr.root)
            try store.write { tx in
                try tx.update(vdi) { apply(volume, to: &$0) }
                try account(r.sr, allocation: Int64(volume.virtualSize) - r.virtualSize, usage: usage, in: &tx)
            }
        }
    }

    /// Makes the VDI available to a VBD backend.
    func attach(_ vdi: Ref<VDIRecord>, writable: Bool) throws -> VDIAttachment {
        let r = try record(vdi)
        if writable && r.readOnly { throw XenAPIError("VDI_READONLY", [vdi.raw]) }
        let sr = try context(r.sr)
        let volume = try sr.call { try sr.driver.volume(root: sr.root, location: r.location) }
        return VDIAttachment(path: volume.path, format: volume.format.rawValue,
                             backendKeys: ["sm-data/vdi-uuid": r.uuid])
    }

    /// The backend let go of the image: collection deferred because it was attached may run.
    func detach(_ vdi: Ref<VDIRecord>) throws {
        let r = try record(vdi)
        let sr = try context(r.sr, requirePlugged: false)
        guard Self.pendingCollection.remove(sr.root) else { return }
        try sr.call {
            try sr.driver.collectGarbage(root: sr.root, busy: attachedLocations(in: r.sr, except: vdi), progress: nil)
        }
        try refreshVolumes(of: sr)
    }

    /// Writes the bytes of a raw file into the VDI from offset 0 (suspend images).
    func importRaw(_ vdi: Ref<VDIRecord>, fromFile path: String, task: TaskHandle?) throws {
        try withImage(vdi, writable: true) { image, sr in
            try sr.call(task) {
                let source = try RawImage(path: path, writable: false)
                defer { try? source.close() }
                try source.copyData(to: image, progress: Self.progress(task))
            }
        }
    }

    /// Reads the VDI's first `length` bytes (its virtual size when nil) into a raw file.
    func exportRaw(_ vdi: Ref<VDIRecord>, toFile path: String, length: Int64?, task: TaskHandle?) throws {
        try withImage(vdi, writable: false) { image, sr in
            try sr.call(task) {
                let size = length.map { UInt64(max(0, $0)) } ?? image.virtualSize
                _ = unlink(path)  // a previous image is replaced
                let target = try RawImage.create(at: path, size: size)
                defer { try? target.close() }
                try image.copyData(to: target, length: size, progress: Self.progress(task))
            }
        }
    }

    /// Runs `body` with the VDI's image open; writing needs a writable VDI (VDI_READONLY).
    func withImage<T>(_ vdi: Ref<VDIRecord>, writable: Bool, _ body: (DiskImage, SRContext) throws -> T) throws -> T {
        let r = try record(vdi)
        if writable && r.readOnly { throw XenAPIError("VDI_READONLY", [vdi.raw]) }
        let sr = try context(r.sr)
        let image = try sr.call { try sr.driver.open(root: sr.root, location: r.location, writable: writable) }
        do {
            let result = try body(image, sr)
            try sr.call { try image.close() }
            if writable { try refreshVolumes(of: sr, only: [vdi]) }
            return result
        } catch {
            try? image.close()
            if writable { try? refreshVolumes(of: sr, only: [vdi]) }
            throw error
        }
    }
}
