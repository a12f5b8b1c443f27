// The XenAPI, independent of transport: give it a decoded call and a caller context, get an
// outcome to encode. Owns the session manager, the RBAC catalogue, the task runner and the table of
// hand-written handlers; the generic implicit messages cover everything else the datamodel declares.
import Database
import Datamodel
import Events
import Foundation
import Wire

public final class APIServer: Sendable {
    public let store: ObjectStore
    let messages: MessageTable
    let typeChecker: TypeChecker
    let roleCatalog: RoleCatalog
    let sessions: SessionManager
    let tasks: TaskManager
    let events: EventService
    /// Async-capable messages whose operation polls for cancellation (task.cancel is allowed).
    let cancellableMessages: Set<String> = [
        "VM.clean_shutdown", "VM.clean_reboot", "VM.shutdown", "VM.clone", "VM.copy", "VM.snapshot", "VM.checkpoint",
        "VM.provision", "VM.suspend", "VM.resume", "VM.resume_on",
        "VM.wait_memory_target_live",
        "VDI.copy", "SR.scan",
    ]
    let implicit: ImplicitMessages
    let handlers: [String: MessageHandler]
    let environment: HostEnvironment
    let operations: OperationLocks
    let log = Logger(label: "api")

    /// The classes as the store should hold them: roles are synthesised at start-up, not persisted
    /// (ocaml/xapi/xapi_role.ml); messages, which xapi files outside its database, are rows too.
    public static var storeClasses: [ClassSpec] {
        Datamodel.classes.map { c in
            switch c.name {
            case RoleRecord.className: c.with(persistent: false)
            case MessageRecord.className: c.with(inDatabase: true, persistent: true, generatesEvents: true)
            default: c
            }
        }
    }

    public init(store: ObjectStore, authenticator: any Authenticator,
                eventSettings: EventSettings = EventSettings(),
                environment: HostEnvironment = HostEnvironment(dataDirectory: "/tmp", hypervisor: nil)) throws {
        self.store = store
        self.environment = environment
        let classes = Datamodel.classes
        messages = MessageTable(classes: classes)
        typeChecker = TypeChecker(enums: Datamodel.enums)
        let roles = RoleCatalog(classes: classes)
        roleCatalog = roles
        let hostRef: @Sendable () -> String = { [store] in
            store.read { $0.refs(class: HostRecord.className).first ?? OpaqueRef.null }
        }
        sessions = SessionManager(store: store, authenticator: authenticator, roles: roles, hostRef: hostRef)
        tasks = TaskManager(store: store, hostRef: hostRef)
        implicit = ImplicitMessages(store: store, hooks: ConstructorHooks.standard,
                                    wireCache: RecordWireCache(store: store))
        events = EventService(store: store, settings: eventSettings)
        var table: [String: MessageHandler] = [:]
        SessionHandlers(sessions: sessions, store: store).register(into: &table)
        RoleHandlers(catalog: roles, store: store).register(into: &table)
        SubjectHandlers(catalog: roles, store: store).register(into: &table)
        HostHandlers(store: store).register(into: &table)
        PlainSetters.register(into: &table, store: store)
        EventHandlers(events: events).register(into: &table)
        MessageHandlers(store: store, implicit: implicit).register(into: &table)
        TaskHandlers(tasks: tasks).register(into: &table)
        let operations = OperationLocks(store: store, policies: OperationPolicies.all,
                                        dependencies: OperationPolicies.dependencies)
        self.operations = operations
        Self.registerObjectHandlers(
            into: &table,
            HandlerContext(store: store, tasks: tasks, operations: operations, events: events, environment: environment,
                           storage: StorageService(store: store, operations: operations,
                                                   dataDirectory: environment.dataDirectory)))
        handlers = table
        try operations.resetAfterRestart()
        try RoleHandlers(catalog: roles, store: store).publish()
    }

    /// Starts the periodic housekeeping xapi's db_gc does every 30 s.
    /// It runs on a thread of its own, never on the shared Dispatch pool.
    public func startHousekeeping(interval: Double = 30) {
        let thread = Thread { [sessions, tasks] in
            while true {
                Thread.sleep(forTimeInterval: interval)
                sessions.expireIdle()
                tasks.collectGarbage()
            }
        }
        thread.name = "xapi-gc"
        thread.start()
    }

    /// Every synchronous wire name, as `system.listMethods` returns them.
    public var methodNames: [String] { messages.listMethods }
}

extension ClassSpec {
    func with(inDatabase: Bool? = nil, persistent: Bool, generatesEvents: Bool? = nil) -> ClassSpec {
        ClassSpec(name: name, fields: fields, messages: messages, release: release,
                  inDatabase: inDatabase ?? self.inDatabase, persistent: persistent,
                  generatesEvents: generatesEvents ?? self.generatesEvents, exposesGetAll: exposesGetAll)
    }
}
