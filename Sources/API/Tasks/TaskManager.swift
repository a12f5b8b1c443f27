// Tasks (notes/xapi-semantics.md §5; ocaml/xapi/taskHelper.ml, xapi_task.ml): records for
// `Async.` calls (work on a thread of their own) and for synchronous calls of async-capable
// messages (created and destroyed around the call, so clients see them as events); task.create
// for client-tracked work; cancellation that running operations poll; garbage collection.
import Database
import Datamodel
import Foundation
import Synchronization
import Wire

final class TaskManager: Sendable {
    /// xapi_globs: completed_task_timeout, pending_task_timeout, max_tasks.
    static let completedTimeout: Int64 = 3900
    static let pendingTimeout: Int64 = 86_400
    static let maxTasks = 200

    private struct Bookkeeping {
        /// Task -> the user who created it (task.destroy and friends on others' tasks need
        /// `task.destroy/any`).
        var owners: [String: String] = [:]
        var cancelling: Set<String> = []
        /// Pending tasks whose destroy was requested: deleted when they complete.
        var destroyWhenDone: Set<String> = []
        /// Progress last written per task, to limit writes to 1% steps.
        var writtenProgress: [String: Double] = [:]
        /// Progress seen by the previous GC pass, for stale pending tasks.
        var progressAtLastGC: [String: Double] = [:]
    }

    private let store: ObjectStore
    private let hostRef: @Sendable () -> String
    private let books = Mutex(Bookkeeping())
    private let log = Logger(label: "task")

    init(store: ObjectStore, hostRef: @escaping @Sendable () -> String) {
        self.store = store
        self.hostRef = hostRef
    }

    // MARK: - Creation and completion

    /// A new pending task. `name` is the wire name as called (`Async.VM.clone`).
    func create(name: String, description: String = "", session: SessionInfo?, context: CallerContext,
                cancellable: Bool) throws -> String {
        var task = TaskRecord()
        task.uuid = UUID.random()
        task.nameLabel = name
        task.nameDescription = description
        task.status = .pending
        task.created = .now()
        task.residentOn = Ref(hostRef())
        task.type = "<none/>"
        task.backtrace = "()"
        task.allowedOperations = cancellable ? [.cancel] : []
        for (header, value) in context.headers where header.hasPrefix("x-http-other-config-") {
            task.otherConfig["http:" + header.dropFirst("x-http-other-config-".count)] = value
        }
        if let parent = context.headers["subtask-of"], store.read({ $0.get(Ref<TaskRecord>(parent)) != nil }) {
            task.subtaskOf = Ref(parent)
        }
        let ref = try store.write { tx in try tx.insert(task) }.raw
        books.withLock { $0.owners[ref] = session?.userName ?? "" }
        return ref
    }

    /// Writes the outcome: success with the XML-RPC text of the result, or failure/cancelled with
    /// the error. A task its client already destroyed is left alone.
    func complete(_ ref: String, _ outcome: Result<Value, XenAPIError>) {
        let destroy = books.withLock { b -> Bool in
            b.cancelling.remove(ref)
            b.writtenProgress[ref] = nil
            return b.destroyWhenDone.remove(ref) != nil
        }
        do {
            try store.write { tx in
                guard tx.get(Ref<TaskRecord>(ref)) != nil else { return }
                if destroy {
                    try tx.delete(class: TaskRecord.className, ref: ref)
                    return
                }
                try tx.update(Ref<TaskRecord>(ref)) { t in
                    t.finished = .now()
                    t.allowedOperations = []
                    t.currentOperations = [:]
                    switch outcome {
                    case .success(let value):
                        t.status = .success
                        t.progress = 1
                        t.result = XMLRPC.encodeValue(value)
                    case .failure(let error):
                        t.status = error.code == "TASK_CANCELLED" ? .cancelled : .failure
                        t.errorInfo = [error.code] + error.params
                    }
                }
            }
        } catch {
            log.error("cannot record the outcome of task \(ref): \(error)")
        }
        if destroy { forget(ref) }
    }

    /// Runs `work` on a thread of its own inside a new task; returns the task at once.
    func launch(name: String, session: SessionInfo, context: CallerContext, cancellable: Bool,
                work: @escaping @Sendable (TaskHandle) throws -> Value) throws -> String {
        let ref = try create(name: name, session: session, context: context, cancellable: cancellable)
        let handle = TaskHandle(ref: ref, manager: self)
        let thread = Thread { [self] in
            complete(ref, Self.run { try work(handle) })
        }
        thread.start()
        return ref
    }

    /// A synchronous call of an async-capable message: inside the client's own task when the
    /// request names one (`task-id` header), else a task created and destroyed around the call.
    func runSynchronously(name: String, session: SessionInfo, context: CallerContext, cancellable: Bool,
                          work: (TaskHandle) throws -> Value) throws -> Value {
        if let existing = context.headers["task-id"], store.read({ $0.get(Ref<TaskRecord>(existing)) != nil }) {
            let outcome = Self.run { try work(TaskHandle(ref: existing, manager: self)) }
            complete(existing, outcome)
            return try outcome.get()
        }
        let ref = try create(name: name, session: session, context: context, cancellable: cancellable)
        let outcome = Self.run { try work(TaskHandle(ref: ref, manager: self)) }
        do {
            try store.write { tx in
                if tx.get(Ref<TaskRecord>(ref)) != nil { try tx.delete(class: TaskRecord.className, ref: ref) }
            }
        } catch {
            log.error("cannot destroy the task of a synchronous call \(ref): \(error)")
        }
        forget(ref)
        return try outcome.get()
    }

