// The body of `ObjectStore.write`: reads see the committed state overlaid with this transaction's own
// pending changes; mutations only touch `pending` until the store commits them. Relations
// (RelationSpec, e.g. VBD.VM -> VM.VBDs) are kept in sync here, as xapi's db_cache_types.ml does in
// add_row / remove_row / set_field (update_one_to_many).
import Datamodel
import Wire

/// Pending changes of one `write` call.
public struct Transaction: ObjectReader {
    struct Pending {
        let className: String
        /// nil: deleted.
        var record: (any XenRecord)?
    }

    let state: StoreState
    /// Relations by the child (one) class.
    let relations: [String: [RelationSpec]]
    private(set) var pending: [String: Pending] = [:]
    /// Refs in the order they were first changed, so commits report changes deterministically.
    private(set) var order: [String] = []
    /// class -> uuid -> ref of pending records, so uuid lookups stay O(1) in big transactions
    /// (first boot inserts thousands of objects). May hold stale entries; `ref(class:uuid:)` checks.
    private var pendingUUIDs: [String: [String: String]] = [:]

    init(state: StoreState, relations: [String: [RelationSpec]]) {
        self.state = state
        self.relations = relations
    }

    var isEmpty: Bool { pending.isEmpty }

    // MARK: - Reads

    public func record(class cls: String, ref: String) -> (any XenRecord)? {
        if let p = pending[ref] { return p.className == cls ? p.record : nil }
        return state.tables[cls]?.objects[ref]?.record
    }

    public func refs(class cls: String) -> [String] {
        guard let t = state.tables[cls] else { return [] }
        if pending.isEmpty { return Array(t.objects.keys) }
        var out: [String] = []
        out.reserveCapacity(t.objects.count)
        for ref in t.objects.keys where pending[ref] == nil || pending[ref]?.record != nil {
            out.append(ref)
        }
        for ref in order {
            if let p = pending[ref], p.className == cls, p.record != nil, t.objects[ref] == nil {
                out.append(ref)
            }
        }
        return out
    }

    public func ref(class cls: String, uuid: String) -> String? {
        guard let t = state.tables[cls] else { return nil }
        if let ref = pendingUUIDs[cls]?[uuid], let p = pending[ref], p.className == cls, let r = p.record,
           t.uuid(of: r) == uuid {
            return ref
        }
        guard let ref = t.uuidIndex[uuid] else { return nil }
        // A pending version of that object did not match above: its uuid changed or it is gone.
        return pending[ref] == nil ? ref : nil
    }

    public func classOf(ref: String) -> String? {
        if let p = pending[ref] { return p.record == nil ? nil : p.className }
        return state.refIndex[ref]
    }

    public func count(class cls: String) -> Int {
        guard let t = state.tables[cls] else { return 0 }
        var n = t.objects.count
        for (ref, p) in pending where p.className == cls {
            let inBase = t.objects[ref] != nil
            if inBase && p.record == nil { n -= 1 }
            if !inBase && p.record != nil { n += 1 }
        }
        return n
    }

    public func forEach(class cls: String, _ body: (String, any XenRecord) throws -> Void) rethrows {
        guard let t = state.tables[cls] else { return }
        for (ref, object) in t.objects {
            if let p = pending[ref] {
                if let r = p.record { try body(ref, r) }
            } else {
                try body(ref, object.record)
            }
        }
        for ref in order {
            if let p = pending[ref], p.className == cls, let r = p.record, t.objects[ref] == nil {
                try body(ref, r)
            }
        }
    }

    public func spec(class cls: String) -> ClassSpec? {
        state.tables[cls]?.spec
    }

    /// The objects this transaction has changed so far (added, modified or deleted), in the order
    /// they were first changed.
    public var changedObjects: [(className: String, ref: String)] {
        order.compactMap { ref in pending[ref].map { ($0.className, ref) } }
    }

