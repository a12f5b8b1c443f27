// Serialises responses. Pure; tested from literal strings. The server's own headers come
// first (`content-length`, then `connection`), as xapi's http_svr writes them; the handler's
// follow in its order and spelling.

/// Builds the bytes of a response head, a whole response, or a body chunk.
public enum HTTPResponseEncoder {
    /// How the body of a response is delimited.
    public enum Framing: Sendable, Equatable {
        /// `content-length: n` (also sent for HEAD responses, without the body).
        case contentLength(Int)
        /// `transfer-encoding: chunked`.
        case chunked
        /// No length; the body ends when the connection closes (HTTP/1.0 streaming).
        case untilClose
        /// No body and no length header (1xx, 204).
        case none
    }

    /// The status line and header section, ending with the empty line.
    ///
    /// Handler headers that would contradict the framing (`content-length`,
    /// `transfer-encoding`) are dropped. A handler `connection` header keeps its position and
    /// spelling but its value is set to the server's decision; without one, `connection` is
    /// emitted right after the length.
    public static func encodeHead(
        status: HTTPStatus, headers: HTTPHeaders, version: HTTPVersion, keepAlive: Bool,
        framing: Framing
    ) -> [UInt8] {
        var out = ""
        out.reserveCapacity(256)
        out += version.description
        out += " \(status.code) "
        out += sanitise(status.reason)
        out += "\r\n"
        switch framing {
        case .contentLength(let n): out += "content-length: \(n)\r\n"
        case .chunked: out += "transfer-encoding: chunked\r\n"
        case .untilClose, .none: break
        }
        let connectionValue = keepAlive ? "keep-alive" : "close"
        if !headers.contains("connection") {
            out += "connection: \(connectionValue)\r\n"
        }
        var connectionWritten = false
        for field in headers {
            if HTTPHeaders.equalsIgnoringCase(field.name, "content-length")
                || HTTPHeaders.equalsIgnoringCase(field.name, "transfer-encoding")
            {
                continue
            }
            if HTTPHeaders.equalsIgnoringCase(field.name, "connection") {
                if connectionWritten { continue }
                connectionWritten = true
                out += "\(sanitise(field.name)): \(connectionValue)\r\n"
                continue
            }
            out += sanitise(field.name)
            out += ": "
            out += sanitise(field.value)
            out += "\r\n"
        }
        out += "\r\n"
        return Array(out.utf8)
    }

    /// A complete response with a byte body. For a HEAD request (`omitBody`) the length is
    /// announced but no body is sent (RFC 9110 §9.3.2).
    public static func encode(
        status: HTTPStatus, headers: HTTPHeaders, body: [UInt8], version: HTTPVersion,
        keepAlive: Bool, omitBody: Bool = false
    ) -> [UInt8] {
        let framing: Framing = hasNoBody(status) ? .none : .contentLength(body.count)
        var out = encodeHead(
            status: status, headers: headers, version: version, keepAlive: keepAlive, framing: framing)
        if !omitBody, framing != .none { out.append(contentsOf: body) }
        return out
    }

    /// One chunk of a chunked body (RFC 9112 §7.1): hex size, CRLF, data, CRLF.
    public static func encodeChunk(_ bytes: [UInt8]) -> [UInt8] {
        var out = Array(String(bytes.count, radix: 16).utf8)
        out.reserveCapacity(out.count + bytes.count + 4)
        out.append(contentsOf: [0x0D, 0x0A])
        out.append(contentsOf: bytes)
        out.append(contentsOf: [0x0D, 0x0A])
        return out
    }

    /// The last chunk with no trailers.
    public static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)

    /// The interim response answering `Expect: 100-continue`.
    public static let continueResponse: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// 1xx and 204 carry neither body nor Content-Length (RFC 9110 §8.6, §15.3.5).
    static func hasNoBody(_ status: HTTPStatus) -> Bool {
        (100..<200).contains(status.code) || status.code == 204
    }

    /// Replaces CR and LF, so a header value cannot split the response.
    static func sanitise(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A }) else { return s }
        return String(s.map { $0 == "\r" || $0 == "\n" || $0 == "\r\n" ? " " : $0 })
    }
}
