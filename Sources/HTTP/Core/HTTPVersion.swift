// The two protocol versions the server speaks; responses echo the request's version, as xapi does.

/// An HTTP/1.x protocol version.
public enum HTTPVersion: Sendable, Hashable, CustomStringConvertible {
    case http10
    case http11

    /// The version as it appears on the request and status lines, e.g. `HTTP/1.1`.
    public var description: String {
        switch self {
        case .http10: return "HTTP/1.0"
        case .http11: return "HTTP/1.1"
        }
    }
}
