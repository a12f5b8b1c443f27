// get_record answers from a cache of wire values keyed by the object's modified generation:
// building the value of a 90-field record (and sorting its maps) costs more than the rest of a
// call, and most records are read far more often than they change. An entry is valid only for
// the generation it was built from, so a stale one is never served; deletions drop entries.
import Database
import Datamodel
import Wire

final class RecordWireCache: Sendable {
    private final class Table: @unchecked Sendable {
        var entries: [String: (generation: Int64, value: Value)] = [:]
    }

    private let lock = ReadWriteLock()
    private let table = Table()

    init(store: ObjectStore) {
        store.addObserver { [lock, table] commit in
            let deleted = commit.changes.filter { $0.operation == .del }.map(\.ref)
            guard !deleted.isEmpty else { return }
            lock.withWriteLock { for ref in deleted { table.entries[ref] = nil } }
        }
    }

    /// The record's wire value as of the snapshot, from the cache when it is current.
    func wire(of record: any XenRecord, ref: String, generation: Int64) -> Value {
        if let hit = lock.withReadLock({ table.entries[ref] }), hit.generation == generation {
            return hit.value
        }
        let value = record.wire
        lock.withWriteLock { table.entries[ref] = (generation, value) }
        return value
    }
}
