// The object store: every datamodel object in memory, persistent classes also in SQLite, and one
// mutation path (`write`). Reads never touch SQLite. Invariant: memory changes only after the
// SQLite transaction holding the same changes has committed, and only under the exclusive lock.
import Datamodel
import Synchronization
import Wire

/// The xapi database: an in-memory object cache over SQLite.
///
/// Locking: writers queue on a writer mutex, which is held across building the transaction,
/// the SQLite commit (the only disk I/O) and notifying observers. Readers hold the read side of a
/// writer-preferring rwlock for the length of their `read` body; the writer takes the write side
/// only to apply an already-committed change set to the in-memory tables, so readers never wait for
/// disk and never wait for each other. Nested `read` calls on one thread are fine; `write` inside
/// `read`, or inside another `write` (or an observer), is a programming error and traps.
public final class ObjectStore: Sendable {
    /// SQLite `PRAGMA synchronous` in WAL mode (https://sqlite.org/pragma.html#pragma_synchronous).
    ///
    /// The store promises never to lose an acknowledged write: `write` returns only after COMMIT.
    /// With `.full` the WAL is fsynced at every commit, so the promise holds across power loss and
    /// OS crashes. With `.normal` the WAL is fsynced only at checkpoints: a commit survives the
    /// process crashing, but a power cut may roll back the last few commits. Use `.normal` only
    /// where that is acceptable (tests, benchmarks, throwaway hosts).
    public enum Synchronous: String, Sendable {
        case normal = "NORMAL"
        case full = "FULL"
    }

    private let shared: SharedState
    private let writer: WriterState
    private let depth = LockDepth()
    /// Relations by child (one) class.
    private let relations: [String: [RelationSpec]]
    private let observers = Mutex<[@Sendable (CommitInfo) -> Void]>([])
    private let preCommitHooks = Mutex<[@Sendable (inout Transaction) throws -> Void]>([])
    /// How far ahead of the current generation `_meta.generation` is raised when it runs out.
    static let generationReservation: Int64 = 100_000

    /// Opens (creating or migrating) the database at `path`, or a private in-memory one if nil,
    /// and loads every persisted object.
    ///
    /// - Parameters:
    ///   - classes: every class; those with `inDatabase` are held, those also `persistent` stored.
    ///   - recordTypes: the record type of each held class, by class name.
    ///   - relations: one-to-many relations kept in sync on every write.
    ///   - migrations: numbered schema steps (Migration.all in production).
    ///   - tombstoneCapacity: how many deletions to remember for event.from.
    public init(path: String?, classes: [ClassSpec], recordTypes: [String: any XenRecord.Type],
                relations: [RelationSpec], synchronous: Synchronous = .full,
                migrations: [Migration] = Migration.all, tombstoneCapacity: Int = 100_000) throws {
        var tables: [String: Table] = [:]
        for spec in classes where spec.inDatabase {
            guard let type = recordTypes[spec.name] else {
                throw XenAPIError.internalError("no record type for class \(spec.name)")
            }
            guard type.spec.fields.map(\.name) == spec.fields.map(\.name) else {
                throw XenAPIError.internalError("record type \(type) does not match class \(spec.name)")
            }
            tables[spec.name] = Table(spec: spec, recordType: type)
        }
        var byChild: [String: [RelationSpec]] = [:]
        for r in relations {
            guard let one = tables[r.oneClass], let many = tables[r.manyClass] else { continue }
            guard one.spec.fieldIndex[r.oneField] != nil, many.spec.fieldIndex[r.manyField] != nil else {
                throw XenAPIError.internalError(
                    "relation \(r.oneClass).\(r.oneField) -> \(r.manyClass).\(r.manyField) names a missing field")
            }
            // `role.subroles -> role.subroles` (and subject.roles) name one field as both ends; xapi
            // would add each subrole's parent into the subrole's own list. Not maintained here.
            if r.oneClass == r.manyClass && r.oneField == r.manyField { continue }
            byChild[r.oneClass, default: []].append(r)
        }
        self.relations = byChild

        let persistence = try Persistence(path: path, synchronous: synchronous)
        let persistentTables = tables.values.filter(\.persistent).sorted { $0.spec.name < $1.spec.name }
        try persistence.prepareSchema(tables: persistentTables, migrations: migrations)

        // Loaded objects all get a generation above any handed out before the restart, so an old
        // token sees every object again (a resync) rather than missing changes.
        let reserved = try persistence.meta(Persistence.generationKey).flatMap { Int64($0) } ?? 0
        persistence.reservedGeneration = reserved
        let loaded = reserved + 1
        let state = StoreState(tables: tables, generation: loaded, tombstoneCapacity: tombstoneCapacity)
        for table in persistentTables {
            try persistence.load(table) { ref, record in
                if let other = state.refIndex[ref] {
                    throw XenAPIError.internalError("reference \(ref) is in both \(other) and \(table.spec.name)")
                }
                table.objects[ref] = StoredObject(record: record, created: loaded, modified: loaded)
                state.refIndex[ref] = table.spec.name
                if let u = table.uuid(of: record) { table.uuidIndex[u] = ref }
            }
            if !table.objects.isEmpty { table.lastChange = loaded }
        }
        let repairs = ObjectStore.repairRelations(state: state, relations: byChild)
        if !repairs.isEmpty { try persistence.commit(repairs, reserving: nil) }

        shared = SharedState(state: state)
        writer = WriterState(persistence: persistence)
    }

