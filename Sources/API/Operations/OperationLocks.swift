// Operation locking (xapi_vm_helpers.ml with_vm_operation and its siblings): an operation is
// checked and recorded in `current_operations[task]` in one commit, runs, and is removed in another;
// a second conflicting call sees it there and fails at once with OTHER_OPERATION_IN_PROGRESS
// instead of queueing. Calls on different objects never wait for each other (each commit is short).
// `allowed_operations` of the touched objects and their dependents is recomputed in the same commit
// as any change, by a pre-commit hook, so it is never stale.
import Database
import Datamodel
import Foundation
import Wire

public final class OperationLocks: Sendable {
    let store: ObjectStore
    private let policies: [String: any AnyOperationPolicy]

    init(store: ObjectStore, policies: [any AnyOperationPolicy], dependencies: [any OperationDependents] = []) {
        self.store = store
        var byClass: [String: any AnyOperationPolicy] = [:]
        for p in policies { byClass[p.className] = p }
        self.policies = byClass
        var sources: [String: any OperationDependents] = [:]
        for d in dependencies { sources[d.className] = d }
        for p in policies { sources[p.className] = p }
        guard !byClass.isEmpty else { return }
        store.addPreCommitHook { [byClass, sources] tx in try Self.refresh(&tx, policies: byClass, sources: sources) }
    }

    /// Runs `body` as operation `op` on `ref`: checked against the policy and recorded under
    /// `task` (the caller's task ref; a fresh one when the call has none) while it runs.
    public func run<P: OperationPolicy, T>(_ policy: P, _ ref: Ref<P.Record>, _ op: P.Operation, task: String?,
                                           _ body: () throws -> T) throws -> T {
        try runAll(policy, [ref], op, task: task, body)
    }

    /// Runs `body` with every object of `refs` marked `op` (xapi's with_vbds_marked, for the disks a
    /// VM start attaches): all are checked and marked in one commit, so a refusal marks none.
    public func runAll<P: OperationPolicy, T>(_ policy: P, _ refs: [Ref<P.Record>], _ op: P.Operation, task: String?,
                                              _ body: () throws -> T) throws -> T {
        guard !refs.isEmpty else { return try body() }
        let key = task ?? OpaqueRef.make()
        // Relaxed commits: current_operations is rebuilt at start-up, so taking and releasing a lock
        // need not wait for the disk; the operation's own durable writes carry them there.
        try store.write(durability: .relaxed) { tx in
            for ref in refs { try Self.mark(policy, ref, op, key: key, in: &tx) }
        }
        defer { end(policy, refs, key: key) }
        return try body()
    }

    /// The check alone (xapi's assert_operation_valid).
    public func assertValid<P: OperationPolicy>(_ policy: P, _ ref: Ref<P.Record>, _ op: P.Operation) throws {
        try store.read { db in
            guard let record = db.get(ref) else { throw XenAPIError.handleInvalid(class: policy.className, ref: ref.raw) }
            if let error = policy.check(op, ref: ref, record: record, in: db) { throw error }
        }
    }

    private static func mark<P: OperationPolicy>(_ policy: P, _ ref: Ref<P.Record>, _ op: P.Operation, key: String,
                                                 in tx: inout Transaction) throws {
        guard let record = tx.get(ref) else { throw XenAPIError.handleInvalid(class: policy.className, ref: ref.raw) }
        if let error = policy.check(op, ref: ref, record: record, in: tx) { throw error }
        try tx.update(ref) { $0[keyPath: policy.currentOperations][key] = op }
    }

    private func end<P: OperationPolicy>(_ policy: P, _ refs: [Ref<P.Record>], key: String) {
        do {
            try store.write(durability: .relaxed) { tx in
                for ref in refs {
                    guard let record = tx.get(ref), record[keyPath: policy.currentOperations][key] != nil else { continue }
                    try tx.update(ref) { $0[keyPath: policy.currentOperations][key] = nil }
                }
            }
        } catch {
            Logger(label: "operations").error("cannot clear operation \(key) on \(refs.map(\.raw)): \(error)")
        }
    }

    /// At start-up nothing is running: clear every current_operations and recompute every
    /// allowed_operations (the rules may have changed with the daemon).
    func resetAfterRestart() throws {
        guard !policies.isEmpty else { return }
        try store.write { tx in
            for policy in policies.values {
                try policy.clearCurrentOperations(in: &tx)
                for ref in tx.refs(class: policy.className) { try policy.refreshAllowedOperations(ref: ref, in: &tx) }
            }
        }
    }

    /// The pre-commit hook: every changed object of a policy class, and every dependent of a
    /// changed object, gets its allowed_operations recomputed (one pass; the recomputation's own
    /// writes do not cascade).
    private static func refresh(_ tx: inout Transaction, policies: [String: any AnyOperationPolicy],
                                sources: [String: any OperationDependents]) throws {
        var seen: Set<String> = []
        var todo: [(any AnyOperationPolicy, String)] = []
        func want(_ ref: String, _ cls: String?) {
            guard let cls, let policy = policies[cls], seen.insert(ref).inserted else { return }
            todo.append((policy, ref))
        }
        for (cls, ref) in tx.changedObjects {
            guard let source = sources[cls] else { continue }
            want(ref, cls)
            for dependent in source.dependents(ref: ref, in: tx) { want(dependent, tx.classOf(ref: dependent)) }
        }
        for (policy, ref) in todo { try policy.refreshAllowedOperations(ref: ref, in: &tx) }
    }
}
