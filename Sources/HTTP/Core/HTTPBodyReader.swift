// The handler's side of a streamed request body (uploads such as `PUT /import`). Reads happen
// on the handler's thread, straight from the socket into the caller's memory, and block until
// the client sends more.

/// Where streamed body bytes come from; the connection implements it.
protocol ByteSource: Sendable {
    /// Up to `buffer.count` (> 0) bytes into `buffer`, blocking until some arrive; 0 at the end.
    func readBody(into buffer: UnsafeMutableRawBufferPointer, token: Int) throws(HTTPStreamError) -> Int
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
        var bytes = [UInt8](repeating: 0, count: max(1, maxLength))
        let n = try bytes.withUnsafeMutableBytes { try read(into: $0) }
        bytes.removeLast(bytes.count - n)
        return bytes
    }

    /// Reads up to `buffer.count` bytes of the body into `buffer`, blocking until some arrive,
    /// and says how many; as `read(maxLength:)` otherwise, with 0 for the end. The bytes go from
    /// the socket straight into `buffer` (plain connections), so large buffers make large reads.
    public func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        return try source.readBody(into: buffer, token: token)
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
