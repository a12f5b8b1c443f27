import Dispatch
import Foundation
import Glibc
import XCTest
@testable import HTTP

/// Bulk transfers that bypass the connection's queue: a streamed body read from the socket
/// straight into the handler's buffer (HTTPBodyReader.read(into:)), and producers writing
/// straight to a plain socket.
final class DirectTransferTests: XCTestCase {
    private var server: HTTPServer?
    private var directory = ""

    override func tearDown() {
        server?.stop()
        if !directory.isEmpty { try? FileManager.default.removeItem(atPath: directory) }
    }

    private func start(
        tls: TLSContext? = nil, _ handler: @escaping @Sendable (HTTPRequest) -> HTTPResponse
    ) throws -> UInt16 {
        var configuration = HTTPServerConfiguration()
        configuration.streamedRequestBodies = { method, path in method == "PUT" && path.hasPrefix("/import") }
        configuration.requestTimeout = .seconds(5)
        let server = HTTPServer(configuration: configuration, handler: ClosureHTTPHandler(handler))
        self.server = server
        let address: ListenerAddress =
            tls.map { .tls(host: "127.0.0.1", port: 0, $0) } ?? .tcp(host: "127.0.0.1", port: 0)
        return try XCTUnwrap(try server.listen(address).port)
    }

