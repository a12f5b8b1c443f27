// The producer side of a streamed response body. Writes happen on a worker thread; the bytes
// are framed here and handed to the connection, which applies backpressure by blocking.

/// Where a `ChunkWriter` sends framed bytes. `send` returns after queueing, blocking while the
/// receiver holds too much unsent output; it throws once the receiver is gone.
protocol ChunkSink: Sendable {
    func send(_ bytes: [UInt8]) throws(ChunkWriterError)
}

/// Writes the body of a `.chunked` response.
public final class ChunkWriter: Sendable {
    enum Framing: Sendable {
        /// `transfer-encoding: chunked` (RFC 9112 §7.1).
        case chunked
        /// Raw bytes delimited by closing the connection (HTTP/1.0).
        case untilClose
        /// Nothing is sent (a HEAD request).
        case discard
    }

    let sink: any ChunkSink
    let framing: Framing

    init(sink: any ChunkSink, framing: Framing) {
        self.sink = sink
        self.framing = framing
    }

    /// Sends `bytes` as one chunk; empty writes are ignored (an empty chunk ends the body).
    /// Blocks while the client is not keeping up. Throws `ChunkWriterError` if it has gone.
    public func write(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        switch framing {
        case .discard: return
        case .untilClose: try sink.send(bytes)
        case .chunked: try sink.send(HTTPResponseEncoder.encodeChunk(bytes))
        }
    }

    /// Sends `text` in UTF-8 as one chunk.
    public func write(_ text: String) throws {
        try write(Array(text.utf8))
    }

    /// Sends the last chunk; called by the server after the producer returns.
    func finish() throws {
        if case .chunked = framing { try sink.send(HTTPResponseEncoder.lastChunk) }
    }
}
