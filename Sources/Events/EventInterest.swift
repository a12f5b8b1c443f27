// A class list resolved against the catalog: the tables to look at, whole or for a few refs.
// Unknown class names select nothing (xapi accepts them too).
import Database

/// What one event.from call (or one event.register session) wants to hear about.
public struct EventInterest: Sendable {
    public let subscriptions: [Subscription]
    /// Store class name → nil for the whole class, or the refs subscribed to one by one.
    public let tables: [String: Set<String>?]
    /// Whether `message` is subscribed (messages keep their own half of the token).
    public let includesMessages: Bool
    /// Equal for interests made from the same subscriptions (in any order).
    public let key: String

    public init(_ subscriptions: [Subscription], catalog: EventCatalog) {
        self.subscriptions = subscriptions
        var tables: [String: Set<String>?] = [:]
        for (lower, name) in catalog.eventClasses {
            var whole = false
            var refs: Set<String> = []
            for s in subscriptions {
                switch s {
                case .all: whole = true
                case .class(let c): if c == lower { whole = true }
                case .object(let c, let r): if c == lower { refs.insert(r) }
                }
            }
            if whole {
                tables[name] = .some(nil)
            } else if !refs.isEmpty {
                tables[name] = .some(refs)
            }
        }
        self.tables = tables
        self.includesMessages = subscriptions.contains { $0.matches(class: "message") }
        self.key = Set(subscriptions.map { s -> String in
            switch s {
            case .all: return "*"
            case .class(let c): return c
            case .object(let c, let r): return c + "/" + r
            }
        }).sorted().joined(separator: "\u{0}")
    }

    /// Parses a class list (EVENT_SUBSCRIPTION_PARSE_FAILURE on a bad entry).
    public init(parsing classes: [String], catalog: EventCatalog) throws {
        self.init(try classes.map(Subscription.init(parsing:)), catalog: catalog)
    }

    public var isEmpty: Bool { tables.isEmpty }

    /// Whether a change to `ref` of store class `cls` concerns this interest.
    public func matches(class cls: String, ref: String) -> Bool {
        guard let entry = tables[cls] else { return false }
        guard let refs = entry else { return true }
        return refs.contains(ref)
    }
}
