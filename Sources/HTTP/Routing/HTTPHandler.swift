// The one-method handler protocol. Handlers run on worker threads and may block.

/// Turns a request into a response. Called on a worker thread of the server's `WorkerPool`,
/// never on a Dispatch pool thread, so it may block (database, long polls, Xen calls).
public protocol HTTPHandler: Sendable {
    func handle(_ request: HTTPRequest) -> HTTPResponse
}

/// A handler made from a closure.
public struct ClosureHTTPHandler: HTTPHandler {
    let body: @Sendable (HTTPRequest) -> HTTPResponse

    public init(_ body: @escaping @Sendable (HTTPRequest) -> HTTPResponse) {
        self.body = body
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse { body(request) }
}
