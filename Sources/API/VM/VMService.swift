// What the VM, VBD, VIF and network handlers share: the store, operation locks, storage, the
// hypervisor stack, the three policies, and small typed readers. The VM's state lives in the
// database and in the hypervisor; this object holds no per-VM state of its own.
import Database
import Datamodel
import Hypervisor
import Wire

final class VMService: Sendable {
    let store: ObjectStore
    let operations: OperationLocks
    let storage: StorageService
    let tasks: TaskManager
    let environment: HostEnvironment
    let vmPolicy = VMPolicy()
    let vbdPolicy = VBDPolicy()
    let vifPolicy = VIFPolicy()
    let log = Logger(label: "vm")

    init(_ context: HandlerContext) {
        store = context.store
        operations = context.operations
        storage = context.storage
        tasks = context.tasks
        environment = context.environment
    }

    /// The domain layer, or NOT_IMPLEMENTED when the API runs without a hypervisor (unit tests).
    func hypervisor(_ message: String) throws -> HypervisorStack {
        guard let h = environment.hypervisor else { throw XenAPIError.notImplemented(message) }
        return h
    }

    func record<R: XenRecord>(_ ref: Ref<R>) throws -> R {
        try store.read { db in try db.require(ref) }
    }

    /// This host (the pool has one).
    var host: Ref<HostRecord> {
        store.read { Ref($0.refs(class: HostRecord.className).first ?? OpaqueRef.null) }
    }

    /// The VM's running domain, or VM_BAD_POWER_STATE when the record has none.
    func domid(of vm: VMRecord, ref: Ref<VMRecord>) throws -> UInt32 {
        // The policy lets some live operations reach dom0, but the domain layer drives guests only.
        if vm.isControlDomain { throw XenAPIError("OPERATION_NOT_ALLOWED", ["The control domain (domid 0) is not driven by this operation"]) }
        guard vm.domid > 0, vm.powerState == .running || vm.powerState == .paused else {
            throw XenAPIError("VM_BAD_POWER_STATE", [ref.raw, "running", vm.powerState.rawValue.lowercased()])
        }
        return UInt32(vm.domid)
    }
}
