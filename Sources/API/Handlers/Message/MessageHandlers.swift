// Messages: alerts for the administrator about an object (ocaml/xapi/xapi_message.ml). xapi keeps
// them in files outside its database; here they are ordinary persistent rows of the object store,
// so they survive restarts, and event.from reports them to `message` or `*` subscribers like any
// other class (with generation ids where xapi sends "0", which no client reads).
import Database
import Datamodel
import Wire

struct MessageHandlers {
    let store: ObjectStore
    let implicit: ImplicitMessages
    /// xapi_globs message_limit: the oldest messages beyond this are dropped.
    static let limit = 10_000

    func register(into table: inout [String: MessageHandler]) {
        let store = self.store
        let implicit = self.implicit
        table["message.create"] = { call in
            let cls = try Cls(wire: call.args[2])
            return .string(try Self.create(store, name: call.string(0), priority: call.int(1), cls: cls,
                                           objUUID: call.string(3), body: call.string(4)).raw)
        }
        table["message.destroy"] = { call in
            try Self.destroy(store, [call.string(0)])
            return .void
        }
        table["message.destroy_many"] = { call in
            try Self.destroy(store, try [String](wire: call.args[0]))
            return .void
        }
        table["message.get"] = { call in
            let cls = try Cls(wire: call.args[0])
            let uuid = call.string(1)
            let since = try XenDate(wire: call.args[2])
            return try store.read { db in
                // xapi raises UUID_INVALID without parameters here.
                guard Self.objectExists(db, cls, uuid) else { throw XenAPIError("UUID_INVALID", []) }
                return Self.records(db) { $0.cls == cls && $0.objUUID == uuid && $0.timestamp > since }
            }
        }
        table["message.get_since"] = { call in
            let since = try XenDate(wire: call.args[0])
            return store.read { db in Self.records(db) { $0.timestamp > since } }
        }
        // Messages are store rows, so the generic getters serve them (with xapi's HANDLE_INVALID
        // and UUID_INVALID shapes and the record cache); the datamodel only calls them custom.
        for name in ["get_record", "get_by_uuid", "get_all", "get_all_records", "get_all_records_where"] {
            table["message." + name] = { [implicit] call in try implicit.handle(call) }
        }
    }

    /// message.create, also for messages the daemon raises itself (VM_STARTED ...).
    @discardableResult
    static func create(_ store: ObjectStore, name: String, priority: Int64, cls: Cls, objUUID: String,
                       body: String) throws -> Ref<MessageRecord> {
        try store.write { tx in
            guard objectExists(tx, cls, objUUID) else { throw XenAPIError.uuidInvalid(class: cls.rawValue, uuid: objUUID) }
            var m = MessageRecord()
            m.name = name
            m.priority = priority
            m.cls = cls
            m.objUUID = objUUID
            m.timestamp = .now()
            m.body = body
            let ref = try tx.insert(m)
            try dropOldest(&tx)
            return ref
        }
    }

    private static func destroy(_ store: ObjectStore, _ refs: [String]) throws {
        try store.write { tx in
            for ref in refs { try tx.delete(Ref<MessageRecord>(ref)) }
        }
    }

    /// Keeps at most `limit` messages; trims in batches so a full store is not scanned per create.
    private static func dropOldest(_ tx: inout Transaction) throws {
        let count = tx.count(class: MessageRecord.className)
        guard count > limit + limit / 100 else { return }
        let oldest = tx.all(MessageRecord.self).sorted { $0.1.timestamp < $1.1.timestamp }.prefix(count - limit)
        for (ref, _) in oldest { try tx.delete(ref) }
    }

    static func objectExists<D: ObjectReader>(_ db: D, _ cls: Cls, _ uuid: String) -> Bool {
        let className: String
        switch cls {
        case .vm: className = VMRecord.className
        case .host: className = HostRecord.className
        case .sr: className = SRRecord.className
        case .pool: className = PoolRecord.className
        case .vmpp: className = VMPPRecord.className
        case .vmss: className = VMSSRecord.className
        case .pvsProxy: className = PVSProxyRecord.className
        case .vdi: className = VDIRecord.className
        case .certificate: className = CertificateRecord.className
        }
        return db.ref(class: className, uuid: uuid) != nil
    }

    private static func records(_ db: Snapshot, _ wanted: (MessageRecord) -> Bool) -> Value {
        .structure(db.all(MessageRecord.self).filter { wanted($0.1) }.map { Member($0.0.raw, $0.1.wire) })
    }
}
