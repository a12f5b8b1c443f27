// VM.clone, copy, snapshot and checkpoint (xapi_vm_clone.ml): a new VM record copied from the
// source (copy_vm_record's rules), its disks cloned, copied or snapshotted through the storage
// layer one by one (progress and cancellation between disks), CD drives sharing their media,
// and its VIFs with new MACs (kept for snapshots). A failure or cancellation removes what was made.
import Database
import Datamodel
import Glibc
import Hypervisor
import Wire

enum CopyKind: Equatable {
    case clone
    case copy(Ref<SRRecord>)
    case snapshot
    case checkpoint

    var operation: VMOperations {
        switch self {
        case .clone: .clone
        case .copy: .copy
        case .snapshot: .snapshot
        case .checkpoint: .checkpoint
        }
    }

    var makesSnapshot: Bool { self == .snapshot || self == .checkpoint }
}

extension VMService {
    /// `ignoring`: VDIs whose VBDs the new VM does not get (VM.snapshot's ignore_vdis).
    func copyVM(_ ref: Ref<VMRecord>, newName: String, kind: CopyKind, ignoring: Set<String> = [],
                task: TaskHandle?) throws -> Ref<VMRecord> {
        if case .copy(let sr) = kind, !sr.isNull {
            let record = try self.record(sr)
            if record.type == "iso" || record.contentType == "iso" {
                throw XenAPIError("OPERATION_NOT_ALLOWED", ["Cannot copy a VM's disks to an ISO SR"])
            }
        }
        return try operations.run(vmPolicy, ref, kind.operation, task: task?.ref) {
            var memoryImage: Ref<VDIRecord> = .null
            if kind == .checkpoint, try record(ref).powerState == .running {
                memoryImage = try checkpointMemory(ref, task: task)
            }
            return try copyRecords(ref, newName: newName, kind: kind, memoryImage: memoryImage, ignoring: ignoring,
                                   task: task)
        }
    }

    private func copyRecords(_ ref: Ref<VMRecord>, newName: String, kind: CopyKind, memoryImage: Ref<VDIRecord>,
                             ignoring: Set<String>, task: TaskHandle?) throws -> Ref<VMRecord> {
        let (vm, vbds, vifs) = try store.read { db in
            let vm = try db.require(ref)
            return (vm, vm.vbds.compactMap { db.get($0) }.filter { !ignoring.contains($0.vdi.raw) },
                    vm.vifs.compactMap { db.get($0) })
        }
        var created: [Ref<VDIRecord>] = memoryImage.isNull ? [] : [memoryImage]
        do {
            var disks: [VBDRecord] = []
            for (i, vbd) in vbds.enumerated() {
                try task?.checkCancelled()
                var copy = vbd
                if !vbd.empty && !vbd.vdi.isNull && vbd.type != .cd {
                    copy.vdi = try copyDisk(vbd.vdi, kind: kind, task: task)
                    created.append(copy.vdi)
                }
                disks.append(copy)
                task?.setProgress(Double(i + 1) / Double(vbds.count + 1))
            }
            try task?.checkCancelled()
            var record = copiedRecord(vm, source: ref, newName: newName, kind: kind)
            if !memoryImage.isNull {
                record.powerState = .suspended
                record.suspendVDI = memoryImage
            }
            return try store.write { tx in
                let newRef = try tx.insertVM(record)
                for vbd in disks { try tx.insertVBD(vbd, vm: newRef) }
                for vif in vifs {
                    try tx.insertVIF(vif, vm: newRef, mac: kind.makesSnapshot ? vif.mac : nil, seed: record.otherConfig["mac_seed"])
                }
                if kind.makesSnapshot { try tx.update(ref) { $0.parent = newRef } }
                return newRef
            }
        } catch {
            for vdi in created { try? storage.destroyVDI(vdi, task: nil) }
            throw error
        }
    }

    private func copyDisk(_ vdi: Ref<VDIRecord>, kind: CopyKind, task: TaskHandle?) throws -> Ref<VDIRecord> {
        switch kind {
        case .clone: return try storage.cloneVDI(vdi, driverParams: [:], task: task)
        case .snapshot, .checkpoint: return try storage.snapshotVDI(vdi, driverParams: [:], task: task)
        case .copy(let sr): return try storage.copyVDI(vdi, to: sr.isNull ? try record(vdi).sr : sr, task: task)
        }
    }

