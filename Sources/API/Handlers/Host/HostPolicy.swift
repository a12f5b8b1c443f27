// The host's operations (ocaml/xapi/xapi_host_helpers.ml valid_operations): operations that bring
// VMs onto the host (provision, vm_resume, vm_migrate) and those that take them off (evacuate,
// reboot, shutdown) exclude each other; reboot, shutdown and apply_updates exclude each other;
// one provision at a time; reboot and shutdown need the host disabled; power_on needs it down, a
// power-on mode and the power-on plugin.
import Database
import Datamodel
import Glibc
import Wire

struct HostPolicy: OperationPolicy {
    var currentOperations: WritableKeyPath<HostRecord, [String: HostAllowedOperations]> { \.currentOperations }
    var allowedOperations: WritableKeyPath<HostRecord, [HostAllowedOperations]> { \.allowedOperations }
    var listedOperations: [HostAllowedOperations] { HostAllowedOperations.allCases }

    /// xapi_globs xapi_plugins_root and Constants.power_on_plugin.
    static let powerOnPlugin = "/etc/xapi.d/plugins/power-on-host"

    private static let bringsVMs: Set<HostAllowedOperations> = [.provision, .vmResume, .vmMigrate]
    private static let removesVMs: Set<HostAllowedOperations> = [.evacuate, .reboot, .shutdown]
    /// A running operation -> the operations it excludes (besides the VM-moving rule).
    private static let excludes: [HostAllowedOperations: Set<HostAllowedOperations>] = [
        .reboot: [.shutdown, .applyUpdates], .shutdown: [.reboot, .applyUpdates],
        .applyUpdates: [.reboot, .shutdown, .enable], .provision: [.provision],
    ]

    func check<D: ObjectReader>(_ op: HostAllowedOperations, ref: Ref<HostRecord>, record: HostRecord,
                                in db: D) -> XenAPIError? {
        let current = record.currentOperations.sorted { $0.key < $1.key }
        func busy(_ task: String, _ running: HostAllowedOperations) -> XenAPIError {
            XenAPIError("OTHER_OPERATION_IN_PROGRESS", ["host", ref.raw, running.wireKey, task])
        }
        if op != .powerOn {
            if Self.bringsVMs.contains(op), let (task, running) = current.first(where: { Self.removesVMs.contains($0.value) }) {
                return busy(task, running)
            }
            if Self.removesVMs.contains(op), let (task, running) = current.first(where: { Self.bringsVMs.contains($0.value) }) {
                return busy(task, running)
            }
        }
        for running in [HostAllowedOperations.reboot, .shutdown, .applyUpdates, .provision] {
            if Self.excludes[running]?.contains(op) == true, let (task, _) = current.first(where: { $0.value == running }) {
                return busy(task, running)
            }
        }
        if record.enabled && [.reboot, .shutdown, .applyUpdates].contains(op) {
            return XenAPIError("HOST_NOT_DISABLED", [])
        }
        if op == .powerOn {
            if db.get(record.metrics)?.live == true { return XenAPIError("HOST_IS_LIVE", [ref.raw]) }
            if record.powerOnMode.isEmpty { return XenAPIError("HOST_POWER_ON_MODE_DISABLED", []) }
            if access(Self.powerOnPlugin, X_OK) != 0 { return XenAPIError("XENAPI_MISSING_PLUGIN", ["power-on-host"]) }
        }
        return nil
    }
}
