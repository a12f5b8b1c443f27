import Dispatch
import Foundation
import XCTest
@testable import HTTP

/// Streamed request bodies and taken-over connections (xe CLI, console tunnels, uploads).
final class StreamingTests: XCTestCase {
    private var server: HTTPServer?

    override func tearDown() {
        server?.stop()
    }

    private func start(
        _ handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse,
        configure: (inout HTTPServerConfiguration) -> Void = { _ in }
    ) throws -> UInt16 {
        var configuration = HTTPServerConfiguration()
        configuration.streamedRequestBodies = { method, path in method == "PUT" && path.hasPrefix("/import") }
        configure(&configuration)
        let server = HTTPServer(configuration: configuration, handler: ClosureHTTPHandler(handler))
        self.server = server
        return try XCTUnwrap(try server.listen(.tcp(host: "127.0.0.1", port: 0)).port)
    }

    /// Reads the whole streamed body; answers its size, sum and completeness.
    private static let upload: @Sendable (HTTPRequest) -> HTTPResponse = { request in
        guard let reader = request.bodyReader else {
            return HTTPResponse(text: "buffered \(request.body.count)")
        }
        var total = 0
        var sum = 0
        do {
            while true {
                let bytes = try reader.read()
                if bytes.isEmpty { break }
                total += bytes.count
                for b in bytes { sum = (sum &+ Int(b)) % 65521 }
            }
        } catch {
            return HTTPResponse(text: "error \(error)")
        }
        return HTTPResponse(text: "\(total) \(sum) \(reader.isComplete)")
    }

    func testLargeStreamedUpload() throws {
        let port = try start(Self.upload)
        let client = try TestClient(port: port)
        let body = (0..<2_000_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        var sum = 0
        for b in body { sum = (sum + Int(b)) % 65521 }
        try client.send("PUT /import?sr_id=x HTTP/1.1\r\nContent-Length: \(body.count)\r\n\r\n")
        try client.send(body)
        XCTAssertEqual(try client.readResponse().text, "2000000 \(sum) true")
        // The body was consumed: the connection carries on.
        XCTAssertEqual(try client.request("PUT /other HTTP/1.1\r\nContent-Length: 2\r\n\r\nab").text, "buffered 2")
    }

    func testStreamedChunkedUploadWithCurlAndExpect() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { throw XCTSkip("no curl") }
        let port = try start(Self.upload)
        let file = NSTemporaryDirectory() + "upload-\(UUID().uuidString)"
        let data = Data((0..<1_000_000).map { UInt8(truncatingIfNeeded: $0) })
        try data.write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        var sum = 0
        for b in data { sum = (sum + Int(b)) % 65521 }
        // curl -T sends `Expect: 100-continue` and waits for it.
        let started = Date()
        XCTAssertEqual(try runCurl(["-s", "-T", file, "http://127.0.0.1:\(port)/import"]), "1000000 \(sum) true")
        XCTAssertLessThan(Date().timeIntervalSince(started), 0.9, "100 Continue was not sent promptly")
        XCTAssertEqual(
            try runCurl(["-s", "-T", file, "-H", "Transfer-Encoding: chunked", "http://127.0.0.1:\(port)/import"]),
            "1000000 \(sum) true")
    }

    func testUploadOfUnknownLengthEndsAtClose() throws {
        let port = try start(Self.upload)
        let client = try TestClient(port: port)
        // Xen Orchestra's "unknown length": 1 PiB, then the client half-closes.
        try client.send("PUT /import HTTP/1.1\r\nContent-Length: 1125899906842624\r\n\r\nabc")
        shutdown(client.fd, Int32(SHUT_WR))
        XCTAssertEqual(try client.readResponse().text, "3 294 false")
    }