    private static func checksum<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var sum = 0
        for b in bytes { sum = (sum &+ Int(b)) % 65521 }
        return sum
    }

    /// Reads the body into a 2 MiB buffer as the VDI importer does; answers size, sum and
    /// completeness, "large" if one read brought more than 64 KiB, or the error.
    private static let upload: @Sendable (HTTPRequest) -> HTTPResponse = { request in
        guard let reader = request.bodyReader else { return HTTPResponse(text: "buffered \(request.bodyText)") }
        var buffer = [UInt8](repeating: 0, count: 2 << 20)
        var total = 0
        var sum = 0
        var largest = 0
        do {
            while true {
                let n = try buffer.withUnsafeMutableBytes { try reader.read(into: $0) }
                if n == 0 { break }
                total += n
                largest = max(largest, n)
                sum = (sum + checksum(buffer[0..<n])) % 65521
            }
        } catch {
            return HTTPResponse(text: "error \(error)")
        }
        return HTTPResponse(text: "\(total) \(sum) \(reader.isComplete)" + (largest > 64 * 1024 ? " large" : ""))
    }

    private static func pattern(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 11) }
    }

    func testContentLengthBodyIntoLargeBufferThenPipelinedRequest() throws {
        let port = try start(Self.upload)
        let client = try TestClient(port: port)
        let body = Self.pattern(6_000_000)
        // The next request follows the body in the same stream: it must not be swallowed.
        try client.send(Array("PUT /import HTTP/1.1\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
            + Array("PUT /other HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc".utf8))
        XCTAssertEqual(try client.readResponse().text, "6000000 \(Self.checksum(body)) true large")
        XCTAssertEqual(try client.readResponse().text, "buffered abc")
        // Keep-alive after a fully read body: a second upload on the same connection.
        try client.send(Array("PUT /import HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello".utf8))
        XCTAssertEqual(try client.readResponse().text, "5 \(Self.checksum(Array("hello".utf8))) true")
    }

    func testChunkedBodyIntoLargeBufferThenPipelinedRequest() throws {
        let port = try start(Self.upload)
        let client = try TestClient(port: port)
        let body = Self.pattern(1_500_000)
        var wire = Array("PUT /import HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n".utf8)
        var offset = 0
        for size in [1, 70_000, 900_000, 5, 300_000] {
            wire += Array("\(String(size, radix: 16));ext=1\r\n".utf8) + body[offset..<offset + size] + Array("\r\n".utf8)
            offset += size
        }
        let rest = body.count - offset
        wire += Array("\(String(rest, radix: 16))\r\n".utf8) + body[offset...] + Array("\r\n0\r\nTrailer: x\r\n\r\n".utf8)
        wire += Array("PUT /other HTTP/1.1\r\nContent-Length: 2\r\n\r\nok".utf8)
        let bytes = wire
        let sender = Thread { try? client.send(bytes) }
        sender.start()
        XCTAssertEqual(try client.readResponse().text, "1500000 \(Self.checksum(body)) true large")
        XCTAssertEqual(try client.readResponse().text, "buffered ok")
    }

    func testDroppedUploadEndsShortAndIncomplete() throws {
        let port = try start(Self.upload)
        let client = try TestClient(port: port)
        let part = Self.pattern(300_000)
        try client.send(Array("PUT /import HTTP/1.1\r\nContent-Length: 10000000\r\n\r\n".utf8) + part)
        // The client goes away mid-body: the reader sees the end, and the body is not complete.
        shutdown(client.fd, Int32(SHUT_WR))
        XCTAssertTrue(try client.readResponse().text.hasPrefix("300000 \(Self.checksum(part)) false"))
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testMalformedChunkFailsTheRead() throws {
        let port = try start(Self.upload)
        let client = try TestClient(port: port)
        try client.send("PUT /import HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\nzz\r\n")
        XCTAssertTrue(try client.readResponse().text.hasPrefix("error "))
    }

    func testStalledBodyTimesOutAndClosesTheConnection() throws {
        let outcome = Locked<String>("")
        let done = DispatchSemaphore(value: 0)
        var configuration = HTTPServerConfiguration()
        configuration.streamedRequestBodies = { _, _ in true }
        configuration.requestTimeout = .milliseconds(300)
        let server = HTTPServer(configuration: configuration, handler: ClosureHTTPHandler { request in
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            do {
                while try buffer.withUnsafeMutableBytes({ try request.bodyReader!.read(into: $0) }) > 0 {}
                outcome.withLock { $0 = "ended" }
            } catch {
                outcome.withLock { $0 = "\(error)" }
            }
            done.signal()
            return HTTPResponse(text: "x")
        })
        self.server = server
        let client = try TestClient(port: try XCTUnwrap(try server.listen(.tcp(host: "127.0.0.1", port: 0)).port))
        try client.send("PUT /import HTTP/1.1\r\nContent-Length: 100\r\n\r\npartial")
        XCTAssertEqual(done.wait(timeout: .now() + 3), .success)
        XCTAssertEqual(outcome.withLock { $0 }, "the connection is closed")
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testUploadOverTLS() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { throw XCTSkip("no curl") }
        directory = NSTemporaryDirectory() + "direct-tls-\(UUID().uuidString.prefix(8))"
        let certificate = directory + "/cert.pem"
        let key = directory + "/key.pem"
        _ = try SelfSignedCertificate.ensure(
            certificatePath: certificate, keyPath: key, commonName: "xapi-test", subjectAltNames: ["127.0.0.1"])
        let port = try start(tls: try TLSContext(certificatePath: certificate, keyPath: key), Self.upload)
        let file = directory + "/upload"
        let data = Self.pattern(3_000_000)
        try Data(data).write(to: URL(fileURLWithPath: file))
        let expected = "3000000 \(Self.checksum(data)) true"
        XCTAssertTrue(try runCurl(["-sk", "-T", file, "https://127.0.0.1:\(port)/import"]).hasPrefix(expected))
        XCTAssertTrue(try runCurl(
            ["-sk", "-T", file, "-H", "Transfer-Encoding: chunked", "https://127.0.0.1:\(port)/import"]
        ).hasPrefix(expected))
    }

    func testLargeWritesReachASlowReaderInOrder() throws {
        let piece = Self.pattern(2 << 20)
        let port = try start { request in
            if request.path == "/takeover" {
                return HTTPResponse(body: .takeover { stream in
                    try stream.write("HTTP/1.1 200 OK\r\ncontent-length: \(4 * piece.count)\r\n\r\n")
                    for _ in 0..<4 { try stream.write(piece) }
                })
            }
            return HTTPResponse(body: .chunked { writer in
                for _ in 0..<3 { try writer.write(piece) }
            })
        }
        let client = try TestClient(port: port)
        // A chunked response, then a pipelined takeover; the client reads only after a while.
        try client.send("GET /chunked HTTP/1.1\r\n\r\nGET /takeover HTTP/1.1\r\n\r\n")
        Thread.sleep(forTimeInterval: 0.3)
        let chunked = try client.readResponse()
        XCTAssertEqual(chunked.body.count, 3 * piece.count)
        XCTAssertTrue(chunked.body.elementsEqual(piece + piece + piece))
        let whole = try client.readResponse()
        XCTAssertEqual(whole.body.count, 4 * piece.count)
        XCTAssertTrue(whole.body[piece.count..<2 * piece.count].elementsEqual(piece))
    }
}
