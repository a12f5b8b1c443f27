// VBD.create/plug/unplug/unplug_force/insert/eject/destroy (xapi_vbd.ml): the constructor's
// checks and userdevice autodetection, hotplug into the running domain through the device layer
// with the storage attach, CD media changes, and currently_attached kept in step.
import Database
import Datamodel
import Hypervisor
import Wire

extension VMService {
    func createVBD(_ argument: Value) throws -> Ref<VBDRecord> {
        var vbd: VBDRecord = try RecordArgument.decode(argument)
        if vbd.type == .cd && vbd.mode != .ro { throw XenAPIError("VBD_CDS_MUST_BE_READONLY") }
        if vbd.empty && vbd.type != .cd { throw XenAPIError("VBD_NOT_REMOVABLE_MEDIA", ["in constructor"]) }
        return try store.write { tx in
            let vm = try tx.require(vbd.vm)
            if vbd.empty {
                vbd.vdi = .null
            } else {
                let vdi = try tx.require(vbd.vdi)
                let allowed: Set<VDIType> = [.system, .user, .ephemeral, .suspend, .crashdump, .metadata, .rrd, .pvsCache]
                if !allowed.contains(vdi.type) { throw XenAPIError("VDI_INCOMPATIBLE_TYPE", [vbd.vdi.raw, vdi.type.rawValue]) }
                if vbd.mode == .rw && vdi.readOnly { throw XenAPIError("VDI_READONLY", [vbd.vdi.raw]) }
            }
            let hvm = vm.bootsHVM
            let used = Set(vm.vbds.compactMap { tx.get($0)?.position(hvm: hvm) })
            if vbd.userdevice == "autodetect" {
                let slots = hvm ? Array(0...3) : Array(0...15)
                guard let free = slots.first(where: { !used.contains($0) }) else {
                    throw XenAPIError("INVALID_DEVICE", ["autodetect"])
                }
                vbd.userdevice = String(free)
            }
            guard let position = vbd.position(hvm: hvm), DeviceNumber(userdevice: position, hvm: hvm) != nil else {
                throw XenAPIError("INVALID_DEVICE", [vbd.userdevice])
            }
            if used.contains(position) { throw XenAPIError("DEVICE_ALREADY_EXISTS", [vbd.userdevice]) }
            if vm.powerState != .suspended {
                vbd.device = ""
                vbd.currentlyAttached = false
            }
            vbd.allowedOperations = []
            vbd.currentOperations = [:]
            vbd.metrics = try tx.insert(VBDMetricsRecord())
            return try tx.insert(vbd)
        }
    }

    /// The VBD, its VM and the VM's running domain.
    private func vbdContext(_ ref: Ref<VBDRecord>) throws -> (VBDRecord, VMRecord, UInt32) {
        let vbd = try record(ref)
        let vm = try record(vbd.vm)
        return (vbd, vm, try domid(of: vm, ref: vbd.vm))
    }

    func plugVBD(_ ref: Ref<VBDRecord>, task: TaskHandle?) throws {
        let hv = try hypervisor("VBD.plug")
        try operations.run(vbdPolicy, ref, .plug, task: task?.ref) {
            let (vbd, vm, domid) = try vbdContext(ref)
            let hvm = vm.bootsHVM
            guard let position = vbd.position(hvm: hvm), let number = DeviceNumber(userdevice: position, hvm: hvm) else {
                throw XenAPIError("INVALID_DEVICE", [vbd.userdevice])
            }
            var attached: [Ref<VDIRecord>] = []
            do {
                let disk = try diskDevice(vbd, position: position, attached: &attached)
                _ = try hv.domains.devices.plug(disk, into: domid, waitForGuest: true)
            } catch {
                detach(attached)
                throw HypervisorErrors.map(error, vm: vbd.vm.raw, device: ("VBD", ref.raw))
            }
            try store.write(durability: .relaxed) { tx in try tx.update(ref) { $0.currentlyAttached = true; $0.device = number.linuxDevice } }
        }
    }

    func unplugVBD(_ ref: Ref<VBDRecord>, force: Bool, task: TaskHandle?) throws {
        let hv = try hypervisor("VBD.unplug")
        try operations.run(vbdPolicy, ref, force ? .unplugForce : .unplug, task: task?.ref) {
            let (vbd, vm, domid) = try vbdContext(ref)
            guard let position = vbd.position(hvm: vm.bootsHVM) else { throw XenAPIError("INVALID_DEVICE", [vbd.userdevice]) }
            do {
                let id = try hv.domains.devices.diskID(userdevice: position, domid: domid)
                try hv.domains.devices.unplug(id, force: force)
            } catch {
                throw HypervisorErrors.map(error, vm: vbd.vm.raw, device: ("VBD", ref.raw))
            }
            if !vbd.empty && !vbd.vdi.isNull { detach([vbd.vdi]) }
            try store.write(durability: .relaxed) { tx in try tx.update(ref) { $0.currentlyAttached = false } }
        }
    }

    /// The drive in the VM's running domain; nil when there is none (the change is the record's only).
    private func liveDrive(_ vbd: VBDRecord, _ message: String) throws -> (HypervisorStack, DeviceID)? {
        let vm = try record(vbd.vm)
        guard (vm.powerState == .running || vm.powerState == .paused) && vbd.currentlyAttached else { return nil }
        let hv = try hypervisor(message)
        let domid = try domid(of: vm, ref: vbd.vm)
        guard let position = vbd.position(hvm: vm.bootsHVM) else { throw XenAPIError("INVALID_DEVICE", [vbd.userdevice]) }
        return (hv, try hv.domains.devices.diskID(userdevice: position, domid: domid))
    }

    /// VBD.insert: new media in a CD drive (the running guest sees it at once).
    func insertVBD(_ ref: Ref<VBDRecord>, vdi: Ref<VDIRecord>, task: TaskHandle?) throws {
        _ = try record(vdi)
        try operations.run(vbdPolicy, ref, .insert, task: task?.ref) {
            let vbd = try record(ref)
            if let (hv, id) = try liveDrive(vbd, "VBD.insert") {
                let attachment = try storage.attach(vdi, writable: false)
                do {
                    try hv.domains.devices.insertMedia(id, params: attachment.path)
                } catch {
                    detach([vdi])
                    throw HypervisorErrors.map(error, vm: vbd.vm.raw, device: ("VBD", ref.raw))
                }
            }
            try store.write { tx in try tx.update(ref) { $0.vdi = vdi; $0.empty = false } }
        }
    }

    func ejectVBD(_ ref: Ref<VBDRecord>, task: TaskHandle?) throws {
        try operations.run(vbdPolicy, ref, .eject, task: task?.ref) {
            let vbd = try record(ref)
            if let (hv, id) = try liveDrive(vbd, "VBD.eject") {
                do { try hv.domains.devices.ejectMedia(id) } catch {
                    throw HypervisorErrors.map(error, vm: vbd.vm.raw, device: ("VBD", ref.raw))
                }
                detach([vbd.vdi])
            }
            try store.write { tx in try tx.update(ref) { $0.vdi = .null; $0.empty = true } }
        }
    }

    func destroyVBD(_ ref: Ref<VBDRecord>) throws {
        try store.write { tx in
            if let op = try tx.require(ref).currentOperations.first {
                throw XenAPIError("OTHER_OPERATION_IN_PROGRESS", ["VBD", ref.raw, op.value.rawValue, op.key])
            }
            try tx.destroyDevice(ref)
        }
    }
}