    func testUnreadStreamedBodyClosesConnection() throws {
        let port = try start { _ in HTTPResponse(text: "not reading") }
        let client = try TestClient(port: port)
        try client.send("PUT /import HTTP/1.1\r\nContent-Length: 100000\r\n\r\nxyz")
        let r = try client.readResponse()
        XCTAssertEqual(r.text, "not reading")
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testStalledUploadTimesOut() throws {
        let result = Locked<String>("")
        let done = DispatchSemaphore(value: 0)
        let port = try start({ request in
            do {
                _ = try request.bodyReader?.readAll(limit: 1000)
                result.withLock { $0 = "read" }
            } catch {
                result.withLock { $0 = "\(error)" }
            }
            done.signal()
            return HTTPResponse(text: "x")
        }, configure: { $0.requestTimeout = .milliseconds(300) })
        let client = try TestClient(port: port)
        try client.send("PUT /import HTTP/1.1\r\nContent-Length: 100\r\n\r\npartial")
        XCTAssertEqual(done.wait(timeout: .now() + 3), .success)
        XCTAssertEqual(result.withLock { $0 }, "the connection is closed")
    }

    func testReaderIsDeadAfterResponse() throws {
        let kept = Locked<HTTPBodyReader?>(nil)
        let port = try start { request in
            kept.withLock { $0 = request.bodyReader }
            return HTTPResponse(text: "ok")
        }
        let client = try TestClient(port: port)
        try client.send("PUT /import HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
        XCTAssertEqual(try client.readResponse().text, "ok")
        let reader = try XCTUnwrap(kept.withLock { $0 })
        XCTAssertThrowsError(try reader.read())
    }

    func testCLIStyleTakeover() throws {
        let port = try start { request in
            let arguments = request.bodyText
            return HTTPResponse(body: .takeover { stream in
                try stream.write("XenSource thin CLI protocol")
                let reply = try stream.read()
                try stream.write("got \(String(decoding: reply, as: UTF8.self)) for \(arguments)")
            })
        }
        let client = try TestClient(port: port)
        try client.send("POST /cli HTTP/1.0\r\nUser-agent: xe-cli/Unix/0.2\r\ncontent-length: 7\r\n\r\nvm-list")
        var greeting = [UInt8](repeating: 0, count: 27)
        XCTAssertEqual(recv(client.fd, &greeting, 27, Int32(MSG_WAITALL)), 27)
        XCTAssertEqual(String(decoding: greeting, as: UTF8.self), "XenSource thin CLI protocol")
        try client.send("hello")
        let rest = try client.readResponseBody()
        XCTAssertEqual(rest, "got hello for vm-list")
    }

    func testConnectTunnelEchoesBothWays() throws {
        let port = try start { request in
            guard request.method == "CONNECT" else { return .notFound() }
            return HTTPResponse(body: .takeover { stream in
                try stream.write(HTTPResponseEncoder.encodeHead(
                    status: .ok, headers: ["Cache-Control": "no-cache, no-store"], version: .http11,
                    keepAlive: true, framing: .none))
                while true {
                    let bytes = try stream.read()
                    if bytes.isEmpty { return }
                    try stream.write(bytes.map { $0 == UInt8(ascii: "a") ? UInt8(ascii: "A") : $0 })
                }
            })
        }
        let client = try TestClient(port: port)
        // Tunnel bytes in the same packet as the request must reach the handler.
        try client.send("CONNECT /console?ref=OpaqueRef:1 HTTP/1.0\r\n\r\nabc")
        var head = [UInt8](repeating: 0, count: 79)
        let expected = "HTTP/1.1 200 OK\r\nconnection: keep-alive\r\nCache-Control: no-cache, no-store\r\n\r\nAbc"
        head = [UInt8](repeating: 0, count: expected.utf8.count)
        XCTAssertEqual(recv(client.fd, &head, head.count, Int32(MSG_WAITALL)), head.count)
        XCTAssertEqual(String(decoding: head, as: UTF8.self), expected)
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 3_000_000)
        let writer = Thread { try? client.send(big) }
        writer.start()
        var received = 0
        var buffer = [UInt8](repeating: 0, count: 65536)
        while received < big.count {
            let n = recv(client.fd, &buffer, buffer.count, 0)
            guard n > 0 else { break }
            XCTAssertTrue(buffer[0..<n].allSatisfy { $0 == UInt8(ascii: "A") })
            received += n
        }
        XCTAssertEqual(received, big.count)
        shutdown(client.fd, Int32(SHUT_WR))
        XCTAssertTrue(client.isClosedByPeer())
    }
}
