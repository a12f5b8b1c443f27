// The public face of the module: listeners on TCP, TLS and Unix sockets feeding one handler.

import Dispatch
import Foundation

/// An HTTP/1.1 server. Network I/O is non-blocking on Dispatch sources; handlers run on the
/// server's own `WorkerPool` threads and may block.
public final class HTTPServer: Sendable {
    private let context: ServerContext
    private let listeners = Locked<[Listener]>([])

    public init(configuration: HTTPServerConfiguration = HTTPServerConfiguration(), handler: any HTTPHandler) {
        context = ServerContext(configuration: configuration, handler: handler)
    }

    /// Starts listening on `address` and returns it as bound (with the real port if 0 was
    /// asked). Throws `HTTPServerError` saying which call failed and why.
    @discardableResult
    public func listen(_ address: ListenerAddress) throws -> ListenerAddress {
        let configuration = context.configuration
        if context.isStopping {
            throw HTTPServerError(address: address.description, operation: "server stopped", errno: 0)
        }
        let listener: Listener
        do throws(SocketError) {
            switch address {
            case .tcp(let host, let port):
                let (socket, bound) = try Socket.makeTCPListener(
                    host: host, port: port, backlog: configuration.listenBacklog)
                listener = Listener(
                    address: .tcp(host: host, port: bound), socket: socket, kind: .tcp, tls: nil,
                    unixPath: nil, aliases: [], context: context)
            case .tls(let host, let port, let tls):
                let (socket, bound) = try Socket.makeTCPListener(
                    host: host, port: port, backlog: configuration.listenBacklog)
                listener = Listener(
                    address: .tls(host: host, port: bound, tls), socket: socket, kind: .tls, tls: tls,
                    unixPath: nil, aliases: [], context: context)
            case .unix(let path, let aliases):
                let socket = try Socket.makeUnixListener(
                    path: path, mode: configuration.unixSocketMode, backlog: configuration.listenBacklog)
                do {
                    for alias in aliases { try Socket.makeSymlink(at: alias, to: path) }
                } catch {
                    socket.close()
                    Socket.removeFile(path)
                    throw error
                }
                listener = Listener(
                    address: address, socket: socket, kind: .unix, tls: nil, unixPath: path,
                    aliases: aliases, context: context)
            }
        } catch {
            throw HTTPServerError(address: address.description, operation: error.call, errno: error.errno)
        }
        listeners.withLock { $0.append(listener) }
        listener.start()
        return listener.address
    }

    /// The addresses being listened on, as bound.
    public var boundAddresses: [ListenerAddress] {
        listeners.withLock { $0.map(\.address) }
    }

    /// Open connections.
    public var connectionCount: Int { context.connectionCount }

    /// The handler threads of this server.
    public var workerPool: WorkerPool { context.pool }

    /// Stops accepting (closing listeners and removing Unix socket files), closes idle
    /// connections, and lets requests in flight finish; their connections close after the
    /// response. Returns once the listeners are closed and, up to `gracePeriod`, every
    /// connection; says whether none is left. Taken-over connections end with their handler.
    @discardableResult
    public func stop(gracePeriod: Duration = .zero) -> Bool {
        let connections = context.beginStopping()
        let stopping = listeners.withLock { list -> [Listener] in
            let all = list
            list.removeAll()
            return all
        }
        for listener in stopping { listener.stop() }
        for connection in connections { connection.stop() }
        let deadline = DispatchTime.now().uptimeNanoseconds &+ gracePeriod.nanoseconds
        while context.connectionCount > 0 {
            guard DispatchTime.now().uptimeNanoseconds < deadline else { return false }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return true
    }
}
