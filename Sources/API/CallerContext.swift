// What the API knows of where a call came from. Handlers never see sockets; the daemon fills this
// in from the HTTP request.

public struct CallerContext: Sendable {
    public enum Transport: String, Sendable {
        /// The local Unix socket: callers are root and log in without a password (xapi preauth).
        case unixSocket = "unix"
        case http
        case https
    }

    public var transport: Transport
    /// The peer address, for logs and `session.originator` defaults.
    public var peer: String
    /// Request headers, lower-cased names (task-id, subtask-of, x-http-other-config-*).
    public var headers: [String: String]

    public init(transport: Transport, peer: String = "", headers: [String: String] = [:]) {
        self.transport = transport
        self.peer = peer
        self.headers = headers
    }

    public var isLocalRoot: Bool { transport == .unixSocket }
}