    // MARK: - Reading

    /// Runs `body` on a consistent view of the committed objects. Never waits for disk; concurrent
    /// readers run in parallel. Do not let the snapshot escape `body`.
    ///
    /// Keep bodies short: a waiting writer holds off new readers (so readers cannot starve it),
    /// hence a body must never wait for another thread that itself reads. To serialise many
    /// records, copy them out (`records(class:)` only retains them) and encode after `read`.
    public func read<T>(_ body: (Snapshot) throws -> T) rethrows -> T {
        let snapshot = Snapshot(state: shared.state)
        // Already inside read (the lock is held) or inside write (nobody else mutates): no lock.
        if depth.readDepth > 0 || depth.isWriting { return try body(snapshot) }
        depth.readDepth = 1
        defer { depth.readDepth = 0 }
        return try shared.lock.withReadLock { try body(snapshot) }
    }

    /// The latest committed generation.
    public var generation: Int64 { read { $0.generation } }

    // MARK: - Writing

    /// How long `write` waits before returning.
    public enum Durability: Sendable {
        /// Until the commit is on disk (to the degree `Synchronous` promises): the default, for
        /// anything a client is told has happened.
        case durable
        /// Not for the disk: the commit is made, ordered and visible at once, survives the process
        /// crashing, and reaches the disk with the next durable commit (or checkpoint). For state
        /// that start-up rebuilds anyway: `current_operations`, and a domain's runtime state (power
        /// state, domid, attached devices), which a power cut makes untrue in any case (the domains
        /// die with the host) and start-up resynchronises from the hypervisor.
        case relaxed
    }

