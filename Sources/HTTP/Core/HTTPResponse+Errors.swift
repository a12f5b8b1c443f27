// The HTML error pages xapi sends (ocaml/libs/http-lib/http_svr.ml: response_error_html and its
// callers), with its header order: content-type, connection: close, cache-control.

extension HTTPResponse {
    /// An xapi-style HTML error page that closes the connection.
    public static func errorPage(_ status: HTTPStatus, html: String, extraHeaders: HTTPHeaders = [:])
        -> HTTPResponse
    {
        var headers: HTTPHeaders = [
            "content-type": "text/html",
            "connection": "close",
            "cache-control": "no-cache, no-store",
        ]
        for field in extraHeaders { headers.add(name: field.name, value: field.value) }
        return HTTPResponse(status: status, headers: headers, text: html)
    }

    /// `500 Internal Error`; `additionalInformation` (HTML-escaped here) follows the
    /// standard text, as xapi reports the exception.
    public static func internalError(additionalInformation: String? = nil) -> HTTPResponse {
        let extra = additionalInformation.map { "<h1> Additional information </h1>" + htmlEscape($0) } ?? ""
        return errorPage(
            .internalServerError,
            html: "<html><body><h1>HTTP 500 internal server error</h1>An unexpected error occurred; "
                + "please wait a while and try again. If the problem persists, please contact your "
                + "support representative.\(extra)</body></html>")
    }

    /// `401 Unauthorised` with `WWW-Authenticate: Basic realm="<realm>"` (xapi_http.ml).
    public static func unauthorised(realm: String) -> HTTPResponse {
        errorPage(
            .unauthorized,
            html: "<html><body><h1>HTTP 401 unauthorised</h1>Please check your credentials and retry.</body></html>",
            extraHeaders: ["WWW-Authenticate": "Basic realm=\"\(realm)\""])
    }

    /// `403 Forbidden`.
    public static func forbidden() -> HTTPResponse {
        errorPage(
            .forbidden,
            html: "<html><body><h1>HTTP 403 forbidden</h1>Access to the requested resource is forbidden.</body></html>")
    }

    /// `400 Bad Request`.
    public static func badRequest() -> HTTPResponse {
        errorPage(
            .badRequest,
            html: "<html><body><h1>HTTP 400 bad request</h1>The HTTP request was malformed. Please correct and retry.</body></html>")
    }

    /// `404 Not Found`.
    public static func notFound() -> HTTPResponse {
        errorPage(.notFound, html: "<html><body><h1>HTTP 404 not found</h1></body></html>")
    }

    /// `408 Request Timeout`.
    public static func requestTimeout() -> HTTPResponse {
        errorPage(
            .requestTimeout,
            html: "<html><body><h1>HTTP 408 request timeout</h1>Timed out waiting for the request.</body></html>")
    }

    /// `431 Request Header Fields Too Large`.
    public static func requestHeaderFieldsTooLarge() -> HTTPResponse {
        errorPage(
            .requestHeaderFieldsTooLarge,
            html: "<html><body><h1>HTTP 431 request header fields too large</h1>Exceeded the maximum header size.</body></html>")
    }

    /// `501 Method not implemented` naming the method (xapi: response_method_not_implemented).
    public static func methodNotImplemented(_ method: String) -> HTTPResponse {
        errorPage(
            HTTPStatus(501, reason: "Method not implemented"),
            html: "<html><body><h1>HTTP 501 Method Not Implemented</h1><p>\(htmlEscape(method)) not supported.<br /></p></body></html>")
    }

    /// Escapes `< > ' " &` as xapi's `Http_svr.escape` does.
    static func htmlEscape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "'": out += "&apos;"
            case "\"": out += "&quot;"
            case "&": out += "&amp;"
            default: out.append(c)
            }
        }
        return out
    }
}
