// Keeping VDI and SR records in step with the drivers: the SR context of a call, new records from
// volumes, clone/snapshot records, space accounting, and the refresh after collection.
import Database
import Datamodel
import Storage
import Synchronization
import Wire

extension StorageService {
    func record<R: XenRecord>(_ ref: Ref<R>) throws -> R {
        try store.read { db in try db.require(ref) }
    }

    /// The SR's driver and directory; SR_NO_PBDS unless a PBD is plugged (Sm.assert_pbd_is_plugged).
    func context(_ sr: Ref<SRRecord>, requirePlugged: Bool = true) throws -> SRContext {
        let (record, config, plugged) = try store.read { db -> (SRRecord, [String: String], Bool) in
            let r = try db.require(sr)
            let pbds = r.pbds.compactMap { db.get($0) }
            let attached = pbds.first { $0.currentlyAttached }
            return (r, (attached ?? pbds.first)?.deviceConfig ?? [:], attached != nil)
        }
        guard let driver = SRDrivers.driver(for: record.type) else {
            throw XenAPIError("SR_UNKNOWN_DRIVER", [record.type])
        }
        if requirePlugged && !plugged { throw XenAPIError("SR_NO_PBDS", [sr.raw]) }
        let root = try SRContext.root(type: driver.type, uuid: record.uuid, deviceConfig: config,
                                      dataDirectory: dataDirectory)
        return SRContext(ref: sr, record: record, driver: driver, root: root)
    }

    /// A caller's record with the runtime fields a new VDI starts with.
    static func fresh(_ r: VDIRecord) -> VDIRecord {
        let blank = VDIRecord()
        var n = r
        n.allowedOperations = []
        n.currentOperations = [:]
        n.vbds = []
        n.crashDumps = []
        n.snapshots = []
        n.storageLock = false
        n.managed = true
        n.missing = false
        n.parent = .null
        n.isASnapshot = false
        n.snapshotOf = .null
        n.snapshotTime = blank.snapshotTime
        n.metadataLatest = false
        n.isToolsIso = false
        n.cbtEnabled = false
        return n
    }

    /// What the driver says of the volume: sizes and the base its data continues in.
    func apply(_ volume: SRVolume, to r: inout VDIRecord) {
        r.virtualSize = Int64(volume.virtualSize)
        r.physicalUtilisation = Int64(volume.physicalUtilisation)
        if volume.format == .vhd { r.smConfig["vdi_type"] = "vhd" }
        r.smConfig["vhd-parent"] = volume.parentLocation
    }

    /// SR.virtual_allocation moves by `delta`; the filesystem figures are taken as they are now.
    func account(_ sr: Ref<SRRecord>, allocation delta: Int64, usage: SRUsage?, in tx: inout Transaction) throws {
        guard tx.get(sr) != nil else { return }
        try tx.update(sr) { s in
            s.virtualAllocation = max(0, s.virtualAllocation + delta)
            if let usage {
                s.physicalSize = Int64(usage.physicalSize)
                s.physicalUtilisation = Int64(usage.physicalUtilisation)
            }
        }
    }

    /// Clone and snapshot: instant, the driver shares the source's data with the new volume.
    func duplicate(_ vdi: Ref<VDIRecord>, as op: VDIOperations, task: TaskHandle?) throws -> Ref<VDIRecord> {
        try operations.run(vdiPolicy, vdi, op, task: task?.ref) {
            let source = try record(vdi)
            let sr = try context(source.sr)
            let uuid = UUID.random()
            let volume = try sr.call {
                try sr.driver.snapshotVolume(root: sr.root, location: source.location, newLocation: uuid)
            }
            let sourceVolume = try? sr.driver.volume(root: sr.root, location: source.location)
            var r = Self.fresh(source)
            r.uuid = uuid
            r.location = volume.location
            apply(volume, to: &r)
            if op == .snapshot {
                r.isASnapshot = true
                r.snapshotOf = vdi
                r.snapshotTime = .now()
            }
            let usage = try? sr.driver.usage(root: sr.root)
            return try store.write { tx in
                let ref = try tx.insert(r)
                if let sourceVolume { try tx.update(vdi) { apply(sourceVolume, to: &$0) } }
                try account(sr.ref, allocation: r.virtualSize, usage: usage, in: &tx)
                return ref
            }
        }
    }

    /// Locations of the SR's VDIs that a VBD has attached (their images are in use).
    func attachedLocations(in sr: Ref<SRRecord>, except: Ref<VDIRecord>? = nil) -> Set<String> {
        store.read { db in
            guard let s = db.get(sr) else { return [] }
            var busy: Set<String> = []
            for ref in s.vdis where ref != except {
                guard let v = db.get(ref) else { continue }
                if v.vbds.contains(where: { db.get($0)?.currentlyAttached == true }) { busy.insert(v.location) }
            }
            return busy
        }
    }

    /// Re-reads sizes and parents of the SR's VDIs (all, or `only` these) and the SR's usage.
    func refreshVolumes(of sr: SRContext, only: [Ref<VDIRecord>]? = nil) throws {
        let volumes: [String: SRVolume]
        if let only {
            let locations = store.read { db in only.compactMap { db.get($0)?.location } }
            volumes = Dictionary(locations.compactMap { try? sr.driver.volume(root: sr.root, location: $0) }
                .map { ($0.location, $0) }, uniquingKeysWith: { a, _ in a })
        } else {
            volumes = Dictionary(try sr.call { try sr.driver.scan(root: sr.root) }.map { ($0.location, $0) },
                                 uniquingKeysWith: { a, _ in a })
        }
        let usage = try? sr.driver.usage(root: sr.root)
        try store.write { tx in
            guard let s = tx.get(sr.ref) else { return }
            for ref in only ?? s.vdis {
                guard let v = tx.get(ref), let volume = volumes[v.location] else { continue }
                var updated = v
                apply(volume, to: &updated)
                if updated != v { try tx.update(ref) { $0 = updated } }
            }
            try account(sr.ref, allocation: 0, usage: usage, in: &tx)
        }
    }

    /// Task progress for a driver's long operation; false (stop) once the task is being cancelled.
    static func progress(_ task: TaskHandle?) -> VHD.Progress? {
        guard let task else { return nil }
        return { done, total in
            task.setProgress(total == 0 ? 1 : Double(done) / Double(total))
            return !task.isCancelling
        }
    }
}

/// A set of strings shared between threads.
final class LockedSet: Sendable {
    private let items = Mutex<Set<String>>([])

    func insert(_ item: String) { items.withLock { _ = $0.insert(item) } }

    /// Whether it was there.
    func remove(_ item: String) -> Bool { items.withLock { $0.remove(item) != nil } }
}