    /// The one mutation path. `body` reads through the transaction (its own changes included) and
    /// mutates it; when it returns, changes to persistent classes are committed to SQLite in one
    /// transaction, then every changed object gets a generation, memory is updated and observers
    /// are told. If `body` or the commit throws, nothing changes and the error propagates.
    ///
    /// Durability: with `.full`, commits are made durable by a group fsync of the WAL after the
    /// writer lock is released (WALSync), so concurrent writers share fsyncs. Readers and observers
    /// may see a commit a few milliseconds before it is on disk; its writer is answered only after.
    ///
    /// Generations: one per changed object, consecutive within a commit, in the order the objects
    /// were first touched; a single global counter, strictly increasing across commits and across
    /// restarts (SQLite holds a reservation above the counter, raised in blocks, so commits of
    /// non-persistent classes such as sessions and tasks never wait for the disk).
    @discardableResult
    public func write<T>(durability: Durability = .durable, _ body: (inout Transaction) throws -> T) throws -> T {
        precondition(depth.readDepth == 0, "ObjectStore.write inside read() would deadlock")
        precondition(!depth.isWriting, "ObjectStore.write is not re-entrant (nor callable from an observer)")
        let (result, sequence) = try writer.mutex.withLock { () throws -> (T, UInt64?) in
            depth.isWriting = true
            defer { depth.isWriting = false }
            var transaction = Transaction(state: shared.state, relations: relations)
            let result = try body(&transaction)
            if !transaction.isEmpty {
                for hook in preCommitHooks.withLock({ $0 }) { try hook(&transaction) }
            }
            guard let (info, sequence) = try commit(transaction) else { return (result, nil) }
            let list = observers.withLock { $0 }
            for observer in list { observer(info) }
            return (result, sequence)
        }
        if durability == .durable, let sequence { writer.persistence.walSync?.waitDurable(sequence) }
        return result
    }

    /// Calls `observer` after every commit that changed something, in commit order, on the
    /// committing thread, outside the state lock. It may `read` but must not `write`, and should
    /// be quick: the next writer waits for it.
    public func addObserver(_ observer: @escaping @Sendable (CommitInfo) -> Void) {
        observers.withLock { $0.append(observer) }
    }

    /// WAL fsyncs made by group commit so far (0 without it).
    public var groupCommitSyncs: UInt64 { writer.persistence.walSync?.fsyncs ?? 0 }

    /// Runs `hook` at the end of every `write` whose transaction changed something, before the
    /// commit, so derived fields (allowed_operations) are updated in the same commit and event as
    /// the change they derive from. A hook that throws aborts the whole write.
    public func addPreCommitHook(_ hook: @escaping @Sendable (inout Transaction) throws -> Void) {
        preCommitHooks.withLock { $0.append(hook) }
    }

    private struct Applied {
        let table: Table
        let ref: String
        let record: (any XenRecord)?
        let operation: Change.Operation
        let generation: Int64
    }

    /// Persists and applies a finished transaction; nil if it changed nothing. The sequence is the
    /// group-commit number to wait for, when something went to SQLite under group commit.
    private func commit(_ transaction: Transaction) throws -> (CommitInfo, UInt64?)? {
        guard !transaction.isEmpty else { return nil }
        let state = shared.state
        var applied: [Applied] = []
        var rows: [Persistence.RowWrite] = []
        var g = state.generation
        for ref in transaction.order {
            guard let p = transaction.pending[ref], let table = state.tables[p.className] else { continue }
            let existed = table.objects[ref] != nil
            let operation: Change.Operation
            switch (existed, p.record != nil) {
            case (false, true): operation = .add
            case (true, true): operation = .mod
            case (true, false): operation = .del
            case (false, false): continue  // created and deleted in the same transaction
            }
            g += 1
            applied.append(Applied(table: table, ref: ref, record: p.record, operation: operation, generation: g))
            if table.persistent { rows.append(Persistence.RowWrite(table: table, ref: ref, record: p.record)) }
        }
        guard !applied.isEmpty else { return nil }
        let persistence = writer.persistence
        let reservation = g > persistence.reservedGeneration ? g + ObjectStore.generationReservation : nil
        var sequence: UInt64?
        if !rows.isEmpty || reservation != nil { sequence = try persistence.commit(rows, reserving: reservation) }

        shared.lock.withWriteLock {
            for a in applied { ObjectStore.apply(a, to: state) }
            state.generation = g
        }
        let changes = applied.map {
            Change(className: $0.table.spec.name, ref: $0.ref, operation: $0.operation, generation: $0.generation)
        }
        return (CommitInfo(generations: applied[0].generation...g, changes: changes), sequence)
    }

