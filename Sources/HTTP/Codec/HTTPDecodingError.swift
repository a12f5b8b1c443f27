// Why a byte stream is not an acceptable HTTP/1.x request, and the status that says so.

/// A framing error found by `HTTPRequestDecoder`. After one, the connection is answered with
/// `status` and closed: the stream cannot be resynchronised.
public enum HTTPDecodingError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformedRequestLine
    case malformedHeader
    case unsupportedVersion
    case headerTooLarge(limit: Int)
    /// The declared or decoded body exceeds the limit. xapi answers HTTP 500 for an RPC body
    /// over 300 KiB (http_svr.ml: read_body, Client_requested_size_over_limit).
    case bodyTooLarge(limit: Int)
    case invalidContentLength
    /// Both Content-Length and Transfer-Encoding (RFC 9112 §6.1: reject, it smells of smuggling).
    case conflictingFraming
    /// A transfer coding other than `chunked` (RFC 9112 §6.1: 501).
    case unsupportedTransferEncoding
    case malformedChunk

    /// The status to answer with.
    public var status: HTTPStatus {
        switch self {
        case .malformedRequestLine, .malformedHeader, .invalidContentLength, .conflictingFraming,
            .malformedChunk:
            return .badRequest
        case .unsupportedVersion: return .httpVersionNotSupported
        case .headerTooLarge: return .requestHeaderFieldsTooLarge
        case .bodyTooLarge: return .internalServerError
        case .unsupportedTransferEncoding: return .notImplemented
        }
    }

    public var description: String {
        switch self {
        case .malformedRequestLine: return "malformed request line"
        case .malformedHeader: return "malformed header field"
        case .unsupportedVersion: return "unsupported HTTP version"
        case .headerTooLarge(let limit): return "request head larger than \(limit) bytes"
        case .bodyTooLarge(let limit): return "request body larger than \(limit) bytes"
        case .invalidContentLength: return "invalid Content-Length"
        case .conflictingFraming: return "both Content-Length and Transfer-Encoding"
        case .unsupportedTransferEncoding: return "unsupported Transfer-Encoding"
        case .malformedChunk: return "malformed chunked body"
        }
    }

    /// The error page for this error.
    public var response: HTTPResponse {
        switch self {
        case .bodyTooLarge:
            return .internalError(additionalInformation: description)
        case .headerTooLarge:
            return .requestHeaderFieldsTooLarge()
        case .unsupportedTransferEncoding:
            return .errorPage(
                .notImplemented,
                html: "<html><body><h1>HTTP 501 not implemented</h1>\(description)</body></html>")
        case .unsupportedVersion:
            return .errorPage(
                .httpVersionNotSupported,
                html: "<html><body><h1>HTTP 505 version not supported</h1></body></html>")
        default:
            return .badRequest()
        }
    }
}
