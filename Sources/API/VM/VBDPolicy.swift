// VBD operation rules (xapi_vbd_helpers.ml valid_operations): hotplug only into a running VM, and
// into an HVM guest only with PV drivers; CD media rules; one operation at a time; and the VDI
// sharing rule: a disk one live VBD writes to is attached nowhere else unless it is sharable.
import Database
import Datamodel
import Wire

struct VBDPolicy: OperationPolicy {
    var currentOperations: WritableKeyPath<VBDRecord, [String: VBDOperations]> { \.currentOperations }
    var allowedOperations: WritableKeyPath<VBDRecord, [VBDOperations]> { \.allowedOperations }
    let listedOperations: [VBDOperations] = [.attach, .eject, .insert, .plug, .unplug, .unplugForce, .pause, .unpause]

    /// VM operations during which the VM's devices must not change (stricter than xapi, which
    /// queues in xenopsd instead; VM operations that attach disks mark them `attach` themselves).
    static let vmBusy: Set<VMOperations> = [
        .checkpoint, .cleanReboot, .cleanShutdown, .hardReboot, .hardShutdown, .pause, .unpause, .poolMigrate,
        .migrateSend, .resume, .resumeOn, .start, .startOn, .suspend, .snapshot, .snapshotWithQuiesce,
    ]

    func check<D: ObjectReader>(_ op: VBDOperations, ref: Ref<VBDRecord>, record vbd: VBDRecord, in db: D) -> XenAPIError? {
        let current = Set(vbd.currentOperations.values)
        if !current.isEmpty && !(current.isSubset(of: [.pause, .unpause]) && (op == .pause || op == .unpause)) {
            return otherOperationInProgress(ref, vbd)
        }
        guard let vm = db.get(vbd.vm) else { return XenAPIError.handleInvalid(class: VMRecord.className, ref: vbd.vm.raw) }
        if op != .attach, let busy = vm.currentOperations.first(where: { Self.vmBusy.contains($0.value) }) {
            return XenAPIError("OTHER_OPERATION_IN_PROGRESS", [VMRecord.className, vbd.vm.raw, busy.value.rawValue, busy.key])
        }
        if let error = mediaAndPowerError(op, ref: ref, vbd, vm: vm, in: db) { return error }
        if !vbd.empty, let vdi = db.get(vbd.vdi) { return Self.vdiError(op, ref: ref, vbd, vdi: vdi, vm: vm, in: db) }
        return nil
    }

    private func mediaAndPowerError<D: ObjectReader>(_ op: VBDOperations, ref: Ref<VBDRecord>, _ vbd: VBDRecord,
                                                     vm: VMRecord, in db: D) -> XenAPIError? {
        let r = ref.raw
        let hotplug: Set<VBDOperations> = [.plug, .unplug, .unplugForce, .pause, .unpause]
        if hotplug.contains(op) && vm.powerState != .running {
            return XenAPIError("VM_BAD_POWER_STATE", [vbd.vm.raw, "running", vm.powerState.rawValue.lowercased()])
        }
        if vbd.type == .cd {
            if op == .eject && vbd.empty { return XenAPIError("VBD_IS_EMPTY", [r]) }
            if op == .insert && !vbd.empty { return XenAPIError("VBD_NOT_EMPTY", [r]) }
            if (op == .insert || op == .eject) && vm.powerState == .suspended {
                return XenAPIError("VM_BAD_POWER_STATE", [vbd.vm.raw, "halted, running", "suspended"])
            }
        } else if op == .insert || op == .eject {
            return XenAPIError("VBD_NOT_REMOVABLE_MEDIA", [r])
        }
        if op == .plug && vbd.currentlyAttached { return XenAPIError("DEVICE_ALREADY_ATTACHED", [r]) }
        if [.unplug, .unplugForce, .pause, .unpause].contains(op) && !vbd.currentlyAttached {
            return XenAPIError("DEVICE_ALREADY_DETACHED", [r])
        }
        if (op == .unplug || op == .unplugForce) && !vbd.unpluggable { return XenAPIError("VBD_NOT_UNPLUGGABLE", [r]) }
        if vm.powerState == .running && hotplug.contains(op) && VMPolicy.hasBootedHVM(vm, in: db) {
            if vbd.type == .cd {
                return XenAPIError("OPERATION_NOT_ALLOWED", ["HVM CDROMs cannot be hotplugged/unplugged, only inserted or ejected"])
            }
            if let error = DeviceHotplug.refusal(vm: vbd.vm, guest: db.get(vm.guestMetrics), kind: "VBD") { return error }
        }
        return nil
    }

