// The storage operations other handlers build on (VM.provision/clone/copy/snapshot, suspend
// images, VBD attach), with the same semantics, checks and errors as the VDI.* messages.
// Owned by the storage work (issue 4); bodies that are not written yet answer NOT_IMPLEMENTED.
import Database
import Datamodel
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

    init(store: ObjectStore, operations: OperationLocks, dataDirectory: String) {
        self.store = store
        self.operations = operations
        self.dataDirectory = dataDirectory
    }

    private func notYet(_ what: String) -> XenAPIError { XenAPIError("NOT_IMPLEMENTED", [what]) }

    /// VDI.create: `record` carries SR, virtual_size, type, name, sharable, read_only, sm_config,
    /// other_config, xenstore_data; the image is made in the SR and the record inserted.
    func createVDI(_ record: VDIRecord, task: TaskHandle?) throws -> Ref<VDIRecord> { throw notYet("VDI.create") }
    /// VDI.clone (instant; `driverParams` as the message's driver_params).
    func cloneVDI(_ vdi: Ref<VDIRecord>, driverParams: [String: String], task: TaskHandle?) throws -> Ref<VDIRecord> {
        throw notYet("VDI.clone")
    }
    /// VDI.snapshot (instant; the new VDI has is_a_snapshot, snapshot_of, snapshot_time).
    func snapshotVDI(_ vdi: Ref<VDIRecord>, driverParams: [String: String], task: TaskHandle?) throws -> Ref<VDIRecord> {
        throw notYet("VDI.snapshot")
    }
    /// VDI.copy into `sr` (a full, independent copy; progress and cancellation through `task`).
    func copyVDI(_ vdi: Ref<VDIRecord>, to sr: Ref<SRRecord>, task: TaskHandle?) throws -> Ref<VDIRecord> {
        throw notYet("VDI.copy")
    }
    /// VDI.destroy (VDI_IN_USE and the other checks included).
    func destroyVDI(_ vdi: Ref<VDIRecord>, task: TaskHandle?) throws { throw notYet("VDI.destroy") }
    /// Makes the VDI available to a VBD backend.
    func attach(_ vdi: Ref<VDIRecord>, writable: Bool) throws -> VDIAttachment { throw notYet("VDI attach") }
    func detach(_ vdi: Ref<VDIRecord>) throws { throw notYet("VDI detach") }
    /// Writes the bytes of a raw file into the VDI from offset 0 (suspend images).
    func importRaw(_ vdi: Ref<VDIRecord>, fromFile path: String, task: TaskHandle?) throws { throw notYet("VDI import") }
    /// Reads the VDI's first `length` bytes (its virtual size when nil) into a raw file.
    func exportRaw(_ vdi: Ref<VDIRecord>, toFile path: String, length: Int64?, task: TaskHandle?) throws {
        throw notYet("VDI export")
    }
}
