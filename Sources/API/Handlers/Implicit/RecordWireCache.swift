// get_record and get_all_records answer from a cache of wire values, and of their XML-RPC
// encoding, keyed by the object's modified generation: building the value of a 90-field record
// (and sorting its maps) and writing it out cost more than the rest of a call, and most records
// are read far more often than they change. An entry is valid only for the generation it was
// built from, so a stale one is never served; deletions drop entries.
import Database
import Datamodel
import Wire

final class RecordWireCache: Sendable {
    /// One record as of one generation: its wire value and that value written as XML-RPC.
    final class Entry: Sendable {
        let generation: Int64
        let value: Value
        let xml: XMLValueFragment

        init(generation: Int64, value: Value) {
            self.generation = generation
            self.value = value
            xml = XMLValueFragment(value)
        }
    }

    private final class Table: @unchecked Sendable {
        var entries: [String: Entry] = [:]
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

    /// The record's entry as of `generation`, from the cache when it is current. Building an
    /// entry happens outside the lock; two callers racing on a miss both build, one wins.
    func entry(of record: any XenRecord, ref: String, generation: Int64) -> Entry {
        if let hit = lock.withReadLock({ table.entries[ref] }), hit.generation == generation {
            return hit
        }
        let entry = Entry(generation: generation, value: record.wire)
        lock.withWriteLock { keepNewest(entry, for: ref) }
        return entry
    }

    /// Entries for many records (get_all_records), taking the lock once per pass.
    func entries(of records: [(ref: String, record: any XenRecord, generation: Int64)]) -> [(ref: String, entry: Entry)] {
        var hits: [Entry?] = lock.withReadLock {
            records.map { r in table.entries[r.ref].flatMap { $0.generation == r.generation ? $0 : nil } }
        }
        var built: [(String, Entry)] = []
        for (i, r) in records.enumerated() where hits[i] == nil {
            let entry = Entry(generation: r.generation, value: r.record.wire)
            hits[i] = entry
            built.append((r.ref, entry))
        }
        if !built.isEmpty {
            lock.withWriteLock { for (ref, entry) in built { keepNewest(entry, for: ref) } }
        }
        return records.indices.map { (records[$0].ref, hits[$0]!) }
    }

    /// Stores a built entry unless a reader of a newer snapshot got there first. Write lock held.
    private func keepNewest(_ entry: Entry, for ref: String) {
        if let current = table.entries[ref], current.generation > entry.generation { return }
        table.entries[ref] = entry
    }
}