    /// The record as committed before this transaction; nil if the transaction created it.
    public func committedRecord(class cls: String, ref: String) -> (any XenRecord)? {
        state.tables[cls]?.objects[ref]?.record
    }

    // MARK: - Mutations

    /// Adds a new object of `R`'s class under `ref` (a fresh `OpaqueRef:` by default). An empty
    /// `uuid` field is filled with a fresh UUID. Throws if the ref or uuid is already taken.
    @discardableResult
    public mutating func insert<R: XenRecord>(_ record: R, ref: Ref<R>? = nil) throws -> Ref<R> {
        let raw = ref?.raw ?? OpaqueRef.make()
        try insert(class: R.spec.name, ref: raw, record: record)
        return Ref(raw)
    }

    /// Adds a new object; `record` must be of `class`'s record type.
    public mutating func insert(class cls: String, ref: String, record: any XenRecord) throws {
        guard let table = state.tables[cls] else {
            throw XenAPIError.internalError("the database has no class \(cls)")
        }
        guard type(of: record).spec.name == cls else {
            throw XenAPIError.internalError("a \(type(of: record).spec.name) record inserted as \(cls)")
        }
        guard !ref.isEmpty, ref != OpaqueRef.null else {
            throw XenAPIError.internalError("cannot insert \(cls) with reference '\(ref)'")
        }
        if let p = pending[ref], p.className != cls {
            throw XenAPIError.internalError(uniqueness(cls, "_ref", ref))
        }
        guard classOf(ref: ref) == nil else {
            throw XenAPIError.internalError(uniqueness(cls, "_ref", ref))
        }
        var rec = record
        if let uuidField = table.uuidField {
            var uuid = table.uuid(of: rec) ?? ""
            if uuid.isEmpty {
                uuid = UUID.random()
                try rec.setWireValue(field: uuidField, to: .string(uuid))
            }
            if self.ref(class: cls, uuid: uuid) != nil {
                throw XenAPIError.internalError(uniqueness(cls, "uuid", uuid))
            }
        }
        try put(cls, ref, new: rec, old: nil)
    }

    /// Changes the object `ref` of `R`'s class; HANDLE_INVALID if it does not exist.
    public mutating func update<R: XenRecord>(_ ref: Ref<R>, _ mutate: (inout R) throws -> Void) throws {
        try update(class: R.spec.name, ref: ref.raw) { any in
            guard var r = cast(any, to: R.self) else { throw XenAPIError.handleInvalid(class: R.spec.name, ref: ref.raw) }
            try mutate(&r)
            any = r
        }
    }

    /// Changes the object `ref` of `class`; HANDLE_INVALID [class; ref] if it does not exist.
    /// If `mutate` throws, the object is left as it was.
    public mutating func update(class cls: String, ref: String, _ mutate: (inout any XenRecord) throws -> Void) throws {
        guard let table = state.tables[cls], let old = record(class: cls, ref: ref) else {
            throw XenAPIError.handleInvalid(class: cls, ref: ref)
        }
        var rec = old
        try mutate(&rec)
        guard type(of: rec).spec.name == cls else {
            throw XenAPIError.internalError("a \(cls) record replaced by a \(type(of: rec).spec.name)")
        }
        if table.uuidField != nil, let uuid = table.uuid(of: rec), uuid != table.uuid(of: old) {
            if let other = self.ref(class: cls, uuid: uuid), other != ref {
                throw XenAPIError.internalError(uniqueness(cls, "uuid", uuid))
            }
        }
        try put(cls, ref, new: rec, old: old)
    }

    /// Removes the object `ref` of `class`; HANDLE_INVALID [class; ref] if it does not exist.
    public mutating func delete(class cls: String, ref: String) throws {
        guard let old = record(class: cls, ref: ref) else {
            throw XenAPIError.handleInvalid(class: cls, ref: ref)
        }
        try put(cls, ref, new: nil, old: old)
    }

