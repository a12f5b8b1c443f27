// Which tables the store holds and which of them produce events, by the lower-cased names clients
// use. Built once from the store's class specs (ClassSpec.generatesEvents, notes §4.4).
import Database
import Datamodel

/// The store's tables as event.from sees them.
public struct EventCatalog: Sendable {
    /// The store's class name ("VM", "host") by lower-cased name, for classes that generate events.
    public let eventClasses: [String: String]
    /// Every table (lower-cased name, store name), sorted: valid_ref_counts covers them all.
    public let tables: [(lower: String, name: String)]

    public init(_ snapshot: Snapshot) {
        var events: [String: String] = [:]
        var tables: [(lower: String, name: String)] = []
        for name in snapshot.classNames {
            tables.append((name.lowercased(), name))
            if snapshot.spec(class: name)?.generatesEvents == true { events[name.lowercased()] = name }
        }
        self.eventClasses = events
        self.tables = tables.sorted { $0.lower < $1.lower }
    }

    public init(store: ObjectStore) {
        self = store.read { EventCatalog($0) }
    }
}
