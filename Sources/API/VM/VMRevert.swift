// VM.revert (xapi_vm_snapshot.ml): the snapshot's VM is stopped if it runs, loses its disks and
// VIFs, and gets the snapshot's configuration, clones of the snapshot's disks, the snapshot's
// VIFs (MACs kept) and, for a checkpoint, its memory image: it comes back Suspended.
import Database
import Datamodel
import Hypervisor
import Wire

extension VMService {
    func revert(_ snapshot: Ref<VMRecord>, task: TaskHandle?) throws {
        try operations.run(vmPolicy, snapshot, .revert, task: task?.ref) {
            let snap = try record(snapshot)
            let target = snap.snapshotOf
            guard let vm = try? record(target) else { throw XenAPIError("VM_REVERT_FAILED", [snapshot.raw, target.raw]) }
            if vm.powerState == .running || vm.powerState == .paused, let hv = environment.hypervisor {
                if vm.domid > 0 { try? hv.domains.hardShutdown(UInt32(vm.domid)) }
                try halt(target, domid: vm.domid > 0 ? UInt32(vm.domid) : nil, hv: hv)
            } else if vm.powerState == .suspended && !vm.suspendVDI.isNull {
                try? storage.destroyVDI(vm.suspendVDI, task: task)
            }
            let (oldDisks, snapVBDs, snapVIFs) = store.read { db in
                (vm.vbds.compactMap { db.get($0) }.filter { $0.type != .cd && !$0.vdi.isNull }.map(\.vdi),
                 snap.vbds.compactMap { db.get($0) }, snap.vifs.compactMap { db.get($0) })
            }
            var disks: [VBDRecord] = []
            var created: [Ref<VDIRecord>] = []
            do {
                for vbd in snapVBDs {
                    var copy = vbd
                    if !vbd.empty && !vbd.vdi.isNull && vbd.type != .cd {
                        copy.vdi = try storage.cloneVDI(vbd.vdi, driverParams: [:], task: task)
                        created.append(copy.vdi)
                    }
                    disks.append(copy)
                }
                let image = snap.suspendVDI.isNull ? Ref<VDIRecord>.null : try storage.cloneVDI(snap.suspendVDI, driverParams: [:], task: task)
                try store.write { tx in
                    let current = try tx.require(target)
                    for vbd in current.vbds { try tx.deleteDevice(vbd, metrics: tx.get(vbd)?.metrics) }
                    for vif in current.vifs { try tx.deleteDevice(vif, metrics: tx.get(vif)?.metrics) }
                    for vbd in disks { try tx.insertVBD(vbd, vm: target) }
                    for vif in snapVIFs { try tx.insertVIF(vif, vm: target, mac: vif.mac, seed: nil) }
                    try tx.update(target) { $0.revertConfiguration(to: snap, parent: snapshot) }
                    if !image.isNull { try tx.recordSuspended(target, suspendVDI: image) } else { try tx.recordHalted(target) }
                }
            } catch {
                for vdi in created { try? storage.destroyVDI(vdi, task: nil) }
                throw error
            }
            for vdi in oldDisks { try? storage.destroyVDI(vdi, task: nil) }
        }
    }
}

extension VMRecord {
    /// The fields a revert takes from the snapshot (its configuration, not its identity).
    mutating func revertConfiguration(to s: VMRecord, parent snapshot: Ref<VMRecord>) {
        nameDescription = s.nameDescription
        memoryStaticMin = s.memoryStaticMin
        memoryStaticMax = s.memoryStaticMax
        memoryDynamicMin = s.memoryDynamicMin
        memoryDynamicMax = s.memoryDynamicMax
        memoryTarget = s.memoryTarget
        vcpusParams = s.vcpusParams
        vcpusMax = s.vcpusMax
        vcpusAtStartup = s.vcpusAtStartup
        actionsAfterShutdown = s.actionsAfterShutdown
        actionsAfterReboot = s.actionsAfterReboot
        actionsAfterCrash = s.actionsAfterCrash
        pvBootloader = s.pvBootloader
        pvKernel = s.pvKernel
        pvRamdisk = s.pvRamdisk
        pvArgs = s.pvArgs
        pvBootloaderArgs = s.pvBootloaderArgs
        hvmBootPolicy = s.hvmBootPolicy
        hvmBootParams = s.hvmBootParams
        hvmShadowMultiplier = s.hvmShadowMultiplier
        platform = s.platform
        xenstoreData = s.xenstoreData
        domainType = s.domainType
        lastBootedRecord = s.lastBootedRecord
        parent = snapshot
    }
}
