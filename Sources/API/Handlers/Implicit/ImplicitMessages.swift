// The messages xapi generates for every class (notes/xapi-semantics.md §3.1): getters, setters,
// map and set mutators, get_record/get_all*/get_by_*, and the plain create/destroy. One generic
// path over XenRecord's positional field access; classes needing side effects register hooks.
import Database
import Datamodel
import Wire

struct ImplicitMessages: Sendable {
    let store: ObjectStore
    let hooks: ConstructorHooks
    let wireCache: RecordWireCache

    func handle(_ call: Invocation) throws -> Value {
        try answer(call).value
    }

    /// The answer with cached record encodings where there are some (get_record, get_all_records).
    func answer(_ call: Invocation) throws -> Answer {
        let spec = call.spec
        let cls = spec.className
        switch spec.name {
        case "get_record":
            let ref = call.string(0)
            let (record, generation) = try store.read { snap -> (any XenRecord, Int64) in
                guard let r = snap.record(class: cls, ref: ref),
                      let g = snap.objectGenerations(class: cls, ref: ref) else {
                    throw XenAPIError.handleInvalid(class: cls, ref: ref)
                }
                return (r, g.modified)
            }
            return .record(wireCache.entry(of: record, ref: ref, generation: generation))
        case "get_all_records":
            return .records(wireCache.entries(of: store.read { snap in versions(snap, cls, snap.refs(class: cls)) }))
        case "get_all_records_where":
            let filter = try FilterExpression(call.string(0))
            return .records(wireCache.entries(of: try store.read { snap in
                versions(snap, cls, try snap.refs(class: cls, where: filter))
            }))
        default:
            return .value(try value(call))
        }
    }

    private func value(_ call: Invocation) throws -> Value {
        let spec = call.spec
        let cls = spec.className
        switch spec.name {
        case "get_by_uuid":
            return try store.read { snap in
                guard let ref = snap.ref(class: cls, uuid: call.string(0)) else {
                    throw XenAPIError.uuidInvalid(class: cls, uuid: call.string(0))
                }
                return .string(ref)
            }
        case "get_by_name_label":
            return store.read { snap in .array(snap.refs(class: cls, nameLabel: call.string(0)).map { .string($0) }) }
        case "get_all":
            return store.read { snap in .array(snap.refs(class: cls).map { .string($0) }) }
        case "get_all_where":
            let filter = try FilterExpression(call.string(0))
            return try store.read { snap in .array(try snap.refs(class: cls, where: filter).map { .string($0) }) }
        case "create":
            return try create(call)
        case "destroy":
            try hooks.beforeDestroy(cls, call.string(0), store)
            try store.write { tx in try tx.delete(class: cls, ref: call.string(0)) }
            return .void
        default:
            return try fieldMessage(call)
        }
    }

    /// The records and their generations, for the wire cache.
    private func versions(_ snap: Snapshot, _ cls: String, _ refs: [String])
        -> [(ref: String, record: any XenRecord, generation: Int64)]
    {
        refs.compactMap { ref in
            guard let r = snap.record(class: cls, ref: ref), let g = snap.objectGenerations(class: cls, ref: ref)
            else { return nil }
            return (ref, r, g.modified)
        }
    }

