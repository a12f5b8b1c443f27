// A consistent view of the committed objects, valid only inside `ObjectStore.read`'s body
// (the store's read lock is held for that long; the snapshot must not escape it).
import Datamodel

/// The committed state, plus the generation bookkeeping event.from needs.
public struct Snapshot: ObjectReader {
    let state: StoreState

    init(state: StoreState) { self.state = state }

    public func record(class cls: String, ref: String) -> (any XenRecord)? {
        state.tables[cls]?.objects[ref]?.record
    }

    public func refs(class cls: String) -> [String] {
        guard let t = state.tables[cls] else { return [] }
        return Array(t.objects.keys)
    }

    public func ref(class cls: String, uuid: String) -> String? {
        state.tables[cls]?.uuidIndex[uuid]
    }

    public func classOf(ref: String) -> String? {
        state.refIndex[ref]
    }

    public func count(class cls: String) -> Int {
        state.tables[cls]?.objects.count ?? 0
    }

    public func forEach(class cls: String, _ body: (String, any XenRecord) throws -> Void) rethrows {
        guard let t = state.tables[cls] else { return }
        for (ref, object) in t.objects { try body(ref, object.record) }
    }

    public func spec(class cls: String) -> ClassSpec? {
        state.tables[cls]?.spec
    }

    /// The names of every class the store holds (ClassSpec.inDatabase), sorted.
    public var classNames: [String] { state.tables.keys.sorted() }

    // MARK: - Generations (for event.from)

    /// The latest generation handed out. Every committed change has a generation <= this.
    public var generation: Int64 { state.generation }

    /// When `ref` was created and last modified; nil if it does not exist in `class`.
    public func objectGenerations(class cls: String, ref: String) -> (created: Int64, modified: Int64)? {
        guard let o = state.tables[cls]?.objects[ref] else { return nil }
        return (o.created, o.modified)
    }

    /// The generation of the latest add/mod/del in `class` (0 if none since the store opened and
    /// it was empty). Lets event.from skip classes with nothing newer than its token in O(1).
    public func lastChange(class cls: String) -> Int64 {
        state.tables[cls]?.lastChange ?? 0
    }

    /// Live objects of `class` created or modified after `generation`: a scan of the class,
    /// skipped when `lastChange(class:) <= generation`.
    public func changed(class cls: String, since generation: Int64)
        -> [(ref: String, created: Int64, modified: Int64)]
    {
        guard let t = state.tables[cls], t.lastChange > generation else { return [] }
        var out: [(ref: String, created: Int64, modified: Int64)] = []
        for (ref, o) in t.objects where o.modified > generation {
            out.append((ref, o.created, o.modified))
        }
        return out
    }

    /// Deletions after `generation`, oldest first (all classes).
    public func deletions(since generation: Int64) -> [Tombstone] {
        Array(state.tombstones.since(generation))
    }

    /// Deletions with generation > this are all in the tombstone log; for an older token some
    /// may have been dropped (or happened before this process opened the database).
    public var tombstoneFloor: Int64 { state.tombstones.floor }
}

@available(*, unavailable)
extension Snapshot: Sendable {}