    /// copy_vm_record: what a clone, copy or snapshot keeps of its source.
    func copiedRecord(_ vm: VMRecord, source: Ref<VMRecord>, newName: String, kind: CopyKind) -> VMRecord {
        var n = vm
        n.uuid = ""
        n.nameLabel = newName
        n.allowedOperations = []
        n.currentOperations = [:]
        n.isDefaultTemplate = false
        n.otherConfig["default_template"] = nil
        n.otherConfig["xensource_internal"] = nil
        if !kind.makesSnapshot {
            n.otherConfig["mac_seed"] = UUID.random()
            if vm.isATemplate && !vm.isASnapshot { n.otherConfig["base_template_name"] = vm.nameLabel }
        }
        n.powerState = .halted
        n.suspendVDI = .null
        n.residentOn = .null
        n.scheduledToBeResidentOn = .null
        n.domid = -1
        n.isControlDomain = false
        n.consoles = []
        n.vbds = []
        n.vifs = []
        n.vusbs = []
        n.crashDumps = []
        n.vtpms = []
        n.vgpus = []
        n.attachedPCIs = []
        n.metrics = .null
        n.guestMetrics = .null
        n.snapshots = []
        n.children = []
        n.blobs = [:]
        n.requiresReboot = false
        if kind.makesSnapshot {
            n.isASnapshot = true
            n.isATemplate = true
            n.snapshotOf = source
            n.snapshotTime = .now()
            n.parent = vm.parent
        } else {
            n.isASnapshot = false
            n.snapshotOf = .null
            n.snapshotTime = XenDate(secondsSince1970: 0)
            n.parent = .null
            n.lastBootedRecord = ""
        }
        return n
    }

    /// A checkpoint's memory: the running VM suspended into a new suspend VDI and resumed.
    private func checkpointMemory(_ ref: Ref<VMRecord>, task: TaskHandle?) throws -> Ref<VDIRecord> {
        let hv = try hypervisor("VM.checkpoint")
        let sr = try suspendSR(try record(ref), ref: ref)
        var image: Ref<VDIRecord> = .null
        try saveAndRestore(ref, hv: hv) { vm, path in image = try storeImage(vm, in: sr, path: path, task: task) }
        return image
    }
}

/// A VBD or VIF: copies for another VM start detached with no operations.
protocol VMDeviceRecord: XenRecord {
    associatedtype Metrics: XenRecord
    var uuid: String { get set }
    var metrics: Ref<Metrics> { get set }
    var vm: Ref<VMRecord> { get set }
    var currentlyAttached: Bool { get set }
    mutating func clearOperations()
}

extension VMDeviceRecord {
    func detachedCopy(for vm: Ref<VMRecord>) -> Self {
        var copy = self
        copy.uuid = ""
        copy.vm = vm
        copy.currentlyAttached = false
        copy.clearOperations()
        return copy
    }
}

extension VBDRecord: VMDeviceRecord {
    mutating func clearOperations() { (allowedOperations, currentOperations) = ([], [:]) }
}

extension VIFRecord: VMDeviceRecord {
    mutating func clearOperations() { (allowedOperations, currentOperations) = ([], [:]) }
}

extension Transaction {
    /// VBD.destroy/VIF.destroy: refused while attached to a running VM; takes its metrics along.
    mutating func destroyDevice<R: VMDeviceRecord>(_ ref: Ref<R>) throws {
        let device = try require(ref)
        let running = get(device.vm).map { $0.powerState == .running || $0.powerState == .paused } ?? false
        if device.currentlyAttached && running {
            throw XenAPIError("OPERATION_NOT_ALLOWED", ["\(R.className) currently attached to a running VM"])
        }
        try deleteDevice(ref, metrics: device.metrics)
    }

    /// A copy of `source` for `vm`: detached, with its own VBD_metrics.
    mutating func insertVBD(_ source: VBDRecord, vm: Ref<VMRecord>) throws {
        var vbd = source.detachedCopy(for: vm)
        vbd.metrics = try insert(VBDMetricsRecord())
        try insert(vbd)
    }

    /// A copy of `source` for `vm` with `mac`, or one generated from the seed.
    mutating func insertVIF(_ source: VIFRecord, vm: Ref<VMRecord>, mac: String?, seed: String?) throws {
        var vif = source.detachedCopy(for: vm)
        if let mac {
            vif.mac = mac
        } else {
            vif.mac = seed.map { MACAddress.generate(device: Int(vif.device) ?? 0, seed: $0) } ?? MACAddress.random()
            vif.macAutogenerated = true
        }
        vif.metrics = try insert(VIFMetricsRecord())
        try insert(vif)
    }
}
