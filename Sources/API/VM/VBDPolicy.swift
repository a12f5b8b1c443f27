// VBD plug/unplug/insert/eject rules (xapi_vbd_helpers.ml valid_operations): hotplug only into a
// running VM, and into an HVM guest only with PV drivers; CD media rules; one operation at a time.
import Database
import Datamodel
import Wire

struct VBDPolicy: OperationPolicy {
    var currentOperations: WritableKeyPath<VBDRecord, [String: VBDOperations]> { \.currentOperations }
    var allowedOperations: WritableKeyPath<VBDRecord, [VBDOperations]> { \.allowedOperations }
    let listedOperations: [VBDOperations] = [.attach, .eject, .insert, .plug, .unplug, .unplugForce, .pause, .unpause]

    /// VM operations during which the VM's devices must not change.
    static let vmBusy: Set<VMOperations> = [
        .checkpoint, .cleanReboot, .cleanShutdown, .hardReboot, .hardShutdown, .pause, .unpause, .poolMigrate,
        .migrateSend, .resume, .resumeOn, .start, .startOn, .suspend, .snapshot, .snapshotWithQuiesce,
    ]

    func check<D: ObjectReader>(_ op: VBDOperations, ref: Ref<VBDRecord>, record vbd: VBDRecord, in db: D) -> XenAPIError? {
        let r = ref.raw
        let current = Set(vbd.currentOperations.values)
        if !current.isEmpty && !(current.isSubset(of: [.pause, .unpause]) && (op == .pause || op == .unpause)) {
            return otherOperationInProgress(ref, vbd)
        }
        guard let vm = db.get(vbd.vm) else { return XenAPIError.handleInvalid(class: VMRecord.className, ref: vbd.vm.raw) }
        if let busy = vm.currentOperations.first(where: { Self.vmBusy.contains($0.value) }) {
            return XenAPIError("OTHER_OPERATION_IN_PROGRESS", [VMRecord.className, vbd.vm.raw, busy.value.rawValue, busy.key])
        }
        let hotplug: Set<VBDOperations> = [.plug, .unplug, .unplugForce, .pause, .unpause]
        if hotplug.contains(op) && vm.powerState != .running {
            return XenAPIError("VM_BAD_POWER_STATE", [vbd.vm.raw, "running", vm.powerState.rawValue.lowercased()])
        }
        if op == .attach { return XenAPIError("OPERATION_NOT_ALLOWED", ["VBD.attach is obsolete"]) }
        if vbd.type == .cd {
            if op == .eject && vbd.empty { return XenAPIError("VBD_IS_EMPTY", [r]) }
            if op == .insert && !vbd.empty { return XenAPIError("VBD_NOT_EMPTY", [r]) }
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

    /// The VM (its device checks) and the VDI (VDI operations depend on attached VBDs).
    func dependents<D: ObjectReader>(ref: Ref<VBDRecord>, record: VBDRecord, in db: D) -> [String] {
        [record.vm.raw] + (record.vdi.isNull ? [] : [record.vdi.raw])
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
