// The byte stream under a connection: the plain socket or TLS over it. Both are non-blocking
// and report what they are waiting for, so the connection knows which Dispatch source to arm.

/// A non-blocking byte stream. Not thread-safe: used on its connection's queue, or one
/// direction on a handler's thread where `allowsConcurrentDirections` says so.
protocol Transport: AnyObject {
    var socket: Socket { get }
    /// Advances the handshake; `.transferred(0)` once it is complete.
    func handshake() -> TransportResult
    func read(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult
    func write(_ buffer: UnsafeRawBufferPointer) -> TransportResult
    /// Writes `first` then `second` in one operation where the transport can (a plain socket's
    /// gather write); nil where it cannot, and the caller concatenates.
    func write(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> TransportResult?
    /// A read shorter than the buffer means the socket had nothing more (plain sockets; TLS may
    /// hold decrypted bytes back).
    var shortReadDrains: Bool { get }
    /// Whether `read` and `write` may run on a handler's thread while the connection's queue
    /// uses the other direction (a plain socket; not TLS, whose session both share).
    var allowsConcurrentDirections: Bool { get }
    /// Tells the peer no more data follows (FIN, or TLS close_notify), best effort.
    func shutdownOutput()
    /// Releases everything and closes the descriptor. Called once.
    func close()
}
