// The one-method handler protocol. Handlers run on worker threads and may block; `prepare` lets a
// handler answer cheap requests on the connection's queue instead.

/// Turns a request into a response. Called on a worker thread of the server's `WorkerPool`,
/// never on a Dispatch pool thread, so it may block (database, long polls, Xen calls).
public protocol HTTPHandler: Sendable {
    func handle(_ request: HTTPRequest) -> HTTPResponse

    /// Called on the connection's queue (a Dispatch pool thread) for a request whose body has
    /// arrived: the response when it can be computed without blocking, else the work for a worker
    /// thread. An implementation may only do quick, non-blocking work here — no disk, no long
    /// locks, no waiting. On 2 cores the two thread hand-offs a worker costs are most of the price
    /// of a small read, so cheap answers (XenAPI getters) are worth giving here; and what was
    /// worked out (a decoded body) passes to the worker in the closure instead of being redone.
    func prepare(_ request: HTTPRequest) -> HTTPPreparation
}

/// What `HTTPHandler.prepare` decided.
public enum HTTPPreparation: Sendable {
    /// Answered already.
    case ready(HTTPResponse)
    /// To be produced on a worker thread.
    case blocking(@Sendable () -> HTTPResponse)
}

extension HTTPHandler {
    public func prepare(_ request: HTTPRequest) -> HTTPPreparation {
        .blocking { self.handle(request) }
    }
}

/// A handler made from a closure.
public struct ClosureHTTPHandler: HTTPHandler {
    let body: @Sendable (HTTPRequest) -> HTTPResponse

    public init(_ body: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.body = body
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse { body(request) }
}
