// A request as handed to a handler: head, body (whole, or a reader for streamed uploads), and
// where it came from.

/// An HTTP request.
public struct HTTPRequest: Sendable {
    /// The method, case-sensitive as sent (`GET`, `POST`, `CONNECT`...).
    public var method: String
    /// The raw request-target from the request line (`/export?uuid=...`).
    public var target: String
    /// The percent-decoded path of the target, without the query.
    public var path: String
    /// The query items of the target, percent-decoded, in order; repeated names are kept.
    public var query: [HTTPQueryItem]
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    /// The whole body; empty when the body is streamed (see `bodyReader`).
    public var body: [UInt8]
    public var peer: PeerInfo
    /// For routes chosen by `HTTPServerConfiguration.streamedRequestBodies`: reads the body
    /// as it arrives, from the handler or from its response's producer. Nil otherwise.
    public var bodyReader: HTTPBodyReader?
    /// Set by the decoder for a request whose body is to be streamed.
    var isStreamed = false

    /// Builds a request; `path` and `query` are derived from `target`.
    public init(
        method: String,
        target: String,
        version: HTTPVersion = .http11,
        headers: HTTPHeaders = [:],
        body: [UInt8] = [],
        peer: PeerInfo = PeerInfo(transport: .tcp, address: "127.0.0.1")
    ) {
        self.method = method
        self.target = target
        let parsed = HTTPRequest.splitTarget(target)
        self.path = parsed.path
        self.query = parsed.query
        self.version = version
        self.headers = headers
        self.body = body
        self.peer = peer
    }

    /// A request whose target the decoder has already split.
    init(
        method: String, target: String, path: String, query: [HTTPQueryItem], version: HTTPVersion,
        headers: HTTPHeaders, body: [UInt8], peer: PeerInfo
    ) {
        self.method = method
        self.target = target
        self.path = path
        self.query = query
        self.version = version
        self.headers = headers
        self.body = body
        self.peer = peer
    }

    /// The first value of the query item `name`, or nil.
    public func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// Whether the client asked to keep the connection open after this request: the default
    /// for HTTP/1.1 unless `Connection: close`; for HTTP/1.0 only with `Connection: keep-alive`
    /// (RFC 9112 §9.3).
    public var wantsKeepAlive: Bool {
        switch version {
        case .http11: return !headers.hasToken("close", in: "connection")
        case .http10: return headers.hasToken("keep-alive", in: "connection")
        }
    }

    /// The body as UTF-8 text (invalid sequences replaced).
    public var bodyText: String { String(decoding: body, as: UTF8.self) }
}