    /// Removes the object `ref`; HANDLE_INVALID if it does not exist.
    public mutating func delete<R: XenRecord>(_ ref: Ref<R>) throws {
        try delete(class: R.spec.name, ref: ref.raw)
    }

    /// Marks the object as modified without changing it (event.inject; xapi db_cache_types.ml
    /// `touch`). HANDLE_INVALID [class; ref] if it does not exist.
    public mutating func touch(class cls: String, ref: String) throws {
        guard let current = record(class: cls, ref: ref) else {
            throw XenAPIError.handleInvalid(class: cls, ref: ref)
        }
        if pending[ref] == nil { setPending(cls, ref, current) }
    }

    // MARK: - Internals

    private func uniqueness(_ cls: String, _ field: String, _ value: String) -> String {
        "Db_exn.Uniqueness_constraint_violation(\"\(cls)\", \"\(field)\", \"\(value)\")"
    }

    private mutating func setPending(_ cls: String, _ ref: String, _ record: (any XenRecord)?) {
        if pending.updateValue(Pending(className: cls, record: record), forKey: ref) == nil {
            order.append(ref)
        }
        if let record, let uuid = state.tables[cls]?.uuid(of: record), !uuid.isEmpty {
            pendingUUIDs[cls, default: [:]][uuid] = ref
        }
    }

    /// Records the new state of one object and updates the parents' Set(Ref) fields of every
    /// relation in which `cls` is the child. Nothing is changed if any step throws.
    private mutating func put(_ cls: String, _ ref: String, new: (any XenRecord)?, old: (any XenRecord)?) throws {
        var parentUpdates: [(cls: String, ref: String, record: any XenRecord)] = []
        for relation in relations[cls] ?? [] {
            let before = relation.parents(of: old)
            let after = relation.parents(of: new)
            for p in before where !after.contains(p) {
                if let u = try parentUpdate(relation, parent: p, child: ref, childRecord: new, add: false,
                                            pendingUpdates: parentUpdates) {
                    parentUpdates.append(u)
                }
            }
            for p in after where !before.contains(p) {
                if let u = try parentUpdate(relation, parent: p, child: ref, childRecord: new, add: true,
                                            pendingUpdates: parentUpdates) {
                    parentUpdates.append(u)
                }
            }
        }
        setPending(cls, ref, new)
        for u in parentUpdates { setPending(u.cls, u.ref, u.record) }
    }

    /// The parent's record with `child` added to or removed from its many-field; nil when the
    /// parent does not exist (a dangling reference is left alone, as in xapi) or nothing changes.
    private func parentUpdate(_ relation: RelationSpec, parent: String, child: String,
                              childRecord: (any XenRecord)?, add: Bool,
                              pendingUpdates: [(cls: String, ref: String, record: any XenRecord)])
        throws -> (cls: String, ref: String, record: any XenRecord)?
    {
        // A self-reference (VM.parent naming itself) must start from the child's new record.
        let current: (any XenRecord)?
        if let u = pendingUpdates.last(where: { $0.ref == parent }) {
            current = u.record
        } else if parent == child {
            current = childRecord.flatMap { type(of: $0).spec.name == relation.manyClass ? $0 : nil }
        } else {
            current = record(class: relation.manyClass, ref: parent)
        }
        guard var rec = current, let index = type(of: rec).spec.fieldIndex[relation.manyField] else {
            return nil
        }
        var members: [Value] = []
        if case .array(let items)? = rec.wireValue(field: index) { members = items }
        let present = members.contains(.string(child))
        if add {
            if present { return nil }
            members.append(.string(child))
        } else {
            if !present { return nil }
            members.removeAll { $0 == .string(child) }
        }
        try rec.setWireValue(field: index, to: .array(members))
        return (relation.manyClass, parent, rec)
    }
}

@available(*, unavailable)
extension Transaction: Sendable {}
