// The task class's hand-written messages (ocaml/xapi/xapi_task.ml). Getters and the other_config
// map are implicit; these check ownership (task.destroy/any for other users' tasks).
import Database
import Datamodel
import Wire

struct TaskHandlers {
    let tasks: TaskManager

    func register(into table: inout [String: MessageHandler]) {
        let tasks = self.tasks
        // A client-tracked task (e.g. for an HTTP transfer); the client may cancel it.
        table["task.create"] = { call in
            .string(try tasks.create(name: call.string(0), description: call.string(1), session: call.session,
                                     context: call.context, cancellable: true))
        }
        table["task.destroy"] = { call in
            try tasks.destroy(call.string(0), by: try call.requireSession)
            return .void
        }
        table["task.cancel"] = { call in
            try tasks.cancel(call.string(0), by: try call.requireSession, callerTask: call.task?.ref ?? "")
            return .void
        }
        table["task.set_status"] = { call in
            try tasks.update(call, { t in
                guard case .string(let label) = call.args[1] else { return }
                t.status = try TaskStatusType(wireKey: label)
                if t.status != .pending && t.status != .cancelling { t.finished = .now() }
            })
            return .void
        }
        table["task.set_progress"] = { call in
            let value = try Double(wire: call.args[1])
            try tasks.update(call, { $0.progress = value })
            return .void
        }
        table["task.set_result"] = { call in
            let value = call.string(1)
            try tasks.update(call, { $0.result = value })
            return .void
        }
        table["task.set_error_info"] = { call in
            let value = try [String](wire: call.args[1])
            try tasks.update(call, { $0.errorInfo = value })
            return .void
        }
    }
}

extension TaskManager {
    /// A client's direct change to a task record, after the ownership check.
    func update(_ call: Invocation, _ body: @escaping (inout TaskRecord) throws -> Void) throws {
        let ref = call.string(0)
        try authorizeOwner(ref, try call.requireSession)
        try storeWrite { tx in try tx.update(Ref<TaskRecord>(ref), body) }
    }
}
