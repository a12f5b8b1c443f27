// One `name=value` pair of a request-target's query.

/// A decoded query item. A bare `name` without `=` has the empty value.
public struct HTTPQueryItem: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
