// TLS over a non-blocking socket: the handshake, reads and writes report WANT_READ/WANT_WRITE
// and the connection re-arms the matching Dispatch source.

/// A server-side TLS session on one socket. Used only on its connection's queue.
final class TLSTransport: Transport {
    let socket: Socket
    private let ssl: OpaquePointer
    /// Keeps the SSL_CTX alive as long as the session.
    private let context: TLSContext

    init?(socket: Socket, context: TLSContext) {
        guard let ssl = OpenSSL.makeSession(context: context.handle, fd: socket.fd) else { return nil }
        self.socket = socket
        self.ssl = ssl
        self.context = context
    }

    func handshake() -> TransportResult { OpenSSL.handshake(ssl) }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult {
        OpenSSL.read(ssl, into: buffer)
    }

    func write(_ buffer: UnsafeRawBufferPointer) -> TransportResult {
        OpenSSL.write(ssl, buffer)
    }

    /// One TLS record per write; the caller concatenates.
    func write(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> TransportResult? { nil }

    /// OpenSSL may hold decrypted bytes of a record it has read in full.
    var shortReadDrains: Bool { false }

    /// One SSL session serves both directions.
    var allowsConcurrentDirections: Bool { false }

    func shutdownOutput() {
        OpenSSL.shutdown(ssl)
        socket.shutdownOutput()
    }

    func close() {
        OpenSSL.freeSession(ssl)
        socket.close()
    }
}
