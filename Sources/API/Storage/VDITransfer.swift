// A VDI opened for an HTTP transfer (/import_raw_vdi, /export_raw_vdi): the daemon streams bytes
// through `image`; closing refreshes the record's sizes. Errors of the image become XenAPI errors
// here, as for every other storage call.
import Database
import Datamodel
import Storage
import Wire

public final class VDITransfer {
    public let image: DiskImage
    public let uuid: String
    let ref: Ref<VDIRecord>
    let storage: StorageService
    let sr: SRContext
    let writable: Bool

    init(image: DiskImage, uuid: String, ref: Ref<VDIRecord>, storage: StorageService, sr: SRContext, writable: Bool) {
        self.image = image
        self.uuid = uuid
        self.ref = ref
        self.storage = storage
        self.sr = sr
        self.writable = writable
    }

    /// Makes what was written durable, closes the image and refreshes the VDI's record.
    public func close() throws {
        defer { if writable { try? storage.refreshVolumes(of: sr, only: [ref]) } }
        do {
            if writable { try image.flush() }
            try image.close()
        } catch {
            throw xenAPIError(error, task: nil)
        }
    }

    /// The XenAPI error for a failure during the transfer.
    public func xenAPIError(_ error: Error, task: TaskHandle?) -> XenAPIError {
        if let e = error as? StorageError { return sr.xenAPIError(e, task: task) }
        return ErrorMapping.xenAPIError(for: error)
    }
}

extension APIServer {
    /// Opens the VDI named by `vdi` (a ref or a uuid, as xapi's handlers accept) for a transfer.
    public func openVDITransfer(_ vdi: String, writable: Bool) throws -> VDITransfer {
        let ref: Ref<VDIRecord> = try store.read { db in
            if db.get(Ref<VDIRecord>(vdi)) != nil { return Ref(vdi) }
            if let byUUID = db.ref(class: VDIRecord.className, uuid: vdi) { return Ref(byUUID) }
            throw XenAPIError.handleInvalid(class: VDIRecord.className, ref: vdi)
        }
        let storage = StorageService(store: store, operations: operations, dataDirectory: environment.dataDirectory)
        let record = try storage.record(ref)
        if writable && record.readOnly { throw XenAPIError("VDI_READONLY", [ref.raw]) }
        let sr = try storage.context(record.sr)
        let image = try sr.call { try sr.driver.open(root: sr.root, location: record.location, writable: writable) }
        return VDITransfer(image: image, uuid: record.uuid, ref: ref, storage: storage, sr: sr, writable: writable)
    }
}

@available(*, unavailable)
extension VDITransfer: Sendable {}
