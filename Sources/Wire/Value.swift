// The wire value: what XML-RPC and JSON-RPC both decode to and encode from.
// Invariant: struct members keep their order (records go out in datamodel order).

/// A XenAPI value as it travels on the wire, independent of the codec.
public indirect enum Value: Sendable, Hashable {
    case string(String)
    /// Every datamodel `int` is 64-bit; XML-RPC writes it as a bare decimal string.
    case int(Int64)
    /// Only `event.from`'s `valid_ref_counts` is Int32 (`<i4>` on the wire).
    case int32(Int32)
    case double(Double)
    case bool(Bool)
    case dateTime(XenDate)
    case array([Value])
    case structure([Member])
    /// `<nil/>` or JSON `null` as clients send for None. Never emitted by the server.
    case null

    public static let void = Value.string("")
}

/// One `<member>` of a struct, in order.
public struct Member: Sendable, Hashable {
    public var name: String
    public var value: Value
    public init(_ name: String, _ value: Value) {
        self.name = name
        self.value = value
    }
}

extension Value {
    /// The first member named `name`, for structs; nil otherwise.
    public subscript(member name: String) -> Value? {
        guard case .structure(let members) = self else { return nil }
        return members.first { $0.name == name }?.value
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}

extension Value: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}
