// What a handler returns. The server adds `content-length` (for byte bodies) and `connection`;
// every other header goes out in the handler's order and spelling.

/// An HTTP response: status, headers and body.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: HTTPBody

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = [:], body: HTTPBody = .empty) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response whose body is `text` in UTF-8.
    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = [:], text: String) {
        self.init(status: status, headers: headers, body: .bytes(Array(text.utf8)))
    }

    /// Whether the handler asked for the connection to be closed after this response.
    public var requestsClose: Bool { headers.hasToken("close", in: "connection") }
}