    /// What the VBD's disk allows: managed, not busy with another VDI operation (a copy may run),
    /// and, for a VBD about to attach, the sharing rule against the disk's other live VBDs.
    static func vdiError<D: ObjectReader>(_ op: VBDOperations, ref: Ref<VBDRecord>, _ vbd: VBDRecord, vdi: VDIRecord,
                                          vm: VMRecord, in db: D) -> XenAPIError? {
        if !vdi.managed { return XenAPIError("VDI_NOT_MANAGED", [ref.raw]) }
        let attaching: Set<VBDOperations> = [.attach, .plug, .insert]
        guard attaching.contains(op) else { return nil }
        if let busy = vdi.currentOperations.sorted(by: { $0.key < $1.key }).first(where: { $0.value != .copy && $0.value != .mirror }) {
            return XenAPIError("OTHER_OPERATION_IN_PROGRESS", [VDIRecord.className, vbd.vdi.raw, busy.value.rawValue, busy.key])
        }
        // Already attached to a live domain: nothing to check. (A suspended VM's VBDs stay attached
        // in the record but hold nothing: its resume is checked like a start, unlike xapi's.)
        guard !vbd.currentlyAttached || vm.powerState == .suspended else { return nil }
        let live = vdi.vbds.filter { $0 != ref }.compactMap { other -> VBDRecord? in
            guard let o = db.get(other), o.currentlyAttached || !o.currentOperations.isEmpty,
                  let owner = db.get(o.vm), owner.powerState != .suspended, !isSystemDomain(owner) else { return nil }
            return o
        }
        let needWrite = vbd.mode == .rw
        if !vdi.sharable && !isSystemDomain(vm) && (live.contains { $0.mode == .rw } || (needWrite && !live.isEmpty)) {
            return XenAPIError("VDI_IN_USE", [vbd.vdi.raw])
        }
        if needWrite && vdi.readOnly { return XenAPIError("VDI_READONLY", [vbd.vdi.raw]) }
        return nil
    }

    static func isSystemDomain(_ vm: VMRecord) -> Bool {
        vm.isControlDomain || vm.otherConfig["is_system_domain"] == "true"
    }

    /// The VM (its device checks), the VDI (VDI operations depend on attached VBDs) and the VDI's
    /// other VBDs (the sharing rule depends on this one).
    func dependents<D: ObjectReader>(ref: Ref<VBDRecord>, record: VBDRecord, in db: D) -> [String] {
        guard !record.vdi.isNull else { return [record.vm.raw] }
        let siblings = db.get(record.vdi)?.vbds.filter { $0 != ref }.map(\.raw) ?? []
        return [record.vm.raw, record.vdi.raw] + siblings
    }
}

/// What an HVM guest's tools say about device hotplug (shared by VBD and VIF).
enum DeviceHotplug {
    static func refusal(vm: Ref<VMRecord>, guest: VMGuestMetricsRecord?, kind: String) -> XenAPIError? {
        let claim = kind == "VBD" ? guest?.canUseHotplugVBD : guest?.canUseHotplugVIF
        switch claim {
        case .yes: return nil
        case .no: return XenAPIError("OPERATION_NOT_ALLOWED", ["VM states it does not support \(kind) hotplug."])
        default: return VMPolicy.hasPVDrivers(guest) ? nil : XenAPIError("VM_MISSING_PV_DRIVERS", [vm.raw])
        }
    }
}
