// `HTTPHandler.prepare`: ready answers go out from the connection's queue (no worker thread),
// including large ones to a slow reader and pipelined ones in order; blocking work runs on a
// worker with what prepare worked out, and `handle` is not called again.
import Dispatch
import Foundation
import XCTest
@testable import HTTP

final class HTTPPreparationTests: XCTestCase {
    /// Counts its calls; `/ready...` is answered in `prepare`, anything else by a blocking closure.
    final class Handler: HTTPHandler, @unchecked Sendable {
        let prepared = Locked(0)
        let handled = Locked(0)

        func handle(_ request: HTTPRequest) -> HTTPResponse {
            handled.withLock { $0 += 1 }
            return HTTPResponse(text: "handled")
        }

        func prepare(_ request: HTTPRequest) -> HTTPPreparation {
            prepared.withLock { $0 += 1 }
            let thread = Self.threadName()
            let work = "\(request.method) \(request.path) \(request.bodyText)"
            switch request.path {
            case "/ready/big":
                return .ready(HTTPResponse(body: .bytes([UInt8](repeating: UInt8(ascii: "y"), count: 4_000_000))))
            case let path where path.hasPrefix("/ready"):
                return .ready(HTTPResponse(headers: ["x-thread": thread], text: work))
            default:
                return .blocking { HTTPResponse(headers: ["x-thread": Self.threadName()], text: "worked " + work) }
            }
        }

        static func threadName() -> String {
            let comm = (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8)) ?? ""
            return comm.trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    private var server: HTTPServer?

    override func tearDown() {
        server?.stop()
        server = nil
    }

    private func start(_ handler: Handler) throws -> UInt16 {
        let server = HTTPServer(configuration: HTTPServerConfiguration(), handler: handler)
        self.server = server
        return try XCTUnwrap(try server.listen(.tcp(host: "127.0.0.1", port: 0)).port)
    }

    func testReadyAnswersOnTheQueueAndBlockingWorkOnAWorkerOnce() throws {
        let handler = Handler()
        let client = try TestClient(port: try start(handler))
        let ready = try client.request("POST /ready HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc")
        XCTAssertEqual(ready.text, "POST /ready abc")
        XCTAssertNotEqual(ready.header("x-thread"), "http-worker")
        let worked = try client.request("POST /slow HTTP/1.1\r\nContent-Length: 2\r\n\r\nxy")
        XCTAssertEqual(worked.text, "worked POST /slow xy")
        XCTAssertEqual(worked.header("x-thread"), "http-worker")
        XCTAssertEqual(worked.header("connection"), "keep-alive")
        XCTAssertEqual(handler.prepared.withLock { $0 }, 2)
        XCTAssertEqual(handler.handled.withLock { $0 }, 0, "the blocking path reuses prepare's work")
    }

    func testPipelinedMixOfReadyAndBlockingStaysInOrder() throws {
        let client = try TestClient(port: try start(Handler()))
        var batch = ""
        for i in 0..<20 { batch += "POST /\(i % 3 == 0 ? "slow" : "ready")\(i) HTTP/1.1\r\nContent-Length: 1\r\n\r\n\(i % 10)" }
        try client.send(batch)
        for i in 0..<20 {
            let expected = i % 3 == 0 ? "worked POST /slow\(i) \(i % 10)" : "POST /ready\(i) \(i % 10)"
            XCTAssertEqual(try client.readResponse().text, expected)
        }
    }

    func testLargeReadyAnswerToASlowReaderArrivesWhole() throws {
        let client = try TestClient(port: try start(Handler()))
        try client.send("GET /ready/big HTTP/1.1\r\n\r\nGET /ready/after HTTP/1.1\r\n\r\n")
        Thread.sleep(forTimeInterval: 0.3)  // the socket fills; the rest waits in the output buffer
        let big = try client.readResponse()
        XCTAssertEqual(big.body.count, 4_000_000)
        XCTAssertTrue(big.body.allSatisfy { $0 == UInt8(ascii: "y") })
        XCTAssertEqual(try client.readResponse().text, "GET /ready/after ")
    }

    func testHeadOfAReadyAnswerAnnouncesTheLengthOnly() throws {
        let client = try TestClient(port: try start(Handler()))
        try client.send("HEAD /ready/x HTTP/1.1\r\n\r\n")
        let head = try client.readResponse(head: true)
        XCTAssertEqual(head.header("content-length"), "\("HEAD /ready/x ".utf8.count)")
        XCTAssertEqual(try client.request("POST /ready/y HTTP/1.1\r\nContent-Length: 1\r\n\r\nq").text, "POST /ready/y q")
    }
}
