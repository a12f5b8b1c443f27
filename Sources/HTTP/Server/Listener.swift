// A listening socket and its accept loop: a read source on a queue targeting the global pool,
// accepting until EAGAIN; each accepted socket becomes an HTTPConnection.

import Dispatch

/// One bound listening socket. Mutable state is touched only on `queue`.
final class Listener: @unchecked Sendable {
    let address: ListenerAddress
    private let socket: Socket
    private let kind: PeerInfo.Transport
    private let tls: TLSContext?
    /// Files to remove when stopping: the Unix socket and its alias symlinks.
    private let unixPath: String?
    private let aliases: [String]
    private let context: ServerContext
    private let queue: DispatchQueue
    private var source: DispatchSourceRead?
    private var suspended = false
    private var stopped = false
    private let closed = DispatchSemaphore(value: 0)

    init(
        address: ListenerAddress, socket: Socket, kind: PeerInfo.Transport, tls: TLSContext?,
        unixPath: String?, aliases: [String], context: ServerContext
    ) {
        self.address = address
        self.socket = socket
        self.kind = kind
        self.tls = tls
        self.unixPath = unixPath
        self.aliases = aliases
        self.context = context
        queue = DispatchQueue(label: "http.listener", target: .global())
    }

    func start() {
        queue.async { [self] in
            let source = DispatchSource.makeReadSource(fileDescriptor: socket.fd, queue: queue)
            source.setEventHandler { [self] in acceptAll() }
            source.setCancelHandler { [self] in
                socket.close()
                closed.signal()
            }
            self.source = source
            source.resume()
        }
    }

    /// Stops accepting, removes the socket files and closes the socket; returns when done.
    /// Not to be called on `queue`.
    func stop() {
        let cancelled = queue.sync { () -> Bool in
            guard !stopped else { return false }
            stopped = true
            if let unixPath {
                for alias in aliases where Socket.isSymlink(alias, to: unixPath) {
                    Socket.removeFile(alias)
                }
                Socket.removeFile(unixPath)
            }
            guard let source else {
                socket.close()
                return false
            }
            if suspended {
                suspended = false
                source.resume()
            }
            source.cancel()
            self.source = nil
            return true
        }
        // The descriptor is closed by the cancel handler, once Dispatch has let go of it.
        if cancelled { closed.wait() }
    }

    private func acceptAll() {
        while !stopped {
            switch socket.accept(transport: kind, unixPath: unixPath ?? "") {
            case .accepted(let client, let peer):
                let connection = context.register { id -> HTTPConnection? in
                    let transport: any Transport
                    if let tls {
                        guard let session = TLSTransport(socket: client, context: tls) else { return nil }
                        transport = session
                    } else {
                        transport = PlainTransport(socket: client)
                    }
                    return HTTPConnection(id: id, transport: transport, peer: peer, context: context)
                }
                if let connection {
                    connection.start()
                } else {
                    client.close()
                }
            case .wouldBlock:
                return
            case .retry:
                continue
            case .exhausted(let code), .failed(let code):
                context.configuration.log?("http \(address): accept: \(Socket.errorText(code)); pausing 100 ms")
                // Out of descriptors: the socket stays readable, so pause instead of spinning.
                guard let source, !suspended else { return }
                suspended = true
                source.suspend()
                queue.asyncAfter(deadline: .now() + .milliseconds(100)) { [self] in
                    if suspended, !stopped, let source = self.source {
                        suspended = false
                        source.resume()
                    }
                }
                return
            }
        }
    }
}