    private static func run(_ body: () throws -> Value) -> Result<Value, XenAPIError> {
        do {
            return .success(try body())
        } catch {
            return .failure(ErrorMapping.xenAPIError(for: error))
        }
    }

    private func forget(_ ref: String) {
        books.withLock { b in
            b.owners[ref] = nil
            b.cancelling.remove(ref)
            b.destroyWhenDone.remove(ref)
            b.writtenProgress[ref] = nil
            b.progressAtLastGC[ref] = nil
        }
    }

    func storeWrite(_ body: (inout Transaction) throws -> Void) throws {
        try store.write(body)
    }

    // MARK: - Progress and cancellation

    func setProgress(_ ref: String, _ fraction: Double) {
        let value = min(max(fraction, 0), 1)
        let due = books.withLock { b -> Bool in
            guard abs(value - (b.writtenProgress[ref] ?? 0)) >= 0.01 || value == 1 else { return false }
            b.writtenProgress[ref] = value
            return true
        }
        guard due else { return }
        do {
            try store.write { tx in
                guard tx.get(Ref<TaskRecord>(ref))?.status == .pending else { return }
                try tx.update(Ref<TaskRecord>(ref)) { $0.progress = value }
            }
        } catch {
            log.warning("cannot record progress of task \(ref): \(error)")
        }
    }

    func isCancelling(_ ref: String) -> Bool { books.withLock { $0.cancelling.contains(ref) } }

    func checkCancelled(_ ref: String) throws {
        if isCancelling(ref) { throw XenAPIError("TASK_CANCELLED", [ref]) }
    }

    /// `task.cancel`: marks the task; its operation notices at its next check.
    func cancel(_ ref: String, by session: SessionInfo, callerTask: String) throws {
        try authorizeOwner(ref, session)
        try store.write { tx in
            let task = try tx.require(Ref<TaskRecord>(ref))
            guard task.status == .pending || task.status == .cancelling,
                  task.allowedOperations.contains(.cancel) else {
                throw XenAPIError("OPERATION_NOT_ALLOWED", ["Task cannot be cancelled"])
            }
            try tx.update(Ref<TaskRecord>(ref)) { t in
                t.status = .cancelling
                t.currentOperations[callerTask] = .cancel
            }
        }
        books.withLock { _ = $0.cancelling.insert(ref) }
    }

    /// `task.destroy`: now when complete, else once the task completes.
    func destroy(_ ref: String, by session: SessionInfo) throws {
        try authorizeOwner(ref, session)
        let deleted = try store.write { tx -> Bool in
            let task = try tx.require(Ref<TaskRecord>(ref))
            if task.status == .pending || task.status == .cancelling {
                try tx.update(Ref<TaskRecord>(ref)) { $0.currentOperations["task"] = .destroy }
                return false
            }
            try tx.delete(class: TaskRecord.className, ref: ref)
            return true
        }
        if deleted { forget(ref) } else { books.withLock { _ = $0.destroyWhenDone.insert(ref) } }
    }

    /// Tasks are the creator's; anyone else needs `task.destroy/any` (pool-operator and above).
    func authorizeOwner(_ ref: String, _ session: SessionInfo) throws {
        if session.isLocalSuperuser || session.permissions.contains(RoleCatalog.taskAnyPermission) { return }
        let owner = books.withLock { $0.owners[ref] }
        if let owner, owner != session.userName {
            throw XenAPIError.rbacPermissionDenied(
                RoleCatalog.taskAnyPermission,
                "No permission in user session. (Roles with this permission: pool-admin, pool-operator)")
        }
    }

    // MARK: - Garbage collection (ocaml/xapi/db_gc_util.ml timeout_tasks)

    func collectGarbage(now: Int64 = XenDate.now().secondsSince1970) {
        let tasks = store.read { $0.all(TaskRecord.self) }
        let previous = books.withLock { $0.progressAtLastGC }
        var doomed: [String] = []
        var completed: [(String, Int64)] = []
        var progressNow: [String: Double] = [:]
        for (ref, t) in tasks {
            switch t.status {
            case .pending, .cancelling:
                progressNow[ref.raw] = t.progress
                if now - t.created.secondsSince1970 > Self.pendingTimeout, previous[ref.raw] == t.progress {
                    doomed.append(ref.raw)
                }
            case .success, .failure, .cancelled:
                if now - t.finished.secondsSince1970 > Self.completedTimeout {
                    doomed.append(ref.raw)
                } else {
                    completed.append((ref.raw, t.finished.secondsSince1970))
                }
            }
        }
        let surplus = tasks.count - doomed.count - Self.maxTasks
        if surplus > 0 {
            doomed += completed.sorted { $0.1 < $1.1 }.prefix(surplus).map(\.0)
        }
        books.withLock { $0.progressAtLastGC = progressNow }
        guard !doomed.isEmpty else { return }
        do {
            try store.write { tx in
                for ref in doomed where tx.get(Ref<TaskRecord>(ref)) != nil {
                    try tx.delete(class: TaskRecord.className, ref: ref)
                }
            }
        } catch {
            log.error("task GC: \(error)")
        }
        for ref in doomed { forget(ref) }
    }
}