    private static func apply(_ a: Applied, to state: StoreState) {
        let table = a.table
        let old = table.objects[a.ref]
        if let oldRecord = old?.record, let u = table.uuid(of: oldRecord), table.uuidIndex[u] == a.ref {
            table.uuidIndex[u] = nil
        }
        if let record = a.record {
            if old != nil {
                table.objects[a.ref]!.record = record
                table.objects[a.ref]!.modified = a.generation
            } else {
                table.objects[a.ref] = StoredObject(record: record, created: a.generation, modified: a.generation)
                state.refIndex[a.ref] = table.spec.name
            }
            if let u = table.uuid(of: record) { table.uuidIndex[u] = a.ref }
        } else if let old {
            table.objects[a.ref] = nil
            state.refIndex[a.ref] = nil
            state.tombstones.append(Tombstone(className: table.spec.name, ref: a.ref, created: old.created,
                                              deleted: a.generation, record: old.record))
        }
        table.lastChange = a.generation
    }

    /// Makes every one-to-many relation's many-field list exactly the children that name the
    /// parent. xapi does not persist these columns at all and regenerates them at load
    /// (datamodel_schema.ml: "we always regenerate one-to-many Set(Ref _) fields"); we persist
    /// them but repair at load, since a stored list can be stale (non-persistent children are gone
    /// after a restart, or the field is new). Keeps the stored order; missing children are
    /// appended in ref order. Many-to-many lists (a set on both ends) are persisted as they are.
    private static func repairRelations(state: StoreState, relations: [String: [RelationSpec]])
        -> [Persistence.RowWrite]
    {
        var repairs: [Persistence.RowWrite] = []
        for relation in relations.values.joined() {
            guard let children = state.tables[relation.oneClass], let parents = state.tables[relation.manyClass],
                  let index = parents.spec.fieldIndex[relation.manyField],
                  let oneField = children.spec.field(named: relation.oneField) else { continue }
            switch oneField.type {
            case .ref, .option(.ref): break
            default: continue
            }
            var wanted: [String: [String]] = [:]
            for (ref, child) in children.objects {
                for p in relation.parents(of: child.record) where parents.objects[p] != nil {
                    wanted[p, default: []].append(ref)
                }
            }
            for (ref, parent) in parents.objects {
                var current: [String] = []
                if case .array(let items)? = parent.record.wireValue(field: index) {
                    current = items.compactMap(\.stringValue)
                }
                let want = Set(wanted[ref] ?? [])
                guard Set(current) != want || current.count != want.count else { continue }
                var seen: Set<String> = []
                var fixed = current.filter { want.contains($0) && seen.insert($0).inserted }
                fixed += want.subtracting(seen).sorted()
                var record = parent.record
                do {
                    try record.setWireValue(field: index, to: .array(fixed.map { .string($0) }))
                } catch {
                    preconditionFailure("\(relation.manyClass).\(relation.manyField) is not a ref set: \(error)")
                }
                parents.objects[ref]!.record = record
                if parents.persistent { repairs.append(Persistence.RowWrite(table: parents, ref: ref, record: record)) }
            }
        }
        return repairs
    }
}

/// The readable state and its lock. Unchecked: `state` is read under `lock`'s read side (or by the
/// writer) and mutated only by the writer under its write side.
private final class SharedState: @unchecked Sendable {
    let lock = ReadWriteLock()
    let state: StoreState
    init(state: StoreState) { self.state = state }
}

/// The SQLite side. Unchecked: `persistence` is used only while `mutex` is held, except its
/// `walSync`, which is thread-safe.
private final class WriterState: @unchecked Sendable {
    let mutex = PThreadMutex()
    let persistence: Persistence
    init(persistence: Persistence) { self.persistence = persistence }
}
