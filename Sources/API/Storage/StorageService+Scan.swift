// SR.scan (sm SR._db_update): after collecting garbage, the VDI records follow the volumes on
// disk: new image files get records, records whose image vanished are forgotten (an attached or
// unmanaged one is marked missing instead), sizes and parents are refreshed.
import Database
import Datamodel
import Storage
import Wire

extension StorageService {
    func synchronise(_ ref: Ref<SRRecord>, task: TaskHandle? = nil) throws {
        let sr = try context(ref)
        let busy = attachedLocations(in: ref)
        try sr.call(task) { try sr.driver.collectGarbage(root: sr.root, busy: busy, progress: Self.progress(task)) }
        let volumes = try sr.call { try sr.driver.scan(root: sr.root) }
        let usage = try? sr.driver.usage(root: sr.root)
        try store.write { tx in
            guard let s = tx.get(ref) else { return }
            var found = Dictionary(volumes.map { ($0.location, $0) }, uniquingKeysWith: { a, _ in a })
            var allocation: Int64 = 0
            for vdi in s.vdis {
                guard let v = tx.get(vdi) else { continue }
                if let volume = found.removeValue(forKey: v.location) {
                    var updated = v
                    apply(volume, to: &updated)
                    updated.missing = false
                    if updated != v { try tx.update(vdi) { $0 = updated } }
                    allocation += updated.virtualSize
                } else if busy.contains(v.location) || !v.managed {
                    if !v.missing { try tx.update(vdi) { $0.missing = true } }
                } else {
                    try forgetRecord(vdi, in: &tx)
                }
            }
            for volume in found.values.sorted(by: { $0.location < $1.location }) {
                let r = newRecord(for: volume, in: sr, taken: { tx.ref(class: VDIRecord.className, uuid: $0) != nil })
                allocation += r.virtualSize
                _ = try tx.insert(r)
            }
            try tx.update(ref) { $0.virtualAllocation = allocation }
            try account(ref, allocation: 0, usage: usage, in: &tx)
        }
    }

    /// A record for a volume found on disk: a VHD named by a free uuid keeps it.
    func newRecord(for volume: SRVolume, in sr: SRContext, taken: (String) -> Bool) -> VDIRecord {
        var r = VDIRecord()
        r.uuid = volume.format == .vhd && UUID.isValid(volume.location) && !taken(volume.location)
            ? volume.location : UUID.random()
        r.nameLabel = volume.format == .vhd ? "" : volume.location
        r.sr = sr.ref
        r.location = volume.location
        r.type = .user
        r.readOnly = volume.readOnly
        r.managed = true
        r.isToolsIso = sr.record.isToolsSR
        apply(volume, to: &r)
        return r
    }

    /// Removes a VDI record with its (detached) VBDs, as VDI.destroy and SR.forget do.
    func forgetRecord(_ vdi: Ref<VDIRecord>, in tx: inout Transaction) throws {
        guard let v = tx.get(vdi) else { return }
        for vbd in v.vbds {
            guard let b = tx.get(vbd) else { continue }
            if tx.get(b.metrics) != nil { try tx.delete(b.metrics) }
            try tx.delete(vbd)
        }
        try tx.delete(vdi)
    }
}
