// The VDI messages that only the VDI handlers use: introduce, forget and update (xapi_vdi.ml).
import Database
import Datamodel
import Storage
import Wire

extension StorageService {
    /// VDI.introduce: a record for a volume the SR already holds (SM capability VDI_INTRODUCE).
    func introduceVDI(_ record: VDIRecord) throws -> Ref<VDIRecord> {
        let sr = try context(record.sr)
        try operations.assertValid(srPolicy, record.sr, .vdiIntroduce)
        let volume = try sr.call { try sr.driver.volume(root: sr.root, location: record.location) }
        var r = Self.fresh(record)
        if r.uuid.isEmpty { r.uuid = UUID.random() }
        apply(volume, to: &r)
        let uuid = r.uuid
        return try store.write { tx in
            if tx.ref(class: VDIRecord.className, uuid: uuid) != nil {
                throw XenAPIError("INVALID_VALUE", ["uuid", uuid])
            }
            let ref = try tx.insert(r)
            try account(record.sr, allocation: r.virtualSize, usage: nil, in: &tx)
            return ref
        }
    }

    /// VDI.forget: the record goes, the volume stays (a scan brings it back).
    func forgetVDI(_ vdi: Ref<VDIRecord>, task: TaskHandle?) throws {
        try operations.run(vdiPolicy, vdi, .forget, task: task?.ref) {
            try store.write { tx in
                let r = try tx.require(vdi)
                try tx.delete(vdi)
                try account(r.sr, allocation: -r.virtualSize, usage: nil, in: &tx)
            }
        }
    }

    /// VDI.update: sizes and parent re-read from the volume.
    func updateVDI(_ vdi: Ref<VDIRecord>, task: TaskHandle?) throws {
        try operations.run(vdiPolicy, vdi, .update, task: task?.ref) {
            try refreshVolumes(of: try context(try record(vdi).sr), only: [vdi])
        }
    }
}
