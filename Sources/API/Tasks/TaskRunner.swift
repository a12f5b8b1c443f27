// `Async.` calls: a task record at once, the work on a thread of its own, the outcome written back
// as xapi does (notes/xapi-semantics.md §5): result is the XML-RPC `<value>` text even for
// JSON-RPC clients; failures carry the error code and params in error_info.
// TODO(#3): cancellation, progress, subtasks, task GC and operation locking.
import Database
import Datamodel
import Foundation
import Wire

final class TaskRunner: Sendable {
    private let store: ObjectStore
    private let hostRef: @Sendable () -> String
    private let log = Logger(label: "task")

    init(store: ObjectStore, hostRef: @escaping @Sendable () -> String) {
        self.store = store
        self.hostRef = hostRef
    }

    /// Creates a pending task named `name` and runs `work` on a new thread; returns the task ref.
    func launch(name: String, session: SessionInfo, work: @escaping @Sendable () throws -> Value) throws -> String {
        var task = TaskRecord()
        task.uuid = UUID.random()
        task.nameLabel = name
        task.status = .pending
        task.created = .now()
        task.residentOn = Ref(hostRef())
        task.type = "<none/>"
        task.backtrace = "()"
        let ref = try store.write { tx in try tx.insert(task) }
        let thread = Thread { [store, log] in
            var outcome: Result<Value, XenAPIError>
            do {
                outcome = .success(try work())
            } catch {
                outcome = .failure(ErrorMapping.xenAPIError(for: error))
            }
            do {
                try store.write { tx in
                    // The client may have destroyed the task meanwhile; that is not an error.
                    guard tx.get(ref) != nil else { return }
                    try tx.update(ref) { t in
                        t.finished = .now()
                        t.allowedOperations = []
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
                log.error("cannot record the outcome of task \(ref.raw): \(error)")
            }
        }
        thread.name = name
        thread.start()
        return ref.raw
    }
}
