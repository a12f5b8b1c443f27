// VDI.copy (xapi_vdi.ml copy, sm_fs_ops.ml copy_vdi): into an existing VDI when `into` is one
// (VDI_READONLY, VDI_TOO_SMALL), else into a new VDI in `sr` that goes again if the copy fails.
// With `base`, only what differs between it and the source is written (sparse_dd -base): the
// target is expected to hold the base's contents already. Progress and cancellation via the task.
import Database
import Datamodel
import Storage
import Wire

extension StorageService {
    func copyVDI(_ vdi: Ref<VDIRecord>, to sr: Ref<SRRecord>, base: Ref<VDIRecord>? = nil,
                 into target: Ref<VDIRecord>? = nil, task: TaskHandle?) throws -> Ref<VDIRecord> {
        try operations.run(vdiPolicy, vdi, .copy, task: task?.ref) {
            let source = try record(vdi)
            let from = try context(source.sr)
            let baseVolume = try base.map { ref -> (SRContext, String) in
                let r = try record(ref)
                return (try context(r.sr), r.location)
            }
            guard let target else {
                return try copyToNewVDI(source, from: from, base: baseVolume, in: sr, task: task)
            }
            let into = try record(target)
            if into.readOnly { throw XenAPIError("VDI_READONLY", [target.raw]) }
            guard into.virtualSize >= source.virtualSize else {
                throw XenAPIError("VDI_TOO_SMALL", [target.raw, String(source.virtualSize)])
            }
            try withImage(target, writable: true) { image, _ in
                try withSource(source, from: from, task: task) {
                    try transfer($0, base: baseVolume, to: image, task: task)
                }
            }
            return target
        }
    }

    /// A copy into a new volume of `sr`, whose record is made once the bytes are in.
    private func copyToNewVDI(_ source: VDIRecord, from: SRContext, base: (SRContext, String)?,
                              in sr: Ref<SRRecord>, task: TaskHandle?) throws -> Ref<VDIRecord> {
        let into = try context(sr)
        try operations.assertValid(srPolicy, sr, .vdiCreate)
        let uuid = UUID.random()
        let location = into.driver.type == "iso" ? uuid + ".img" : uuid
        let volume = try withSource(source, from: from, task: task) { image in
            if base == nil {
                let needed = try image.dataBytes()
                let free = try into.driver.usage(root: into.root).free
                guard needed <= free else { throw XenAPIError("SR_FULL", [String(needed), String(free)]) }
            }
            let created = try into.call {
                try into.driver.createVolume(root: into.root, location: location, virtualSize: UInt64(source.virtualSize))
            }
            do {
                let target = try into.driver.open(root: into.root, location: location, writable: true)
                defer { try? target.close() }
                try transfer(image, base: base, to: target, task: task)
            } catch {
                try? into.driver.deleteVolume(root: into.root, location: location, busy: [], progress: nil)
                throw error
            }
            return try into.driver.volume(root: into.root, location: created.location)
        }
        var r = Self.fresh(source)
        r.sr = sr
        r.uuid = uuid
        r.location = location
        r.readOnly = source.readOnly && into.driver.type == from.driver.type
        r.smConfig = [:]
        apply(volume, to: &r)
        let usage = try? into.driver.usage(root: into.root)
        return try store.write { tx in
            let ref = try tx.insert(r)
            try account(sr, allocation: r.virtualSize, usage: usage, in: &tx)
            return ref
        }
    }

    /// Runs `body` with the source's image open for reading (once for both the space check and
    /// the copy); driver errors become XenAPI errors.
    private func withSource<T>(_ source: VDIRecord, from: SRContext, task: TaskHandle?,
                               _ body: (DiskImage) throws -> T) throws -> T {
        try from.call(task) {
            let image = try from.driver.open(root: from.root, location: source.location, writable: false)
            defer { try? image.close() }
            return try body(image)
        }
    }

    /// The source's bytes (or, with a base, its differences from the base) written to `target`.
    private func transfer(_ image: DiskImage, base: (SRContext, String)?, to target: DiskImage,
                          task: TaskHandle?) throws {
        guard let (sr, location) = base else {
            return try image.copyData(to: target, progress: Self.progress(task))
        }
        let baseImage = try sr.call { try sr.driver.open(root: sr.root, location: location, writable: false) }
        defer { try? baseImage.close() }
        try image.copyDifferences(from: baseImage, to: target, progress: Self.progress(task))
    }
}
