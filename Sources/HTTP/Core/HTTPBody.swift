// A response body: bytes known up front, a producer streaming chunks from a worker thread, or
// the raw connection itself.

/// The body of a response.
public enum HTTPBody: Sendable {
    /// A body sent with `content-length`.
    case bytes([UInt8])
    /// A body of unknown length. The producer runs on the worker thread that ran the handler
    /// and writes through the `ChunkWriter`, which blocks while the client is slow. Sent with
    /// `transfer-encoding: chunked` to HTTP/1.1 clients, and unframed followed by a close to
    /// HTTP/1.0 clients (RFC 9112 §6.3). A producer that throws aborts the connection.
    case chunked(@Sendable (ChunkWriter) throws -> Void)
    /// The handler takes the connection over: the server sends nothing (no status line, so
    /// the response's status and headers are ignored) and hands the raw stream to the closure
    /// on the worker thread; the connection closes when it returns. For the xe CLI protocol
    /// (`POST /cli`) and tunnels (`CONNECT /console`, which writes its own
    /// `HTTP/1.1 200 OK` head first, e.g. with `HTTPResponseEncoder.encodeHead`).
    case takeover(@Sendable (HTTPConnectionStream) throws -> Void)

    /// The empty body.
    public static let empty = HTTPBody.bytes([])

    /// A UTF-8 text body.
    public static func text(_ text: String) -> HTTPBody { .bytes(Array(text.utf8)) }
}
