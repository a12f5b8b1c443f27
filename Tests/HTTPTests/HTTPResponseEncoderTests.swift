import XCTest
@testable import HTTP

final class HTTPResponseEncoderTests: XCTestCase {
    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    func testXapiRPCResponseHeaderOrder() {
        let headers: HTTPHeaders = [
            "cache-control": "no-cache, no-store",
            "content-type": "text/xml",
            "Access-Control-Allow-Origin": "*",
            "Access-Control-Allow-Headers": "X-Requested-With",
        ]
        let out = HTTPResponseEncoder.encode(
            status: .ok, headers: headers, body: Array("<x/>".utf8), version: .http11, keepAlive: true)
        XCTAssertEqual(
            text(out),
            "HTTP/1.1 200 OK\r\ncontent-length: 4\r\nconnection: keep-alive\r\ncache-control: no-cache, no-store\r\n"
                + "content-type: text/xml\r\nAccess-Control-Allow-Origin: *\r\n"
                + "Access-Control-Allow-Headers: X-Requested-With\r\n\r\n<x/>")
    }

    func testHTTP10EchoAndClose() {
        let out = HTTPResponseEncoder.encode(status: .ok, headers: [:], body: [], version: .http10, keepAlive: false)
        XCTAssertEqual(text(out), "HTTP/1.0 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
    }

    func testHandlerLengthDroppedAndConnectionKeptInPlace() {
        let headers: HTTPHeaders = ["content-type": "text/html", "Connection": "keep-alive", "Content-Length": "99"]
        let out = HTTPResponseEncoder.encode(
            status: .internalServerError, headers: headers, body: Array("x".utf8), version: .http11, keepAlive: false)
        XCTAssertEqual(
            text(out),
            "HTTP/1.1 500 Internal Error\r\ncontent-length: 1\r\ncontent-type: text/html\r\nConnection: close\r\n\r\nx")
    }

    func testHeadOmitsBodyKeepsLength() {
        let out = HTTPResponseEncoder.encode(
            status: .ok, headers: [:], body: Array("abc".utf8), version: .http11, keepAlive: true, omitBody: true)
        XCTAssertEqual(text(out), "HTTP/1.1 200 OK\r\ncontent-length: 3\r\nconnection: keep-alive\r\n\r\n")
    }

    func testNoContentHasNoLength() {
        let out = HTTPResponseEncoder.encode(status: .noContent, headers: [:], body: [], version: .http11, keepAlive: true)
        XCTAssertEqual(text(out), "HTTP/1.1 204 No Content\r\nconnection: keep-alive\r\n\r\n")
    }

    func testChunkedHeadAndChunks() {
        let head = HTTPResponseEncoder.encodeHead(
            status: .ok, headers: ["content-type": "application/octet-stream"], version: .http11, keepAlive: true,
            framing: .chunked)
        XCTAssertEqual(
            text(head),
            "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\nconnection: keep-alive\r\ncontent-type: application/octet-stream\r\n\r\n")
        XCTAssertEqual(text(HTTPResponseEncoder.encodeChunk(Array(repeating: 0x41, count: 26))), "1a\r\n" + String(repeating: "A", count: 26) + "\r\n")
        XCTAssertEqual(text(HTTPResponseEncoder.lastChunk), "0\r\n\r\n")
    }

    func testUntilCloseHasNoFraming() {
        let head = HTTPResponseEncoder.encodeHead(
            status: .ok, headers: ["task-id": "OpaqueRef:1"], version: .http10, keepAlive: false, framing: .untilClose)
        XCTAssertEqual(text(head), "HTTP/1.0 200 OK\r\nconnection: close\r\ntask-id: OpaqueRef:1\r\n\r\n")
    }

    func testHeaderInjectionIsNeutralised() {
        let out = HTTPResponseEncoder.encodeHead(
            status: .ok, headers: ["Location": "/a\r\nSet-Cookie: x=1"], version: .http11, keepAlive: true,
            framing: .contentLength(0))
        XCTAssertFalse(text(out).contains("\r\nSet-Cookie"))
    }

    func testUnauthorisedPage() {
        let response = HTTPResponse.unauthorised(realm: "xapi")
        XCTAssertEqual(response.status.code, 401)
        XCTAssertEqual(response.status.reason, "Unauthorised")
        XCTAssertEqual(response.headers["WWW-Authenticate"], "Basic realm=\"xapi\"")
        guard case .bytes(let body) = response.body else { return XCTFail() }
        XCTAssertEqual(
            text(body),
            "<html><body><h1>HTTP 401 unauthorised</h1>Please check your credentials and retry.</body></html>")
        let out = HTTPResponseEncoder.encode(
            status: response.status, headers: response.headers, body: body, version: .http11, keepAlive: false)
        XCTAssertTrue(text(out).hasPrefix(
            "HTTP/1.1 401 Unauthorised\r\ncontent-length: 96\r\ncontent-type: text/html\r\nconnection: close\r\n"
                + "cache-control: no-cache, no-store\r\nWWW-Authenticate: Basic realm=\"xapi\"\r\n\r\n"))
    }

    func testInternalErrorEscapes() {
        guard case .bytes(let body) = HTTPResponse.internalError(additionalInformation: "Parse_error(\"<a>\")").body
        else { return XCTFail() }
        XCTAssertTrue(text(body).hasSuffix(
            "<h1> Additional information </h1>Parse_error(&quot;&lt;a&gt;&quot;)</body></html>"))
    }
}
