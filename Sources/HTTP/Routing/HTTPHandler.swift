// The one-method handler protocol. Handlers run on worker threads and may block.

/// Turns a request into a response. Called on a worker thread of the server's `WorkerPool`,
/// never on a Dispatch pool thread, so it may block (database, long polls, Xen calls).
public protocol HTTPHandler: Sendable {
    func handle(_ request: HTTPRequest) -> HTTPResponse

    /// A response computed without blocking, or nil to have `handle` run on a worker thread.
    /// Called on the connection's queue (a Dispatch pool thread): an implementation may only do
    /// quick, non-blocking work — no disk, no long locks, no waiting. On 2 cores the two thread
    /// hand-offs a worker costs are most of the price of a small read, so cheap answers
    /// (XenAPI getters) are worth giving here.
    func respondWithoutBlocking(_ request: HTTPRequest) -> HTTPResponse?
}

extension HTTPHandler {
    public func respondWithoutBlocking(_ request: HTTPRequest) -> HTTPResponse? { nil }
}

/// A handler made from a closure.
public struct ClosureHTTPHandler: HTTPHandler {
    let body: @Sendable (HTTPRequest) -> HTTPResponse

    public init(_ body: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.body = body
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse { body(request) }
}