    /// `get_<f>`, `set_<f>`, `add_to_<f>`, `remove_from_<f>`, `add_<f>`, `remove_<f>`.
    private func fieldMessage(_ call: Invocation) throws -> Value {
        let spec = call.spec
        let cls = spec.className
        guard let classSpec = Datamodel.classSpec(named: cls) else { throw XenAPIError.notImplemented(spec.wireName) }
        let name = spec.name
        func field(after prefix: String) -> Int? {
            guard name.hasPrefix(prefix) else { return nil }
            return classSpec.fieldIndex[String(name.dropFirst(prefix.count))]
        }
        let ref = call.string(0)
        if let i = field(after: "get_") {
            return try store.read { snap in
                guard let r = snap.record(class: cls, ref: ref) else {
                    throw XenAPIError.handleInvalid(class: cls, ref: ref)
                }
                return r.wireValue(field: i) ?? .void
            }
        }
        if let i = field(after: "set_") {
            try mutate(cls, ref) { r in try r.setWireValue(field: i, to: call.args[1]) }
            return .void
        }
        if let i = field(after: "add_to_") {
            let key = keyString(call.args[1])
            guard !key.isEmpty else { throw XenAPIError.internalError("Invalid key: empty map key") }
            try mutate(cls, ref) { r in
                var members = r.wireValue(field: i).flatMap(structureMembers) ?? []
                if members.contains(where: { $0.name == key }) {
                    throw XenAPIError.mapDuplicateKey(class: cls, field: classSpec.fields[i].name, ref: ref, key: key)
                }
                members.append(Member(key, call.args[2]))
                try r.setWireValue(field: i, to: .structure(members))
            }
            return .void
        }
        if let i = field(after: "remove_from_") {
            let key = keyString(call.args[1])
            try mutate(cls, ref) { r in
                let members = r.wireValue(field: i).flatMap(structureMembers) ?? []
                try r.setWireValue(field: i, to: .structure(members.filter { $0.name != key }))
            }
            return .void
        }
        if let i = field(after: "add_") {
            try mutate(cls, ref) { r in
                var items = r.wireValue(field: i).flatMap(arrayItems) ?? []
                if !items.contains(call.args[1]) { items.append(call.args[1]) }
                try r.setWireValue(field: i, to: .array(items))
            }
            return .void
        }
        if let i = field(after: "remove_") {
            try mutate(cls, ref) { r in
                let items = r.wireValue(field: i).flatMap(arrayItems) ?? []
                try r.setWireValue(field: i, to: .array(items.filter { $0 != call.args[1] }))
            }
            return .void
        }
        throw XenAPIError.notImplemented(spec.wireName)
    }

    private func mutate(_ cls: String, _ ref: String, _ body: (inout any XenRecord) throws -> Void) throws {
        try store.write { tx in try tx.update(class: cls, ref: ref, body) }
    }

    /// The implicit constructor: RW and RO/constructor fields from the struct, defaults for the
    /// optional ones, `Dispatcher_FieldNotFound` for a missing mandatory one (gen_server.ml).
    private func create(_ call: Invocation) throws -> Value {
        let cls = call.spec.className
        guard let classSpec = Datamodel.classSpec(named: cls), let type = Datamodel.recordTypes[cls] else {
            throw XenAPIError.notImplemented(call.spec.wireName)
        }
        guard case .structure = call.args[0] else { throw XenAPIError.typeError(expected: "struct", got: call.args[0]) }
        var record = type.init()
        for (i, f) in classSpec.fields.enumerated() where f.qualifier != .roRuntime {
            if let v = call.args[0][member: f.name] {
                try record.setWireValue(field: i, to: v)
            } else if f.defaultValue == nil {
                throw XenAPIError.internalError("Server_helpers.Dispatcher_FieldNotFound(\"\(f.name)\")")
            }
        }
        try hooks.beforeCreate(cls, &record, store)
        let ref = OpaqueRef.make()
        try store.write { tx in try tx.insert(class: cls, ref: ref, record: record) }
        return .string(ref)
    }
}

/// Side effects xapi attaches to some implicit constructors and destructors (its hand-written
/// `Xapi_vm.create`, ...). Keyed by class name.
struct ConstructorHooks: Sendable {
    var create: [String: @Sendable (inout any XenRecord, ObjectStore) throws -> Void] = [:]
    var destroy: [String: @Sendable (String, ObjectStore) throws -> Void] = [:]

    func beforeCreate(_ cls: String, _ record: inout any XenRecord, _ store: ObjectStore) throws {
        try create[cls]?(&record, store)
    }

    func beforeDestroy(_ cls: String, _ ref: String, _ store: ObjectStore) throws {
        try destroy[cls]?(ref, store)
    }
}

private func structureMembers(_ v: Value) -> [Member]? {
    if case .structure(let m) = v { return m }
    return nil
}

private func arrayItems(_ v: Value) -> [Value]? {
    if case .array(let a) = v { return a }
    return nil
}

/// A map key as the string it is stored under (int keys in decimal, refs and enums as text).
func keyString(_ v: Value) -> String {
    switch v {
    case .string(let s): return s
    case .int(let i): return String(i)
    case .int32(let i): return String(i)
    default: return ""
    }
}
