// The in-memory object cache: one Table per class, the global ref index and the tombstone log.
// Invariant: only the thread holding the store's writer lock mutates it, and only inside the
// read/write lock's write side; every dictionary is mutated in place (no whole-table copies).
import Datamodel

/// One object as the cache holds it.
struct StoredObject {
    var record: any XenRecord
    /// The generation of the change that created it (or of the load, for rows read at open).
    var created: Int64
    /// The generation of its latest change.
    var modified: Int64
}

/// The objects of one class, with its indexes.
final class Table {
    let spec: ClassSpec
    let recordType: any XenRecord.Type
    /// Rows survive a restart (ClassSpec.persistent).
    let persistent: Bool
    /// Position of the `uuid` field, if the class has one.
    let uuidField: Int?
    /// Position of the `name_label` field, if the class has one.
    let nameLabelField: Int?
    /// Positions and types of the fields stored as SQLite columns, in datamodel order.
    let storedFields: [Int]

    var objects: [String: StoredObject] = [:]
    /// uuid → ref.
    var uuidIndex: [String: String] = [:]
    /// The generation of the latest add, mod or del in this class (0: none since open).
    var lastChange: Int64 = 0

    init(spec: ClassSpec, recordType: any XenRecord.Type) {
        self.spec = spec
        self.recordType = recordType
        self.persistent = spec.persistent
        self.uuidField = spec.fieldIndex["uuid"]
        self.nameLabelField = spec.fieldIndex["name_label"]
        self.storedFields = spec.fields.indices.filter { FieldCodec.isStored(spec.fields[$0].type) }
    }

    func uuid(of record: any XenRecord) -> String? {
        guard let uuidField, case .string(let u)? = record.wireValue(field: uuidField) else { return nil }
        return u
    }
}

/// A deleted object, kept so that event.from can report deletions since a token.
public struct Tombstone: Sendable {
    public let className: String
    public let ref: String
    /// When the object was created; event.from reports `del` only if it existed at token time
    /// (`created <= token`).
    public let created: Int64
    /// The generation of the deletion.
    public let deleted: Int64
    /// The record as it was just before deletion.
    public let record: any XenRecord
}

/// Deletions in generation order, bounded: the oldest are dropped past `capacity`.
struct TombstoneLog {
    let capacity: Int
    private var entries: [Tombstone] = []
    private var start = 0
    /// Deletions with generation > floor are all present; older ones may have been dropped.
    private(set) var floor: Int64

    init(capacity: Int, floor: Int64) {
        self.capacity = max(capacity, 1)
        self.floor = floor
    }

    var count: Int { entries.count - start }

    mutating func append(_ t: Tombstone) {
        entries.append(t)
        if count > capacity {
            floor = max(floor, entries[start].deleted)
            start += 1
            // Compact once the dead prefix is as long as the live part: amortised O(1).
            if start >= capacity {
                entries.removeFirst(start)
                start = 0
            }
        }
    }

    /// Deletions with generation > `generation`, oldest first.
    func since(_ generation: Int64) -> ArraySlice<Tombstone> {
        var lo = start
        var hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].deleted <= generation { lo = mid + 1 } else { hi = mid }
        }
        return entries[lo...]
    }
}

/// Everything the readers see.
final class StoreState {
    /// Every class with ClassSpec.inDatabase. The dictionary itself never changes after init.
    let tables: [String: Table]
    /// ref → class name, for every live object.
    var refIndex: [String: String] = [:]
    /// The latest generation handed out.
    var generation: Int64
    var tombstones: TombstoneLog

    init(tables: [String: Table], generation: Int64, tombstoneCapacity: Int) {
        self.tables = tables
        self.generation = generation
        self.tombstones = TombstoneLog(capacity: tombstoneCapacity, floor: generation)
    }
}
