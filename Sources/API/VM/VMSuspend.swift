// VM.suspend and resume/resume_on: the memory image goes through a file in the data directory
// into a suspend VDI (type suspend, in the VM's suspend SR, else the pool's suspend-image SR,
// else its default SR) and back.
import Database
import Datamodel
import Glibc
import Hypervisor
import Wire

extension VMService {
    func suspend(_ ref: Ref<VMRecord>, task: TaskHandle?) throws {
        let hv = try hypervisor("VM.suspend")
        try operations.run(vmPolicy, ref, .suspend, task: task?.ref) {
            let vm = try record(ref)
            let domid = try domid(of: vm, ref: ref)
            // Chosen before the domain goes: without one the VM keeps running (xapi checks first too).
            let sr = try suspendSR(vm, ref: ref)
            let path = temporaryImagePath(vm)
            defer { unlink(path) }
            try task?.checkCancelled()
            do {
                try hv.domains.suspend(domid, to: path)
            } catch {
                throw HypervisorErrors.map(error, vm: ref.raw)
            }
            task?.setProgress(0.5)
            detach(attachedVDIs(of: vm))
            let image: Ref<VDIRecord>
            do {
                image = try storeImage(vm, in: sr, path: path, task: task)
            } catch {
                // The domain is gone and its memory with it: the VM is Halted now.
                try? store.write { tx in try tx.recordHalted(ref) }
                throw error
            }
            try store.write { tx in try tx.recordSuspended(ref, suspendVDI: image) }
        }
    }

    func resume(_ ref: Ref<VMRecord>, paused: Bool, op: VMOperations, task: TaskHandle?) throws {
        let hv = try hypervisor("VM.\(op.rawValue)")
        try operations.run(vmPolicy, ref, op, task: task?.ref) {
            let vm = try record(ref)
            guard !vm.suspendVDI.isNull else { throw XenAPIError("VM_BAD_POWER_STATE", [ref.raw, "suspended", "halted"]) }
            try assertSRsAttached(ref, vm)
            try assertEnoughMemory(vm, hv)
            let path = temporaryImagePath(vm)
            defer { unlink(path) }
            try withDisksMarked(vm) {
                try storage.exportRaw(vm.suspendVDI, toFile: path, length: nil, task: task)
                try task?.checkCancelled()
                task?.setProgress(0.5)
                let prepared = try prepare(ref)
                try launch(ref, prepared, paused: paused, hv: hv) {
                    try hv.domains.resume(prepared.description, from: path, paused: paused)
                }
            }
            do {
                try storage.destroyVDI(vm.suspendVDI, task: nil)
            } catch {
                log.warning("suspend image \(vm.suspendVDI.raw) of \(ref.raw) not destroyed: \(error)")
            }
        }
    }

    func temporaryImagePath(_ vm: VMRecord) -> String {
        environment.dataDirectory + "/suspend-\(vm.uuid)-\(UUID.random()).img"
    }

    /// Where a VM's suspend image goes: VM.suspend_SR, the pool's suspend_image_SR, its default_SR.
    func suspendSR(_ vm: VMRecord, ref: Ref<VMRecord>) throws -> Ref<SRRecord> {
        try store.read { db in
            let pool = db.all(PoolRecord.self).first?.1
            for sr in [vm.suspendSR, pool?.suspendImageSR ?? .null, pool?.defaultSR ?? .null] where db.get(sr) != nil {
                return sr
            }
            throw XenAPIError("VM_NO_SUSPEND_SR", [ref.raw])
        }
    }

    /// A new suspend VDI in `sr` holding the image file.
    func storeImage(_ vm: VMRecord, in sr: Ref<SRRecord>, path: String, task: TaskHandle?) throws -> Ref<VDIRecord> {
        var st = stat()
        guard stat(path, &st) == 0 else { throw XenAPIError.internalError("suspend image \(path) is missing") }
        var record = VDIRecord()
        record.nameLabel = "Suspend image"
        record.nameDescription = "Suspend image of VM \(vm.uuid)"
        record.sr = sr
        record.type = .suspend
        let mib: Int64 = 1 << 20
        record.virtualSize = (Int64(st.st_size) + mib - 1) / mib * mib
        let vdi = try storage.createVDI(record, task: task)
        do {
            try storage.importRaw(vdi, fromFile: path, task: task)
        } catch {
            try? storage.destroyVDI(vdi, task: nil)
            throw error
        }
        return vdi
    }
}
