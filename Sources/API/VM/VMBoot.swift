// Building and tearing down a VM's domain, shared by start, reboot, resume and the restart
// actions: attach the VDIs of its VBDs, describe the VM, start (or resume) the domain, record it;
// and on the way down destroy the domain, detach the VDIs and record Halted.
import Database
import Datamodel
import Glibc
import Hypervisor
import Wire

/// A VM with its devices resolved for the domain layer, and the VDIs attached for it.
struct PreparedVM {
    var vm: VMRecord
    var description: VMDescription
    var disks: [Ref<VBDRecord>: String]
    var vifs: [Ref<VIFRecord>]
    var attached: [Ref<VDIRecord>]
}

extension VMService {
    /// HOST_NOT_ENOUGH_FREE_MEMORY [needed; available] when the VM's start memory and overhead
    /// exceed what the hypervisor has free.
    func assertEnoughMemory(_ vm: VMRecord, _ hv: HypervisorStack) throws {
        let free = try hv.control.physinfo().freeMemoryBytes
        let needed = vm.startMemoryBytes
        if needed > free { throw XenAPIError("HOST_NOT_ENOUGH_FREE_MEMORY", [String(needed), String(free)]) }
    }

    /// VM_REQUIRES_SR when a disk's SR is not attached on this host.
    func assertSRsAttached(_ ref: Ref<VMRecord>, _ vm: VMRecord) throws {
        let host = self.host
        try store.read { db in
            for vbdRef in vm.vbds {
                guard let vbd = db.get(vbdRef), !vbd.empty, let vdi = db.get(vbd.vdi), let sr = db.get(vdi.sr) else { continue }
                let attached = sr.pbds.contains { db.get($0).map { $0.host == host && $0.currentlyAttached } ?? false }
                if !attached { throw XenAPIError("VM_REQUIRES_SR", [ref.raw, vdi.sr.raw]) }
            }
        }
    }

    /// Attaches the VM's disks and describes it. Detaches again if anything fails.
    func prepare(_ ref: Ref<VMRecord>) throws -> PreparedVM {
        let (vm, vbds, vifs) = try store.read { db -> (VMRecord, [(Ref<VBDRecord>, VBDRecord)], [(Ref<VIFRecord>, VIFRecord, NetworkRecord?)]) in
            let vm = try db.require(ref)
            return (vm, vm.vbds.compactMap { r in db.get(r).map { (r, $0) } },
                    vm.vifs.compactMap { r in db.get(r).map { (r, $0, db.get($0.network)) } })
        }
        let hvm = vm.bootsHVM
        var prepared = PreparedVM(vm: vm, description: vm.description(disks: [], nics: []), disks: [:], vifs: [],
                                  attached: [])
        do {
            var disks: [DiskDevice] = []
            for (vbdRef, vbd) in vbds.sorted(by: { $0.1.userdevice < $1.1.userdevice }) {
                guard let position = vbd.position(hvm: hvm), let number = DeviceNumber(userdevice: position, hvm: hvm) else {
                    throw XenAPIError("INVALID_DEVICE", [vbd.userdevice])
                }
                disks.append(try diskDevice(vbd, position: position, attached: &prepared.attached))
                prepared.disks[vbdRef] = number.linuxDevice
            }
            var nics: [NetworkDevice] = []
            for (vifRef, vif, network) in vifs {
                guard let network, let nic = vif.guestNetworkDevice(on: network) else { continue }
                nics.append(nic)
                prepared.vifs.append(vifRef)
            }
            prepared.description = vm.description(disks: disks, nics: nics)
            return prepared
        } catch {
            detach(prepared.attached)
            throw error
        }
    }

