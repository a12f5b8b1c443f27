// One decoded request, whichever codec it came through. XML-RPC calls have no id and no
// JSON version; JSON-RPC calls always have both (a call without an id is rejected).

/// The JSON-RPC dialect of a request; the response is framed in the same one.
public enum JSONRPCVersion: Sendable, Hashable {
    /// No `"jsonrpc"` member: `{"result":…,"error":…,"id":…}`.
    case v1
    /// `"jsonrpc":"2.0"`: a success has no `"error"`, a failure has no `"result"`.
    case v2
}

/// A method call as it arrived: wire name, positional parameters and, for JSON-RPC, the id to echo.
public struct RPCCall: Sendable, Hashable {
    /// The wire name exactly as sent (`VM.start`, `Async.VM.start`, `VM_start`).
    public var method: String
    public var params: [Value]
    /// The JSON-RPC id (`.string` or `.int`), echoed unchanged; nil for XML-RPC.
    public var id: Value?
    /// nil for XML-RPC.
    public var jsonVersion: JSONRPCVersion?

    public init(method: String, params: [Value], id: Value? = nil, jsonVersion: JSONRPCVersion? = nil) {
        self.method = method
        self.params = params
        self.id = id
        self.jsonVersion = jsonVersion
    }
}
