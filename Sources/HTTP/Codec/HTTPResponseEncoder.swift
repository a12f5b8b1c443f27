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
        var out: [UInt8] = []
        out.reserveCapacity(256)
        out.append(contentsOf: version.description.utf8)
        out.append(UInt8(ascii: " "))
        appendDecimal(status.code, to: &out)
        out.append(UInt8(ascii: " "))
        appendSanitised(status.reason, to: &out)
        out.append(contentsOf: crlf)
        switch framing {
        case .contentLength(let n):
            out.append(contentsOf: "content-length: ".utf8)
            appendDecimal(n, to: &out)
            out.append(contentsOf: crlf)
        case .chunked: out.append(contentsOf: "transfer-encoding: chunked\r\n".utf8)
        case .untilClose, .none: break
        }
        let connectionValue = keepAlive ? "keep-alive" : "close"
        if !headers.contains("connection") {
            out.append(contentsOf: "connection: ".utf8)
            out.append(contentsOf: connectionValue.utf8)
            out.append(contentsOf: crlf)
        }
        var connectionWritten = false
        for field in headers {
            if HTTPHeaders.equalsIgnoringCase(field.name, "content-length")
                || HTTPHeaders.equalsIgnoringCase(field.name, "transfer-encoding")
            {
                continue
            }
            let isConnection = HTTPHeaders.equalsIgnoringCase(field.name, "connection")
            if isConnection {
                if connectionWritten { continue }
                connectionWritten = true
            }
            appendSanitised(field.name, to: &out)
            out.append(contentsOf: ": ".utf8)
            if isConnection {
                out.append(contentsOf: connectionValue.utf8)
            } else {
                appendSanitised(field.value, to: &out)
            }
            out.append(contentsOf: crlf)
        }
        out.append(contentsOf: crlf)
        return out
    }

    private static let crlf: [UInt8] = [0x0D, 0x0A]

    private static func appendDecimal(_ n: Int, to out: inout [UInt8]) {
        if n >= 0 && n < 10 {
            out.append(0x30 + UInt8(n))
        } else {
            out.append(contentsOf: String(n).utf8)
        }
    }

    /// The text with each CR, LF or CRLF replaced by a space, so a header cannot split the
    /// response.
    private static func appendSanitised(_ s: String, to out: inout [UInt8]) {
        let utf8 = s.utf8
        let clean = utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for b in bytes where b == 0x0D || b == 0x0A { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if clean == true { return }
        guard utf8.contains(where: { $0 == 0x0D || $0 == 0x0A }) else {
            out.append(contentsOf: utf8)
            return
        }
        var previousCR = false
        for byte in utf8 {
            if byte == 0x0A && previousCR {
                previousCR = false
                continue
            }
            previousCR = byte == 0x0D
            out.append(byte == 0x0D || byte == 0x0A ? UInt8(ascii: " ") : byte)
        }
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
}
