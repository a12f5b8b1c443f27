// The raw byte stream of a connection taken over by a handler (`HTTPBody.takeover`): the xe CLI
// protocol after `POST /cli`, the RFB tunnel after `CONNECT /console`. No HTTP framing either way.

/// Where a taken-over connection's bytes go and come from; the connection implements it.
protocol ByteStream: Sendable {
    /// Up to `maxLength` bytes, blocking until some arrive; empty at the end.
    func readBytes(maxLength: Int, token: Int) throws(HTTPStreamError) -> [UInt8]
    func writeBytes(_ bytes: [UInt8], token: Int) throws(HTTPStreamError)
    func writeZeros(_ count: Int, token: Int) throws(HTTPStreamError)
}

/// A taken-over connection. `read` and `write` may be called from different threads at once
/// (one per direction of a tunnel); each blocks while the peer is slow.
public final class HTTPConnectionStream: Sendable {
    private let stream: any ByteStream
    private let token: Int
    public let peer: PeerInfo

    init(stream: any ByteStream, token: Int, peer: PeerInfo) {
        self.stream = stream
        self.token = token
        self.peer = peer
    }

    /// Up to `maxLength` bytes from the client, blocking until some arrive; empty once the
    /// client has closed its side. Bytes the client sent right after the request come first.
    public func read(maxLength: Int = 64 * 1024) throws -> [UInt8] {
        try stream.readBytes(maxLength: max(1, maxLength), token: token)
    }

    /// Sends bytes as they are, blocking while the client is not reading.
    public func write(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        try stream.writeBytes(bytes, token: token)
    }

    /// Sends `count` zero bytes (the holes of a disk), without copying them from memory where
    /// the connection allows.
    public func writeZeros(_ count: Int) throws {
        guard count > 0 else { return }
        try stream.writeZeros(count, token: token)
    }

    /// Sends `text` in UTF-8.
    public func write(_ text: String) throws {
        try write(Array(text.utf8))
    }
}
