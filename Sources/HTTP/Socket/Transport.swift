// The byte stream under a connection: the plain socket or TLS over it. Both are non-blocking
// and report what they are waiting for, so the connection knows which Dispatch source to arm.

/// The outcome of a transport operation.
enum TransportResult: Equatable {
    case transferred(Int)
    /// Retry when the socket is readable.
    case wantRead
    /// Retry when the socket is writable.
    case wantWrite
    case endOfFile
    case failed(String)
}

/// A non-blocking byte stream. Not thread-safe: used only on its connection's queue.
protocol Transport: AnyObject {
    var socket: Socket { get }
    /// Advances the handshake; `.transferred(0)` once it is complete.
    func handshake() -> TransportResult
    func read(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult
    func write(_ buffer: UnsafeRawBufferPointer) -> TransportResult
    /// Tells the peer no more data follows (FIN, or TLS close_notify), best effort.
    func shutdownOutput()
    /// Releases everything and closes the descriptor. Called once.
    func close()
}

/// A plain TCP or Unix socket.
final class PlainTransport: Transport {
    let socket: Socket

    init(socket: Socket) {
        self.socket = socket
    }

    func handshake() -> TransportResult { .transferred(0) }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult {
        switch socket.read(into: buffer) {
        case .transferred(let n): return .transferred(n)
        case .wouldBlock: return .wantRead
        case .endOfFile: return .endOfFile
        case .failed(let e): return .failed(Socket.errorText(e))
        }
    }

    func write(_ buffer: UnsafeRawBufferPointer) -> TransportResult {
        switch socket.write(buffer) {
        case .transferred(let n): return .transferred(n)
        case .wouldBlock: return .wantWrite
        case .endOfFile: return .endOfFile
        case .failed(let e): return .failed(Socket.errorText(e))
        }
    }

    func shutdownOutput() { socket.shutdownOutput() }

    func close() { socket.close() }
}
