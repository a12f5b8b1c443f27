// Encoded records shared between event.from callers. A generation names exactly one change to one
// object, so an object's modified generation names the version of its record: a hundred watchers
// woken by one commit encode the changed record once. Bounded; emptied when full.
import Database
import Datamodel
import Wire

/// `get_record` values by the generation of the version they encode.
final class SnapshotCache: Sendable {
    private let entries = Locked<[Int64: Value]>([:])
    private let capacity: Int

    init(capacity: Int = 2048) {
        self.capacity = capacity
    }

    /// The wire value of `record`, the version of its object last modified at `version`.
    func wire(of record: any XenRecord, version: Int64) -> Value {
        if let hit = entries.withLock({ $0[version] }) { return hit }
        let value = record.wire
        entries.withLock { e in
            if e.count >= capacity { e.removeAll(keepingCapacity: true) }
            e[version] = value
        }
        return value
    }
}
