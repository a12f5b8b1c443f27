import XCTest
@testable import HTTP

final class HTTPRequestDecoderTests: XCTestCase {
    private func decodeAll(_ text: String, maxBody: Int = 300 * 1024) throws -> [HTTPRequest] {
        var decoder = HTTPRequestDecoder(maxBodySize: maxBody)
        decoder.feed(Array(text.utf8))
        var out: [HTTPRequest] = []
        while let request = try decoder.nextRequest() { out.append(request) }
        return out
    }

    private func decodeError(_ text: String, maxBody: Int = 300 * 1024, maxHeader: Int = 64 * 1024)
        -> HTTPDecodingError?
    {
        var decoder = HTTPRequestDecoder(maxHeaderSize: maxHeader, maxBodySize: maxBody)
        decoder.feed(Array(text.utf8))
        do {
            while try decoder.nextRequest() != nil {}
            return nil
        } catch {
            return error
        }
    }

    func testSimpleGet() throws {
        let requests = try decodeAll("GET /export?uuid=abc&use_compression=true HTTP/1.1\r\nHost: x\r\n\r\n")
        XCTAssertEqual(requests.count, 1)
        let r = requests[0]
        XCTAssertEqual(r.method, "GET")
        XCTAssertEqual(r.target, "/export?uuid=abc&use_compression=true")
        XCTAssertEqual(r.path, "/export")
        XCTAssertEqual(r.queryValue("uuid"), "abc")
        XCTAssertEqual(r.queryValue("use_compression"), "true")
        XCTAssertNil(r.queryValue("missing"))
        XCTAssertEqual(r.version, .http11)
        XCTAssertEqual(r.headers["host"], "x")
        XCTAssertEqual(r.headers["HOST"], "x")
        XCTAssertTrue(r.body.isEmpty)
        XCTAssertTrue(r.wantsKeepAlive)
    }

    func testPostWithContentLengthBody() throws {
        let body = "<methodCall><methodName>session.login_with_password</methodName></methodCall>"
        let requests = try decodeAll(
            "POST / HTTP/1.1\r\ncontent-length: \(body.utf8.count)\r\ncontent-type: text/xml\r\n\r\n\(body)")
        XCTAssertEqual(requests.count, 1)
        XCTAssertEqual(requests[0].bodyText, body)
    }

    func testHTTP10WithoutHostAndNoSpaceAfterColon() throws {
        let requests = try decodeAll("POST /RPC2 HTTP/1.0\r\nContent-Length:5\r\nUser-Agent:xmlrpclib\r\n\r\nhello")
        XCTAssertEqual(requests.count, 1)
        XCTAssertEqual(requests[0].version, .http10)
        XCTAssertEqual(requests[0].bodyText, "hello")
        XCTAssertEqual(requests[0].headers["user-agent"], "xmlrpclib")
        XCTAssertFalse(requests[0].wantsKeepAlive)
        XCTAssertNil(requests[0].headers["host"])
    }

    func testHTTP10KeepAliveAndHTTP11Close() throws {
        let requests = try decodeAll(
            "GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\nGET / HTTP/1.1\r\nConnection: close\r\n\r\n")
        XCTAssertEqual(requests.count, 2)
        XCTAssertTrue(requests[0].wantsKeepAlive)
        XCTAssertFalse(requests[1].wantsKeepAlive)
    }

