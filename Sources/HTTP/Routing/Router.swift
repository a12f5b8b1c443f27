// Routing by method and longest path prefix, as xapi's http_svr does
// (ocaml/libs/http-lib/http_svr.ml: Server.add_handler, Radix_tree.longest_prefix):
// `POST /anything` falls to the `POST /` handler, and a method with no routes gets 501.

/// A handler that dispatches on method and the longest matching path prefix.
public struct Router: HTTPHandler {
    struct Route: Sendable {
        var prefix: String
        var handler: any HTTPHandler
    }

    /// Routes per method, longest prefix first.
    private var routes: [String: [Route]] = [:]

    /// Answers a request whose method has routes but whose path matches none.
    /// Default: xapi's `403 Forbidden` page (http_svr.ml: default_callback).
    public var unmatched: any HTTPHandler = ClosureHTTPHandler { _ in .forbidden() }

    /// Answers a request whose method has no routes. Default: `501 Method not implemented`.
    public var unsupportedMethod: any HTTPHandler = ClosureHTTPHandler { request in
        .methodNotImplemented(request.method)
    }

    public init() {}

    /// Routes `method` requests whose path starts with `pathPrefix` to `handler`; a later
    /// route with the same method and prefix replaces the earlier one.
    public mutating func add(_ method: String, _ pathPrefix: String, _ handler: any HTTPHandler) {
        var list = routes[method, default: []]
        list.removeAll { $0.prefix == pathPrefix }
        list.append(Route(prefix: pathPrefix, handler: handler))
        list.sort { $0.prefix.utf8.count > $1.prefix.utf8.count }
        routes[method] = list
    }

    /// Routes to a closure.
    public mutating func add(
        _ method: String, _ pathPrefix: String,
        _ body: @escaping @Sendable (HTTPRequest) -> HTTPResponse
    ) {
        add(method, pathPrefix, ClosureHTTPHandler(body))
    }

    /// The handler for `method` and `path`, or nil if the method has routes but none match;
    /// `unsupportedMethod` if it has none.
    public func handler(method: String, path: String) -> (any HTTPHandler)? {
        guard let list = routes[method] else { return unsupportedMethod }
        return list.first { path.utf8.starts(with: $0.prefix.utf8) }?.handler
    }

    public func handle(_ request: HTTPRequest) -> HTTPResponse {
        (handler(method: request.method, path: request.path) ?? unmatched).handle(request)
    }

    public func prepare(_ request: HTTPRequest) -> HTTPPreparation {
        (handler(method: request.method, path: request.path) ?? unmatched).prepare(request)
    }
}
