// One entry of an event.from / event.register class list (xapi: ocaml/xapi/xapi_event.ml,
// Subscription.of_string): "*" for everything, a class name (case-insensitive), or
// "class/ref" for one object (split at the first '/'; the ref is kept as given).
import Wire

/// What one subscription string selects.
public enum Subscription: Sendable, Hashable {
    case all
    /// A class, by its lower-cased name ("vm", "host", "sr").
    case `class`(String)
    /// One object: the lower-cased class name and the ref.
    case object(class: String, ref: String)

    /// Parses a subscription string. xapi accepts any text; an empty class name (`""`, `"/ref"`)
    /// could never match anything, so it is the one thing answered with
    /// EVENT_SUBSCRIPTION_PARSE_FAILURE [s] here.
    public init(parsing text: String) throws {
        if text == "*" {
            self = .all
            return
        }
        let cls: Substring
        var ref: Substring?
        if let slash = text.firstIndex(of: "/") {
            cls = text[..<slash]
            ref = text[text.index(after: slash)...]
        } else {
            cls = Substring(text)
        }
        guard !cls.isEmpty else { throw XenAPIError.eventSubscriptionParseFailure(text) }
        if let ref {
            self = .object(class: cls.lowercased(), ref: String(ref))
        } else {
            self = .class(cls.lowercased())
        }
    }

    /// Whether this subscription selects some objects of `cls` (a lower-cased class name).
    public func matches(class cls: String) -> Bool {
        switch self {
        case .all: return true
        case .class(let c): return c == cls
        case .object(let c, _): return c == cls
        }
    }

    /// Whether this subscription selects the object `ref` of `cls` (a lower-cased class name).
    public func matches(class cls: String, ref: String) -> Bool {
        switch self {
        case .all: return true
        case .class(let c): return c == cls
        case .object(let c, let r): return c == cls && r == ref
        }
    }
}