    func testPipelinedRequests() throws {
        let requests = try decodeAll(
            "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET /b HTTP/1.1\r\n\r\nPOST /c HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
        XCTAssertEqual(requests.map(\.path), ["/a", "/b", "/c"])
        XCTAssertEqual(requests[0].bodyText, "abc")
    }

    func testByteAtATime() throws {
        let text = "POST /jsonrpc HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\n{\"id\": 1 }\nGET / HTTP/1.1\r\n\r\n"
        var decoder = HTTPRequestDecoder()
        var out: [HTTPRequest] = []
        for byte in text.utf8 {
            decoder.feed([byte])
            while let request = try decoder.nextRequest() { out.append(request) }
        }
        XCTAssertEqual(out.count, 2)
        XCTAssertEqual(out[0].bodyText, "{\"id\": 1 }\n")
        XCTAssertEqual(out[1].method, "GET")
        XCTAssertFalse(decoder.hasPartialRequest)
    }

    func testBareLineFeedsAndLeadingEmptyLines() throws {
        let requests = try decodeAll("\r\n\r\nGET /x HTTP/1.1\nA: 1\n\n")
        XCTAssertEqual(requests.count, 1)
        XCTAssertEqual(requests[0].headers["a"], "1")
    }

    func testHeaderOrderAndCaseKept() throws {
        let r = try decodeAll("GET / HTTP/1.1\r\nX-B: 2\r\nx-a: 1\r\nX-B: 3\r\n\r\n")[0]
        XCTAssertEqual(r.headers.fields.map(\.name), ["X-B", "x-a", "X-B"])
        XCTAssertEqual(r.headers.values(for: "x-b"), ["2", "3"])
        XCTAssertEqual(r.headers["x-b"], "2")
    }

    func testPercentDecodingAndQuery() throws {
        let r = try decodeAll("GET /a%20b/c?session_id=OpaqueRef%3A1234&flag&x=1+2&x=3&=v HTTP/1.1\r\n\r\n")[0]
        XCTAssertEqual(r.path, "/a b/c")
        XCTAssertEqual(r.queryValue("session_id"), "OpaqueRef:1234")
        XCTAssertEqual(r.queryValue("flag"), "")
        XCTAssertEqual(r.queryValue("x"), "1+2")
        XCTAssertEqual(r.query.filter { $0.name == "x" }.map(\.value), ["1+2", "3"])
    }

    func testAbsoluteFormTarget() throws {
        let r = try decodeAll("GET http://host:80/rrd_updates?start=10 HTTP/1.1\r\n\r\n")[0]
        XCTAssertEqual(r.path, "/rrd_updates")
        XCTAssertEqual(r.queryValue("start"), "10")
    }

    func testConnectConsole() throws {
        let r = try decodeAll("CONNECT /console?ref=OpaqueRef:abc&session_id=OpaqueRef:def HTTP/1.0\r\n\r\n")[0]
        XCTAssertEqual(r.method, "CONNECT")
        XCTAssertEqual(r.path, "/console")
        XCTAssertEqual(r.queryValue("ref"), "OpaqueRef:abc")
    }

    func testChunkedBody() throws {
        let requests = try decodeAll(
            "PUT /blob HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nTrailer: x\r\n\r\nGET /next HTTP/1.1\r\n\r\n")
        XCTAssertEqual(requests.count, 2)
        XCTAssertEqual(requests[0].bodyText, "hello, world")
        XCTAssertEqual(requests[1].path, "/next")
    }

    func testChunkedBodyByteAtATime() throws {
        let text = "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nA\r\n0123456789\r\n1\r\nX\r\n0\r\n\r\n"
        var decoder = HTTPRequestDecoder()
        var out: [HTTPRequest] = []
        for byte in text.utf8 {
            decoder.feed([byte])
            while let request = try decoder.nextRequest() { out.append(request) }
        }
        XCTAssertEqual(out.map(\.bodyText), ["0123456789X"])
    }

    func testRejectsContentLengthWithTransferEncoding() {
        XCTAssertEqual(
            decodeError("POST / HTTP/1.1\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"),
            .conflictingFraming)
        XCTAssertEqual(HTTPDecodingError.conflictingFraming.status.code, 400)
    }

    func testRejectsUnknownTransferEncoding() {
        let error = decodeError("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
        XCTAssertEqual(error, .unsupportedTransferEncoding)
        XCTAssertEqual(error?.status.code, 501)
    }

    func testRejectsBadContentLength() {
        XCTAssertEqual(decodeError("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), .invalidContentLength)
        XCTAssertEqual(decodeError("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n"), .invalidContentLength)
        XCTAssertEqual(
            decodeError("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n"), .invalidContentLength)
        XCTAssertNil(decodeError("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nx"))
    }

    func testOversizedBodyIs500() {
        let error = decodeError("POST / HTTP/1.1\r\nContent-Length: 1000\r\n\r\n", maxBody: 999)
        XCTAssertEqual(error, .bodyTooLarge(limit: 999))
        XCTAssertEqual(error?.status.code, 500)
        XCTAssertEqual(error?.status.reason, "Internal Error")
        XCTAssertEqual(
            decodeError("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n", maxBody: 15),
            .bodyTooLarge(limit: 15))
    }

    func testPerRouteBodyLimit() throws {
        var decoder = HTTPRequestDecoder(maxBodySize: 4)
        decoder.bodyLimit = { method, path in method == "PUT" && path == "/blob" ? 100 : nil }
        decoder.feed(Array("PUT /blob?ref=x HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123456789".utf8))
        XCTAssertEqual(try decoder.nextRequest()?.body.count, 10)
        decoder.feed(Array("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n".utf8))
        XCTAssertThrowsError(try decoder.nextRequest())
    }

    func testHeaderTooLarge() {
        let big = String(repeating: "a", count: 200)
        XCTAssertEqual(
            decodeError("GET / HTTP/1.1\r\nX: \(big)\r\n\r\n", maxHeader: 100), .headerTooLarge(limit: 100))
        // Without the end of the head yet, too.
        XCTAssertEqual(decodeError("GET / HTTP/1.1\r\nX: \(big)", maxHeader: 100), .headerTooLarge(limit: 100))
        XCTAssertEqual(HTTPDecodingError.headerTooLarge(limit: 1).status.code, 431)
    }

    func testMalformed() {
        XCTAssertEqual(decodeError("GARBAGE\r\n\r\n"), .malformedRequestLine)
        XCTAssertEqual(decodeError("GET /\r\n\r\n"), .malformedRequestLine)
        XCTAssertEqual(decodeError("GET / FTP/1.0\r\n\r\n"), .malformedRequestLine)
        XCTAssertEqual(decodeError("GET / HTTP/2.0\r\n\r\n"), .unsupportedVersion)
        XCTAssertEqual(decodeError("GET / HTTP/1.1\r\nNoColon\r\n\r\n"), .malformedHeader)
        XCTAssertEqual(decodeError("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n"), .malformedHeader)
        XCTAssertEqual(decodeError("GET / HTTP/1.1\r\nName : x\r\n\r\n"), .malformedHeader)
        XCTAssertEqual(decodeError("GET / HTTP/1.1\r\nA: 1\r\n folded\r\n\r\n"), .malformedHeader)
        XCTAssertEqual(
            decodeError("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"), .malformedChunk)
        XCTAssertEqual(
            decodeError("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n"), .malformedChunk)
    }

    func testErrorIsSticky() {
        var decoder = HTTPRequestDecoder()
        decoder.feed(Array("BAD\r\n\r\nGET / HTTP/1.1\r\n\r\n".utf8))
        XCTAssertThrowsError(try decoder.nextRequest())
        XCTAssertThrowsError(try decoder.nextRequest())
    }

    func testExpectContinue() throws {
        var decoder = HTTPRequestDecoder()
        decoder.feed(Array("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n".utf8))
        XCTAssertNil(try decoder.nextRequest())
        XCTAssertTrue(decoder.takeContinueExpectation())
        XCTAssertFalse(decoder.takeContinueExpectation())
        XCTAssertTrue(decoder.hasPartialRequest)
        decoder.feed(Array("abc".utf8))
        XCTAssertEqual(try decoder.nextRequest()?.bodyText, "abc")
        XCTAssertFalse(decoder.hasPartialRequest)

        // The body came with the head: nothing to continue.
        decoder.feed(Array("POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx".utf8))
        XCTAssertNotNil(try decoder.nextRequest())
        XCTAssertFalse(decoder.takeContinueExpectation())
    }

    func testPeerIsStamped() throws {
        var decoder = HTTPRequestDecoder(peer: PeerInfo(transport: .unix, address: "/var/lib/xcp/xapi"))
        decoder.feed(Array("GET / HTTP/1.1\r\n\r\n".utf8))
        XCTAssertEqual(try decoder.nextRequest()?.peer, PeerInfo(transport: .unix, address: "/var/lib/xcp/xapi"))
    }

    func testRandomSplitsGiveTheSameRequests() throws {
        let text = "POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
            + "PUT /b?x=1 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;e\r\nde\r\n0\r\n\r\n"
            + "\r\nGET /c HTTP/1.0\nX:y\n\n"
            + "POST /d HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nxyz"
        let bytes = Array(text.utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var decoder = HTTPRequestDecoder()
            var out: [HTTPRequest] = []
            var i = 0
            while i < bytes.count {
                let n = Int.random(in: 1...12, using: &generator)
                decoder.feed(bytes[i..<min(bytes.count, i + n)])
                i += n
                while let request = try decoder.nextRequest() { out.append(request) }
            }
            XCTAssertEqual(out.map(\.path), ["/a", "/b", "/c", "/d"])
            XCTAssertEqual(out.map(\.bodyText), ["hello", "abcde", "", "xyz"])
            XCTAssertEqual(out[2].headers["x"], "y")
            XCTAssertFalse(decoder.hasPartialRequest)
        }
    }

    func testStreamedFixedBody() throws {
        var decoder = HTTPRequestDecoder(maxBodySize: 4)
        decoder.streamBody = { method, path in method == "PUT" && path == "/import" }
        decoder.feed(Array("PUT /import?sr_id=x HTTP/1.1\r\nContent-Length: 10\r\n\r\n0123".utf8))
        let request = try XCTUnwrap(try decoder.nextRequest())
        XCTAssertTrue(request.isStreamed)
        XCTAssertTrue(request.body.isEmpty)
        XCTAssertTrue(decoder.isStreamingBody)
        XCTAssertNil(try decoder.nextRequest())
        XCTAssertEqual(try decoder.body(maxLength: 3), Array("012".utf8))
        XCTAssertEqual(try decoder.body(maxLength: 3), Array("3".utf8))
        XCTAssertNil(try decoder.body(maxLength: 3))
        decoder.feed(Array("456789GET /next HTTP/1.1\r\n\r\n".utf8))
        XCTAssertEqual(try decoder.body(maxLength: 100), Array("456789".utf8))
        XCTAssertFalse(decoder.isStreamingBody)
        XCTAssertEqual(try decoder.body(maxLength: 100), [])
        XCTAssertEqual(try decoder.nextRequest()?.path, "/next")
    }

    func testStreamedChunkedBody() throws {
        var decoder = HTTPRequestDecoder()
        decoder.streamBody = { _, _ in true }
        decoder.feed(Array("PUT /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel".utf8))
        XCTAssertNotNil(try decoder.nextRequest())
        XCTAssertEqual(try decoder.body(maxLength: 100), Array("hel".utf8))
        XCTAssertNil(try decoder.body(maxLength: 100))
        decoder.feed(Array("lo\r\n3\r\nabc\r\n0\r\n\r\n".utf8))
        XCTAssertEqual(try decoder.body(maxLength: 4), Array("lo".utf8) + Array("ab".utf8))
        XCTAssertEqual(try decoder.body(maxLength: 4), Array("c".utf8))
        XCTAssertEqual(try decoder.body(maxLength: 4), [])
        XCTAssertFalse(decoder.hasPartialRequest)
    }

    func testStreamedEmptyBodyAndUnlimitedSize() throws {
        var decoder = HTTPRequestDecoder(maxBodySize: 10)
        decoder.streamBody = { _, _ in true }
        decoder.feed(Array("PUT /a HTTP/1.1\r\n\r\nPUT /b HTTP/1.1\r\nContent-Length: 1125899906842624\r\n\r\n".utf8))
        XCTAssertEqual(try decoder.nextRequest()?.path, "/a")
        XCTAssertEqual(try decoder.body(maxLength: 10), [])
        XCTAssertEqual(try decoder.nextRequest()?.path, "/b")
        XCTAssertTrue(decoder.isStreamingBody)
    }

    func testTakeBufferedBytes() throws {
        var decoder = HTTPRequestDecoder()
        decoder.feed(Array("CONNECT /console?ref=x HTTP/1.0\r\n\r\nRFB 003.008\n".utf8))
        XCTAssertEqual(try decoder.nextRequest()?.method, "CONNECT")
        XCTAssertEqual(decoder.takeBufferedBytes(), Array("RFB 003.008\n".utf8))
        XCTAssertFalse(decoder.hasPartialRequest)
    }
}

private extension HTTPRequestDecoder {
    /// The next buffered piece of a streamed body (at most `maxLength` bytes): empty once the
    /// body is complete, nil while more bytes are needed.
    mutating func body(maxLength: Int) throws -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: maxLength)
        guard let n = try bytes.withUnsafeMutableBytes({ try nextBodyBytes(into: $0) }) else { return nil }
        return Array(bytes[0..<n])
    }
}
