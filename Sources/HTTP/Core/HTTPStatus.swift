// Response status codes as an open set of static members. Reason phrases follow xapi where it
// differs from the RFC (`401 Unauthorised`, `500 Internal Error`; ocaml/libs/http-lib/http_svr.ml).

/// A status code and its reason phrase.
public struct HTTPStatus: Sendable, Hashable, CustomStringConvertible {
    public var code: Int
    public var reason: String

    public init(_ code: Int, reason: String) {
        self.code = code
        self.reason = reason
    }

    public var description: String { "\(code) \(reason)" }

    public static let `continue` = HTTPStatus(100, reason: "Continue")
    public static let switchingProtocols = HTTPStatus(101, reason: "Switching Protocols")
    public static let ok = HTTPStatus(200, reason: "OK")
    public static let created = HTTPStatus(201, reason: "Created")
    public static let accepted = HTTPStatus(202, reason: "Accepted")
    public static let noContent = HTTPStatus(204, reason: "No Content")
    public static let movedPermanently = HTTPStatus(301, reason: "Moved Permanently")
    public static let found = HTTPStatus(302, reason: "Found")
    public static let seeOther = HTTPStatus(303, reason: "See Other")
    public static let notModified = HTTPStatus(304, reason: "Not Modified")
    public static let badRequest = HTTPStatus(400, reason: "Bad Request")
    /// xapi spells it the British way: `HTTP/1.1 401 Unauthorised`.
    public static let unauthorized = HTTPStatus(401, reason: "Unauthorised")
    public static let forbidden = HTTPStatus(403, reason: "Forbidden")
    public static let notFound = HTTPStatus(404, reason: "Not Found")
    public static let methodNotAllowed = HTTPStatus(405, reason: "Method Not Allowed")
    public static let requestTimeout = HTTPStatus(408, reason: "Request Timeout")
    public static let lengthRequired = HTTPStatus(411, reason: "Length Required")
    public static let requestEntityTooLarge = HTTPStatus(413, reason: "Request Entity Too Large")
    public static let uriTooLong = HTTPStatus(414, reason: "URI Too Long")
    public static let expectationFailed = HTTPStatus(417, reason: "Expectation Failed")
    public static let requestHeaderFieldsTooLarge = HTTPStatus(
        431, reason: "Request Header Fields Too Large")
    /// xapi: `response_internal_error` answers `500 Internal Error`.
    public static let internalServerError = HTTPStatus(500, reason: "Internal Error")
    public static let notImplemented = HTTPStatus(501, reason: "Not Implemented")
    public static let badGateway = HTTPStatus(502, reason: "Bad Gateway")
    public static let serviceUnavailable = HTTPStatus(503, reason: "Service Unavailable")
    public static let httpVersionNotSupported = HTTPStatus(505, reason: "HTTP Version Not Supported")
}
