// The hand-written handlers of the object classes (storage, VMs, devices, networks), each group
// in its own folder. One line per group keeps concurrent work on different classes apart.
import Database
import Events

/// What object handlers are built from.
struct HandlerContext: Sendable {
    let store: ObjectStore
    let tasks: TaskManager
    let operations: OperationLocks
    let events: EventService
    let environment: HostEnvironment
    let storage: StorageService
}

extension APIServer {
    static func registerObjectHandlers(into table: inout [String: MessageHandler], _ context: HandlerContext) {
        VMHandlers(context).register(into: &table)
        NetworkConfigHandlers(context).register(into: &table)
        StorageHandlers(context).register(into: &table)
        HostEnableHandlers(context: context).register(into: &table)
    }
}
