// Server limits and timeouts, with xapi's values as defaults where xapi has one.

/// Settings for an `HTTPServer`. Every property has a default.
public struct HTTPServerConfiguration: Sendable {
    /// The largest request body read into memory. Larger: `500 Internal Error` and close, as
    /// xapi answers an RPC over `http_limit_max_rpc_size` (300 KiB).
    public var maxRequestBodySize: Int = 300 * 1024
    /// A per-request body limit from method and path (e.g. larger for `PUT /blob`); nil or a
    /// nil result uses `maxRequestBodySize`.
    public var requestBodyLimit: (@Sendable (_ method: String, _ path: String) -> Int?)? = nil
    /// Requests whose body is streamed to the handler through `HTTPRequest.bodyReader`
    /// instead of being read into memory first, with no size limit (`PUT /import`,
    /// `PUT /import_raw_vdi`). Nil: none.
    public var streamedRequestBodies: (@Sendable (_ method: String, _ path: String) -> Bool)? = nil
    /// The largest request line plus headers. Larger: `431` and close.
    public var maxHeaderSize: Int = 64 * 1024
    /// How long a keep-alive connection may sit with no request before it is closed.
    public var idleTimeout: Duration = .seconds(300)
    /// How long a client may take to send a request (or finish a TLS handshake) once it has
    /// started. Then: `408` and close.
    public var requestTimeout: Duration = .seconds(60)
    /// How long a response may wait for the client to read any of it. Then the connection is
    /// dropped (and a streaming producer's next write throws).
    public var sendTimeout: Duration = .seconds(300)
    /// Connections beyond this are accepted and closed at once.
    public var maxConnections: Int = 10_000
    /// Requests read ahead of the one being handled on a keep-alive connection (pipelining);
    /// reading pauses when this many are queued.
    public var maxPipelinedRequests: Int = 16
    /// Handler threads; at the cap, requests wait for a free thread.
    public var maxWorkerThreads: Int = 1024
    /// How long an idle handler thread lingers before exiting.
    public var workerIdleTimeout: Duration = .seconds(60)
    /// Permissions of Unix sockets (xapi's is root-only).
    public var unixSocketMode: UInt32 = 0o600
    /// The listen(2) backlog.
    public var listenBacklog: Int32 = 128
    /// Receives one line per problem worth a warning: a failed TLS handshake, a malformed
    /// request, a timed-out client, an accept failure. Nil: silent.
    public var log: (@Sendable (_ message: String) -> Void)? = nil

    public init() {}
}

extension Duration {
    /// The duration in whole nanoseconds, clamped at zero.
    var nanoseconds: UInt64 {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return 0 }
        return UInt64(seconds) &* 1_000_000_000 &+ UInt64(max(0, attoseconds) / 1_000_000_000)
    }
}
