// The rules of one class's operations: which may start on an object in its current state, and why
// not (xapi's `check_operation_error` per class: xapi_vm_lifecycle.ml, xapi_vdi.ml,
// xapi_sr_operations.ml, xapi_vbd_helpers.ml, xapi_vif_helpers.ml, xapi_pbd.ml ...).
// `allowed_operations` is derived from the same check, so the field and the errors never disagree.
import Database
import Datamodel
import Wire

public protocol OperationPolicy: AnyOperationPolicy {
    associatedtype Record: XenRecord
    associatedtype Operation: XenEnum

    var currentOperations: WritableKeyPath<Record, [String: Operation]> { get }
    var allowedOperations: WritableKeyPath<Record, [Operation]> { get }
    /// The operations `allowed_operations` may list (xapi's all_ops less its ignore list), in the
    /// order they are listed.
    var listedOperations: [Operation] { get }

    /// nil when `op` may start on `record` now, else the error xapi raises. `record` includes the
    /// operations in progress (`current_operations`); concurrency rules belong here too.
    func check<D: ObjectReader>(_ op: Operation, ref: Ref<Record>, record: Record, in db: D) -> XenAPIError?

    /// Other objects (any class) whose allowed operations depend on this one's state: a VBD's VM
    /// and VDI, a PBD's SR. Called with the record before and after each change.
    func dependents<D: ObjectReader>(ref: Ref<Record>, record: Record, in db: D) -> [String]
}

extension OperationPolicy {
    public func dependents<D: ObjectReader>(ref: Ref<Record>, record: Record, in db: D) -> [String] { [] }

    public var className: String { Record.spec.name }

    /// `OTHER_OPERATION_IN_PROGRESS [class; ref; op; task]` naming what runs, in xapi's multi-op
    /// shape (`{op1,op2}`, `{t1,t2}`); nil when nothing runs.
    public func otherOperationInProgress(_ ref: Ref<Record>, _ record: Record) -> XenAPIError? {
        let current = record[keyPath: currentOperations].sorted { $0.key < $1.key }
        guard !current.isEmpty else { return nil }
        func joined(_ items: [String]) -> String { items.count == 1 ? items[0] : "{" + items.joined(separator: ",") + "}" }
        return XenAPIError("OTHER_OPERATION_IN_PROGRESS",
                           [className, ref.raw, joined(current.map(\.value.wireKey)), joined(current.map(\.key))])
    }

    public func allowed<D: ObjectReader>(ref: Ref<Record>, record: Record, in db: D) -> [Operation] {
        listedOperations.filter { check($0, ref: ref, record: record, in: db) == nil }
    }

    // MARK: AnyOperationPolicy

    public func refreshAllowedOperations(ref: String, in tx: inout Transaction) throws {
        let typed = Ref<Record>(ref)
        guard let record = tx.get(typed) else { return }
        let wanted = allowed(ref: typed, record: record, in: tx)
        if record[keyPath: allowedOperations] != wanted {
            try tx.update(typed) { $0[keyPath: allowedOperations] = wanted }
        }
    }

    public func dependents(ref: String, in tx: Transaction) -> [String] {
        let typed = Ref<Record>(ref)
        var out: [String] = []
        if let now = tx.get(typed) { out += dependents(ref: typed, record: now, in: tx) }
        if let before = tx.committedRecord(class: className, ref: ref).flatMap({ $0 as? Record }) {
            out += dependents(ref: typed, record: before, in: tx)
        }
        return out
    }

    public func clearCurrentOperations(in tx: inout Transaction) throws {
        for (ref, record) in tx.all(Record.self) where !record[keyPath: currentOperations].isEmpty {
            try tx.update(ref) { $0[keyPath: currentOperations] = [:] }
        }
    }
}

/// A class whose changes matter to other objects' allowed operations: every policy, and classes
/// with no operations of their own (a PBD's SR and that SR's VDIs follow its plugging).
public protocol OperationDependents: Sendable {
    var className: String { get }
    /// The objects to refresh when `ref` changed (its record before and after the change).
    func dependents(ref: String, in tx: Transaction) -> [String]
}

/// A policy without its types, for the registry and the pre-commit refresh.
public protocol AnyOperationPolicy: OperationDependents {
    /// Recomputes the object's allowed_operations, writing only if they changed.
    func refreshAllowedOperations(ref: String, in tx: inout Transaction) throws
    /// Empties every object's current_operations (after a restart no operation is running).
    func clearCurrentOperations(in tx: inout Transaction) throws
}
