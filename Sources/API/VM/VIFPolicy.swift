// VIF plug/unplug rules (xapi_vif_helpers.ml valid_operations): as for VBDs, hotplug needs a
// running VM (with PV drivers when HVM), and one operation at a time.
import Database
import Datamodel
import Wire

struct VIFPolicy: OperationPolicy {
    var currentOperations: WritableKeyPath<VIFRecord, [String: VIFOperations]> { \.currentOperations }
    var allowedOperations: WritableKeyPath<VIFRecord, [VIFOperations]> { \.allowedOperations }
    let listedOperations: [VIFOperations] = [.attach, .plug, .unplug]

    func check<D: ObjectReader>(_ op: VIFOperations, ref: Ref<VIFRecord>, record vif: VIFRecord, in db: D) -> XenAPIError? {
        let r = ref.raw
        if !vif.currentOperations.isEmpty { return otherOperationInProgress(ref, vif) }
        guard let vm = db.get(vif.vm) else { return XenAPIError.handleInvalid(class: VMRecord.className, ref: vif.vm.raw) }
        if let busy = vm.currentOperations.first(where: { VBDPolicy.vmBusy.contains($0.value) }) {
            return XenAPIError("OTHER_OPERATION_IN_PROGRESS", [VMRecord.className, vif.vm.raw, busy.value.rawValue, busy.key])
        }
        if vm.powerState != .running {
            return XenAPIError("VM_BAD_POWER_STATE", [vif.vm.raw, "running", vm.powerState.rawValue.lowercased()])
        }
        if op == .attach { return XenAPIError("OPERATION_NOT_ALLOWED", ["VIF.attach is obsolete"]) }
        if vm.isControlDomain { return XenAPIError("OPERATION_NOT_ALLOWED", ["Hotplug is not supported on the control domain"]) }
        if op == .plug && vif.currentlyAttached { return XenAPIError("DEVICE_ALREADY_ATTACHED", [r]) }
        if op == .unplug && !vif.currentlyAttached { return XenAPIError("DEVICE_ALREADY_DETACHED", [r]) }
        if VMPolicy.hasBootedHVM(vm, in: db), let error = DeviceHotplug.refusal(vm: vif.vm, guest: db.get(vm.guestMetrics), kind: "VIF") {
            return error
        }
        return nil
    }

    func dependents<D: ObjectReader>(ref: Ref<VIFRecord>, record: VIFRecord, in db: D) -> [String] { [record.vm.raw] }
}
