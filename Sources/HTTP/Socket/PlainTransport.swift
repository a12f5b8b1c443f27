// The transport of plain TCP and Unix-socket connections: the socket itself.

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

    func write(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> TransportResult? {
        switch socket.write(first, second) {
        case .transferred(let n): return .transferred(n)
        case .wouldBlock: return .wantWrite
        case .endOfFile: return .endOfFile
        case .failed(let e): return .failed(Socket.errorText(e))
        }
    }

    var shortReadDrains: Bool { true }

    var allowsConcurrentDirections: Bool { true }

    func shutdownOutput() { socket.shutdownOutput() }

    func close() { socket.close() }
}
