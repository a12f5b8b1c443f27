// What every listener and connection of one server shares: settings, handler, worker pool and
// the registry of open connections (for the connection cap and for stop()).

final class ServerContext: Sendable {
    let configuration: HTTPServerConfiguration
    let handler: any HTTPHandler
    let pool: WorkerPool

    private struct State {
        var connections: [Int: HTTPConnection] = [:]
        var nextID = 0
        var stopping = false
    }

    private let state = Locked(State())

    init(configuration: HTTPServerConfiguration, handler: any HTTPHandler) {
        self.configuration = configuration
        self.handler = handler
        pool = WorkerPool(
            maxThreads: configuration.maxWorkerThreads, idleTimeout: configuration.workerIdleTimeout)
    }

    var isStopping: Bool { state.withLock { $0.stopping } }

    var connectionCount: Int { state.withLock { $0.connections.count } }

    /// Registers a new connection built by `make`; nil when at the cap or stopping.
    func register(_ make: (Int) -> HTTPConnection?) -> HTTPConnection? {
        state.withLock { state -> HTTPConnection? in
            guard !state.stopping, state.connections.count < configuration.maxConnections else { return nil }
            state.nextID += 1
            guard let connection = make(state.nextID) else { return nil }
            state.connections[state.nextID] = connection
            return connection
        }
    }

    func unregister(_ id: Int) {
        _ = state.withLock { $0.connections.removeValue(forKey: id) }
    }

    /// Marks the server stopping and returns the connections open now.
    func beginStopping() -> [HTTPConnection] {
        state.withLock { state in
            state.stopping = true
            return Array(state.connections.values)
        }
    }
}
