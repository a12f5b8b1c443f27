// The handler's side of a streamed request body (uploads such as `PUT /import`). Reads happen
// on the worker thread and block until the client sends more.

/// Where streamed bytes come from; the connection implements it.
protocol ByteSource: Sendable {
    /// Up to `maxLength` bytes, blocking until some arrive; empty at the end.
    func readBytes(maxLength: Int, token: Int) throws(HTTPStreamError) -> [UInt8]
    /// Whether the body reached its framed end (rather than the client closing early).
    func isComplete(token: Int) -> Bool
}

/// Reads a streamed request body.
public final class HTTPBodyReader: Sendable {
    private let source: any ByteSource
    private let token: Int

    init(source: any ByteSource, token: Int) {
        self.source = source
        self.token = token
    }

    /// Up to `maxLength` bytes of the body (chunked coding removed), blocking until some
    /// arrive; empty once the body has ended or the client closed the connection (see
    /// `isComplete`; an upload with an unknown length may end that way). Throws if the
    /// connection failed or timed out, or the response has already finished.
    public func read(maxLength: Int = 64 * 1024) throws -> [UInt8] {
        try source.readBytes(maxLength: max(1, maxLength), token: token)
    }

    /// The rest of the body; throws if it is longer than `limit`.
    public func readAll(limit: Int) throws -> [UInt8] {
        var all: [UInt8] = []
        while true {
            let bytes = try read()
            if bytes.isEmpty { return all }
            guard bytes.count <= limit - all.count else {
                throw HTTPStreamError("request body larger than \(limit) bytes")
            }
            all += bytes
        }
    }

    /// Whether the whole body as framed by Content-Length or chunked coding was read.
    public var isComplete: Bool { source.isComplete(token: token) }
}
