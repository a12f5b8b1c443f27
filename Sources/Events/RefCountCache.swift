// valid_ref_counts for the latest generation, computed once however many callers ask: a hundred
// watchers woken by one commit share it.
import Database

/// The row count of every table at one generation.
final class RefCountCache: Sendable {
    private let cached = Locked<(generation: Int64, counts: [(name: String, count: Int32)])>((-1, []))

    /// The counts at the snapshot's generation (from the cache when another caller made them).
    func counts(_ snapshot: Snapshot, catalog: EventCatalog) -> [(name: String, count: Int32)] {
        let generation = snapshot.generation
        if let hit = cached.withLock({ $0.generation == generation ? $0.counts : nil }) { return hit }
        let counts = Self.compute(snapshot, catalog: catalog)
        cached.withLock { c in
            if generation > c.generation { c = (generation, counts) }
        }
        return counts
    }

    static func compute(_ snapshot: Snapshot, catalog: EventCatalog) -> [(name: String, count: Int32)] {
        catalog.tables.map { (name: $0.lower, count: Int32(clamping: snapshot.count(class: $0.name))) }
    }
}
