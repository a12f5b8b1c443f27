// event.from's state-based delta (xapi: xapi_event.ml, from_inner): every subscribed object whose
// created/modified/deleted generation is above the token, once, in its current state. Created
// after the token ⇒ add; else modified ⇒ mod; deleted ⇒ del, but only if it existed at token time
// (created <= token): objects created and deleted since are not reported at all.
import Database
import Datamodel
import Wire

/// Computing one event.from batch from a snapshot.
public enum EventFrom {
    /// What is gathered under the store's read lock; `encode` builds the wire values outside it.
    public struct Collected {
        struct Item {
            let generation: Int64
            let className: String
            let operation: Change.Operation
            let ref: String
            let record: (any XenRecord)?
            /// The object's modified generation: which version `record` is.
            let version: Int64
        }

        var items: [Item]
        let validRefCounts: [(name: String, count: Int32)]
        public let token: EventToken

        public var isEmpty: Bool { items.isEmpty }

        /// The batch, events in generation order. For event.from `id` is the generation and
        /// `timestamp` is "0.0", as xapi sends them.
        public func encode() -> EventBatch { encode(cache: nil) }

        func encode(cache: SnapshotCache?) -> EventBatch {
            let events = items.sorted { $0.generation < $1.generation }.map { item in
                let snapshot = item.record.map { r in cache?.wire(of: r, version: item.version) ?? r.wire }
                return Event(id: String(item.generation), timestamp: "0.0", className: item.className,
                             operation: item.operation, ref: item.ref, snapshot: snapshot)
            }
            return EventBatch(events: events, validRefCounts: validRefCounts, token: token)
        }
    }

    /// Gathers the changes since `token` that `interest` selects. Cheap when nothing changed: a
    /// class is skipped in O(1) when its last change is not newer than the token.
    ///
    /// Throws EVENTS_LOST when deletions after `token` may have been forgotten (the token is older
    /// than the bounded tombstone log, or from before the database was opened); the client must
    /// start again from "".
    public static func collect(_ snapshot: Snapshot, catalog: EventCatalog, interest: EventInterest,
                               since token: EventToken) throws -> Collected {
        try collect(snapshot, catalog: catalog, interest: interest, since: token, log: nil, counts: nil)
    }

    /// As above; `log` (when it covers the range) replaces the scan of the subscribed classes, and
    /// `counts` caches valid_ref_counts by generation.
    static func collect(_ snapshot: Snapshot, catalog: EventCatalog, interest: EventInterest,
                        since token: EventToken, log: ChangeLog?, counts: RefCountCache?) throws -> Collected {
        let since = token.generation
        if since > 0 && since < snapshot.tombstoneFloor && !interest.isEmpty { throw XenAPIError.eventsLost }
        var items: [Collected.Item] = []
        func add(_ name: String, _ ref: String, created: Int64, modified: Int64) {
            guard let record = snapshot.record(class: name, ref: ref) else { return }
            let isNew = created > since
            items.append(.init(generation: isNew ? created : modified, className: name.lowercased(),
                               operation: isNew ? .add : .mod, ref: ref, record: record, version: modified))
        }
        if since > 0, let changes = log?.changes(after: since, through: snapshot.generation) {
            // Each object once, however often it changed.
            var seen: Set<String> = []
            for c in changes.reversed() where interest.matches(class: c.className, ref: c.ref) && seen.insert(c.ref).inserted {
                if let g = snapshot.objectGenerations(class: c.className, ref: c.ref), g.modified > since {
                    add(c.className, c.ref, created: g.created, modified: g.modified)
                }
            }
        } else {
            for (name, refs) in interest.tables where snapshot.lastChange(class: name) > since {
                if let refs {
                    for ref in refs {
                        if let g = snapshot.objectGenerations(class: name, ref: ref), g.modified > since {
                            add(name, ref, created: g.created, modified: g.modified)
                        }
                    }
                } else {
                    for c in snapshot.changed(class: name, since: since) {
                        add(name, c.ref, created: c.created, modified: c.modified)
                    }
                }
            }
        }
        if since > 0 {
            for t in snapshot.deletions(since: since)
            where t.created <= since && interest.matches(class: t.className, ref: t.ref) {
                items.append(.init(generation: t.deleted, className: t.className.lowercased(), operation: .del,
                                   ref: t.ref, record: nil, version: t.deleted))
            }
        }
        let refCounts = counts?.counts(snapshot, catalog: catalog) ?? RefCountCache.compute(snapshot, catalog: catalog)
        let next = EventToken(generation: snapshot.generation,
                              messageGeneration: interest.includesMessages ? token.messageGeneration : 0)
        return Collected(items: items, validRefCounts: refCounts, token: next)
    }

    /// `collect` and `encode` in one step (tests, tools).
    public static func batch(_ snapshot: Snapshot, catalog: EventCatalog, interest: EventInterest,
                             since token: EventToken) throws -> EventBatch {
        try collect(snapshot, catalog: catalog, interest: interest, since: token).encode()
    }
}