    /// The DiskDevice of a VBD, attaching its VDI (an empty CD drive attaches nothing).
    func diskDevice(_ vbd: VBDRecord, position: Int, attached: inout [Ref<VDIRecord>]) throws -> DiskDevice {
        if vbd.empty || vbd.vdi.isNull { return .cdrom(userdevice: position) }
        let attachment = try storage.attach(vbd.vdi, writable: vbd.mode == .rw)
        attached.append(vbd.vdi)
        var disk = DiskDevice(userdevice: position, media: vbd.type == .cd ? .cdrom : .disk,
                              mode: vbd.mode == .rw ? .readWrite : .readOnly, params: attachment.path,
                              physicalType: .file, unpluggable: vbd.unpluggable,
                              extraBackendKeys: attachment.backendKeys)
        disk.extraPrivateKeys = ["vbd-uuid": vbd.uuid]
        return disk
    }

    /// Best effort: a VDI that will not detach is logged, not fatal (the domain is gone).
    func detach(_ vdis: [Ref<VDIRecord>]) {
        for vdi in vdis {
            do { try storage.detach(vdi) } catch { log.warning("detach \(vdi.raw): \(error)") }
        }
    }

    /// The VDIs a halted or suspended VM's domain held.
    func attachedVDIs(of vm: VMRecord) -> [Ref<VDIRecord>] {
        store.read { db in vm.vbds.compactMap { db.get($0) }.filter { !$0.empty && !$0.vdi.isNull }.map(\.vdi) }
    }

    /// Starts the VM's domain and records it Running (or Paused). No operation lock: callers hold one.
    func boot(_ ref: Ref<VMRecord>, paused: Bool, hv: HypervisorStack) throws {
        let vm = try record(ref)
        try vm.assertBootable(ref: ref)
        try withDisksMarked(vm) {
            try assertSRsAttached(ref, vm)
            try assertEnoughMemory(vm, hv)
            let prepared = try prepare(ref)
            try launch(ref, prepared, paused: paused, hv: hv) { try hv.domains.start(prepared.description, paused: paused) }
        }
    }

    /// Runs `body` with the VM's VBDs marked `attach` (xapi's with_vbds_marked around start, reboot
    /// and resume): a disk another live VM writes to is refused with VDI_IN_USE, and nothing else
    /// attaches the disks meanwhile.
    func withDisksMarked<T>(_ vm: VMRecord, _ body: () throws -> T) throws -> T {
        try operations.runAll(vbdPolicy, vm.vbds, .attach, task: nil, body)
    }

    /// Runs `create` (a start or resume), then records the domain; undoes both on failure.
    func launch(_ ref: Ref<VMRecord>, _ prepared: PreparedVM, paused: Bool, hv: HypervisorStack,
                _ create: () throws -> UInt32) throws {
        let domid: UInt32
        do {
            domid = try create()
        } catch {
            detach(prepared.attached)
            throw HypervisorErrors.map(error, vm: ref.raw, memory: { [vm = prepared.vm] in
                (vm.startMemoryBytes, (try? hv.control.physinfo().freeMemoryBytes) ?? 0)
            })
        }
        let started = StartedDomain(domid: domid, paused: paused, hvm: prepared.vm.bootsHVM,
                                    targetBytes: prepared.description.memory.initialTarget, disks: prepared.disks,
                                    vifs: prepared.vifs)
        do {
            let host = self.host
            try store.write(durability: .relaxed) { tx in try tx.recordStarted(ref, started, host: host) }
        } catch {
            try? hv.domains.destroy(domid)
            detach(prepared.attached)
            throw error
        }
    }

    /// Destroys the domain (if still there), detaches the disks (a suspended VM's are detached
    /// already) and records Halted.
    func halt(_ ref: Ref<VMRecord>, domid: UInt32?, hv: HypervisorStack, detachDisks: Bool = true) throws {
        if let domid {
            do {
                try hv.domains.destroy(domid)
            } catch HypervisorError.noSuchDomain {
                // Already gone (the guest or a concurrent hard_shutdown took it).
            }
        }
        if detachDisks { detach(attachedVDIs(of: try record(ref))) }
        try store.write(durability: .relaxed) { tx in try tx.recordHalted(ref) }
    }
}
