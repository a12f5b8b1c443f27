// A response body: bytes known up front, or a producer streaming chunks from a worker thread.

/// The body of a response.
public enum HTTPBody: Sendable {
    /// A body sent with `content-length`.
    case bytes([UInt8])
    /// A body of unknown length. The producer runs on the worker thread that ran the handler
    /// and writes through the `ChunkWriter`, which blocks while the client is slow. Sent with
    /// `transfer-encoding: chunked` to HTTP/1.1 clients, and unframed followed by a close to
    /// HTTP/1.0 clients (RFC 9112 §6.3). A producer that throws aborts the connection.
    case chunked(@Sendable (ChunkWriter) throws -> Void)

    /// The empty body.
    public static let empty = HTTPBody.bytes([])

    /// A UTF-8 text body.
    public static func text(_ text: String) -> HTTPBody { .bytes(Array(text.utf8)) }
}
