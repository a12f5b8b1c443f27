import Dispatch
import Foundation
import XCTest
@testable import HTTP

final class HTTPServerTests: XCTestCase {
    private var servers: [HTTPServer] = []
    private var directories: [String] = []

    override func tearDown() {
        for server in servers { server.stop() }
        servers = []
        for directory in directories { try? FileManager.default.removeItem(atPath: directory) }
        directories = []
    }

    /// A handler that echoes method, path, query and body, and has a few special paths.
    private static let echo = ClosureHTTPHandler { request in
        switch request.path {
        case "/sleep":
            Thread.sleep(forTimeInterval: Double(request.queryValue("s") ?? "2") ?? 2)
            return HTTPResponse(text: "slept")
        case "/stream":
            let count = Int(request.queryValue("n") ?? "3") ?? 3
            let size = Int(request.queryValue("size") ?? "5") ?? 5
            return HTTPResponse(
                headers: ["content-type": "application/octet-stream"],
                body: .chunked { writer in
                    for i in 0..<count {
                        try writer.write([UInt8](repeating: UInt8(ascii: "a") + UInt8(i % 26), count: size))
                    }
                })
        case "/big":
            let size = Int(request.queryValue("size") ?? "1000000") ?? 1_000_000
            return HTTPResponse(body: .bytes([UInt8](repeating: UInt8(ascii: "x"), count: size)))
        case "/close":
            return HTTPResponse(headers: ["connection": "close"], text: "bye")
        case "/thread":
            let comm = (try? String(contentsOfFile: "/proc/thread-self/comm", encoding: .utf8)) ?? ""
            return HTTPResponse(text: comm.trimmingCharacters(in: .whitespacesAndNewlines))
        case "/peer":
            return HTTPResponse(text: "\(request.peer.transport.rawValue) \(request.peer.address)")
        default:
            var headers: HTTPHeaders = [
                "cache-control": "no-cache, no-store", "content-type": "text/plain",
                "Access-Control-Allow-Origin": "*",
            ]
            headers["x-version"] = request.version.description
            return HTTPResponse(
                headers: headers,
                text: "\(request.method) \(request.path) \(request.query.map { "\($0.name)=\($0.value)" }.joined(separator: "&")) \(request.bodyText)")
        }
    }

    private func makeServer(_ configure: (inout HTTPServerConfiguration) -> Void = { _ in }) -> HTTPServer {
        var configuration = HTTPServerConfiguration()
        configure(&configuration)
        let server = HTTPServer(configuration: configuration, handler: Self.echo)
        servers.append(server)
        return server
    }

    private func startTCP(_ configure: (inout HTTPServerConfiguration) -> Void = { _ in }) throws -> (HTTPServer, UInt16) {
        let server = makeServer(configure)
        let bound = try server.listen(.tcp(host: "127.0.0.1", port: 0))
        let port = try XCTUnwrap(bound.port)
        XCTAssertNotEqual(port, 0)
        return (server, port)
    }

    private func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "http-tests-\(UUID().uuidString.prefix(8))"
        directories.append(path)
        return path
    }

    func testKeepAliveSeveralRequests() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        for i in 0..<5 {
            let body = "<call>\(i)</call>"
            let r = try client.request("POST /RPC2?i=\(i) HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
            XCTAssertEqual(r.status, 200)
            XCTAssertEqual(r.text, "POST /RPC2 i=\(i) \(body)")
            XCTAssertEqual(r.headers.map(\.0), [
                "content-length", "connection", "cache-control", "content-type", "Access-Control-Allow-Origin",
                "x-version",
            ])
            XCTAssertEqual(r.header("connection"), "keep-alive")
            XCTAssertEqual(r.statusLine, "HTTP/1.1 200 OK")
        }
    }

    func testPipelinedRequestsAnsweredInOrder() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        try client.send("GET /sleep?s=0.3 HTTP/1.1\r\n\r\nGET /a HTTP/1.1\r\n\r\nPOST /b HTTP/1.1\r\nContent-Length: 1\r\n\r\nz")
        XCTAssertEqual(try client.readResponse().text, "slept")
        XCTAssertEqual(try client.readResponse().text, "GET /a  ")
        XCTAssertEqual(try client.readResponse().text, "POST /b  z")
    }

    func testManyPipelinedRequests() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        var batch = ""
        for i in 0..<100 { batch += "POST /p\(i) HTTP/1.1\r\nContent-Length: 1\r\n\r\n\(i % 10)" }
        try client.send(batch)
        for i in 0..<100 { XCTAssertEqual(try client.readResponse().text, "POST /p\(i)  \(i % 10)") }
    }

    func testStalledReaderTimesOutAndReleasesProducer() throws {
        let producerFailed = DispatchSemaphore(value: 0)
        var configuration = HTTPServerConfiguration()
        configuration.sendTimeout = .milliseconds(500)
        let server = HTTPServer(configuration: configuration, handler: ClosureHTTPHandler { _ in
            HTTPResponse(body: .chunked { writer in
                do {
                    for _ in 0..<10_000 { try writer.write([UInt8](repeating: 0, count: 65536)) }
                } catch {
                    producerFailed.signal()
                    throw error
                }
            })
        })
        servers.append(server)
        let port = try XCTUnwrap(try server.listen(.tcp(host: "127.0.0.1", port: 0)).port)
        let client = try TestClient(port: port)
        try client.send("GET / HTTP/1.1\r\n\r\n")
        // Never read: the kernel buffers fill, then the server's, then the producer blocks.
        XCTAssertEqual(producerFailed.wait(timeout: .now() + 5), .success)
        Thread.sleep(forTimeInterval: 0.1)
        XCTAssertEqual(server.connectionCount, 0)
    }

    func testSlowlorisDoesNotStarveOthers() throws {
        let (_, port) = try startTCP()
        let slow = try (0..<100).map { _ in try TestClient(port: port) }
        for client in slow { try client.send("GET / HTTP/1.1\r\nX-Slow: ") }
        let start = Date()
        let other = try TestClient(port: port)
        XCTAssertEqual(try other.request("GET /ok HTTP/1.1\r\n\r\n").status, 200)
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.5)
    }

    func testHTTP10ClosesByDefault() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        let r = try client.request("GET /x HTTP/1.0\r\n\r\n")
        XCTAssertEqual(r.statusLine, "HTTP/1.0 200 OK")
        XCTAssertEqual(r.header("connection"), "close")
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testHTTP10KeepAliveHonoured() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        for _ in 0..<2 {
            let r = try client.request("GET /x HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            XCTAssertEqual(r.header("connection"), "keep-alive")
        }
    }

    func testConnectionCloseHonoured() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        let r = try client.request("GET /x HTTP/1.1\r\nConnection: close\r\n\r\n")
        XCTAssertEqual(r.header("connection"), "close")
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testHandlerRequestedClose() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        let r = try client.request("GET /close HTTP/1.1\r\n\r\n")
        XCTAssertEqual(r.header("connection"), "close")
        XCTAssertEqual(r.text, "bye")
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testStalledClientDoesNotBlockOthers() throws {
        let (_, port) = try startTCP()
        let stalled = try TestClient(port: port)
        try stalled.send("POST / HTTP/1.1\r\nContent-Length: 100\r\n\r\nonly part")
        let start = Date()
        let other = try TestClient(port: port)
        XCTAssertEqual(try other.request("GET /fast HTTP/1.1\r\n\r\n").status, 200)
        XCTAssertLessThan(Date().timeIntervalSince(start), 0.5)
        // The stalled one can still finish.
        try stalled.send(String(repeating: "x", count: 91))
        XCTAssertEqual(try stalled.readResponse().text, "POST /  only part" + String(repeating: "x", count: 91))
    }

    func testBlockingHandlersDoNotBlockOthers() throws {
        let (_, port) = try startTCP()
        let group = DispatchGroup()
        // More blocked handlers than cores: the Dispatch pool would starve here.
        let sleepers = (0..<6).map { _ in try? TestClient(port: port) }
        for sleeper in sleepers {
            try sleeper?.send("GET /sleep?s=2 HTTP/1.1\r\n\r\n")
        }
        Thread.sleep(forTimeInterval: 0.1)
        let start = Date()
        for _ in 0..<5 {
            let client = try TestClient(port: port)
            XCTAssertEqual(try client.request("GET /quick HTTP/1.1\r\n\r\n").status, 200)
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.0)
        for sleeper in sleepers {
            XCTAssertEqual(try sleeper?.readResponse().text, "slept")
        }
        _ = group
    }

    func testIdleTimeoutClosesConnection() throws {
        let (server, port) = try startTCP { $0.idleTimeout = .milliseconds(300) }
        let client = try TestClient(port: port, timeout: 3)
        XCTAssertEqual(try client.request("GET / HTTP/1.1\r\n\r\n").status, 200)
        let start = Date()
        XCTAssertTrue(client.isClosedByPeer())
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
        Thread.sleep(forTimeInterval: 0.1)
        XCTAssertEqual(server.connectionCount, 0)
    }

    func testRequestTimeoutAnswers408() throws {
        let (_, port) = try startTCP { $0.requestTimeout = .milliseconds(300) }
        let client = try TestClient(port: port, timeout: 3)
        try client.send("GET / HTTP/1.1\r\nHost: slow")
        let r = try client.readResponse()
        XCTAssertEqual(r.status, 408)
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testOversizedBodyIs500AndCloses() throws {
        let (_, port) = try startTCP { $0.maxRequestBodySize = 1000 }
        let client = try TestClient(port: port)
        let body = String(repeating: "b", count: 200_000)
        // Send the whole thing: the lingering close must keep the 500 from being reset away.
        try client.send("POST / HTTP/1.1\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
        let r = try client.readResponse()
        XCTAssertEqual(r.statusLine, "HTTP/1.1 500 Internal Error")
        XCTAssertEqual(r.header("connection"), "close")
        XCTAssertTrue(r.text.contains("HTTP 500 internal server error"))
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testMalformedRequestIs400() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        let r = try client.request("NOT HTTP AT ALL\r\n\r\n")
        XCTAssertEqual(r.status, 400)
        XCTAssertTrue(client.isClosedByPeer())
    }

    func testProblemsAreLogged() throws {
        let lines = Locked<[String]>([])
        let (_, port) = try startTCP { $0.log = { line in lines.withLock { $0.append(line) } } }
        let client = try TestClient(port: port)
        XCTAssertEqual(try client.request("BAD\r\n\r\n").status, 400)
        let logged = lines.withLock { $0 }
        XCTAssertEqual(logged.count, 1)
        XCTAssertTrue(logged.first?.hasPrefix("http tcp:127.0.0.1:") ?? false, "\(logged)")
        XCTAssertTrue(logged.first?.hasSuffix("bad request: malformed request line") ?? false, "\(logged)")
    }

    func testErrorAfterPipelinedRequestComesAfterItsResponse() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        try client.send("GET /sleep?s=0.2 HTTP/1.1\r\n\r\nBROKEN\r\n\r\n")
        XCTAssertEqual(try client.readResponse().text, "slept")
        XCTAssertEqual(try client.readResponse().status, 400)
    }

    func testChunkedResponse() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        let r = try client.request("GET /stream?n=4&size=3 HTTP/1.1\r\n\r\n")
        XCTAssertEqual(r.header("transfer-encoding"), "chunked")
        XCTAssertEqual(r.text, "aaabbbcccddd")
        // Keep-alive still works after a chunked body.
        XCTAssertEqual(try client.request("GET /after HTTP/1.1\r\n\r\n").text, "GET /after  ")
    }

    func testLargeChunkedResponseToSlowReader() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port, timeout: 20)
        try client.send("GET /stream?n=200&size=65536 HTTP/1.1\r\n\r\n")
        Thread.sleep(forTimeInterval: 0.5)  // let backpressure build up
        let r = try client.readResponse()
        XCTAssertEqual(r.body.count, 200 * 65536)
        XCTAssertEqual(r.body[65536 * 199], UInt8(ascii: "a") + UInt8(199 % 26))
    }

    func testChunkedResponseToHTTP10IsUnframed() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        let r = try client.request("GET /stream?n=2&size=4 HTTP/1.0\r\n\r\n")
        XCTAssertEqual(r.statusLine, "HTTP/1.0 200 OK")
        XCTAssertNil(r.header("transfer-encoding"))
        XCTAssertEqual(r.header("connection"), "close")
        XCTAssertEqual(r.text, "aaaabbbb")
    }

    func testLargeBytesResponse() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        try client.send("GET /big?size=5000000 HTTP/1.1\r\n\r\n")
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertEqual(try client.readResponse().body.count, 5_000_000)
        XCTAssertEqual(try client.request("GET /again HTTP/1.1\r\n\r\n").status, 200)
    }

    func testHeadRequest() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        try client.send("HEAD /big?size=10 HTTP/1.1\r\n\r\n")
        let r = try client.readResponse(head: true)
        XCTAssertEqual(r.header("content-length"), "10")
        XCTAssertEqual(try client.request("GET /next HTTP/1.1\r\n\r\n").text, "GET /next  ")
    }

    func testExpectContinue() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        try client.send("POST /up HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n")
        var line = [UInt8](repeating: 0, count: 25)
        let n = recv(client.fd, &line, 25, Int32(MSG_WAITALL))
        XCTAssertEqual(String(decoding: line[0..<max(0, n)], as: UTF8.self), "HTTP/1.1 100 Continue\r\n\r\n")
        try client.send("data")
        XCTAssertEqual(try client.readResponse().text, "POST /up  data")
    }

    func testChunkedRequestBody() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        let r = try client.request("PUT /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n")
        XCTAssertEqual(r.text, "PUT /p  abc")
    }

    func testClientDisconnectDuringHandlerIsHarmless() throws {
        let (server, port) = try startTCP()
        do {
            let client = try TestClient(port: port)
            try client.send("GET /sleep?s=0.3 HTTP/1.1\r\n\r\n")
        }
        do {
            let client = try TestClient(port: port)
            try client.send("GET /stream?n=1000&size=65536 HTTP/1.1\r\n\r\n")
            _ = try client.readResponse(head: true)
        }
        Thread.sleep(forTimeInterval: 0.8)
        XCTAssertEqual(server.connectionCount, 0)
        let client = try TestClient(port: port)
        XCTAssertEqual(try client.request("GET / HTTP/1.1\r\n\r\n").status, 200)
    }

    func testManyConnections() throws {
        let (server, port) = try startTCP()
        let clients = try (0..<200).map { _ in try TestClient(port: port) }
        for (i, client) in clients.enumerated() { try client.send("GET /\(i) HTTP/1.1\r\n\r\n") }
        for (i, client) in clients.enumerated() { XCTAssertEqual(try client.readResponse().text, "GET /\(i)  ") }
        XCTAssertEqual(server.connectionCount, 200)
    }

    func testNoDescriptorLeaks() throws {
        func openDescriptors() -> Int {
            (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0
        }
        let (server, port) = try startTCP()
        let before = openDescriptors()
        for round in 0..<3 {
            var clients: [TestClient] = []
            for i in 0..<50 {
                let client = try TestClient(port: port)
                switch i % 5 {
                case 0: _ = try client.request("GET / HTTP/1.1\r\n\r\n")
                case 1: try client.send("GET /sleep?s=0.05 HTTP/1.1\r\n\r\n")  // closed before the answer
                case 2: try client.send("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc")  // half a body
                case 3: _ = try client.request("GET / HTTP/1.0\r\n\r\n")
                default: try client.send("GARBAGE\r\n\r\n")
                }
                clients.append(client)
            }
            clients.removeAll()
            _ = round
        }
        let deadline = Date().addingTimeInterval(5)
        while server.connectionCount > 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertEqual(server.connectionCount, 0)
        Thread.sleep(forTimeInterval: 0.2)
        XCTAssertLessThanOrEqual(openDescriptors(), before + 2)
    }

    func testMaxConnections() throws {
        let (_, port) = try startTCP { $0.maxConnections = 2 }
        let a = try TestClient(port: port)
        let b = try TestClient(port: port)
        XCTAssertEqual(try a.request("GET / HTTP/1.1\r\n\r\n").status, 200)
        XCTAssertEqual(try b.request("GET / HTTP/1.1\r\n\r\n").status, 200)
        let c = try TestClient(port: port, timeout: 2)
        XCTAssertTrue(c.isClosedByPeer())
    }

    func testBindFailureSaysWhy() throws {
        let (_, port) = try startTCP()
        let other = makeServer()
        XCTAssertThrowsError(try other.listen(.tcp(host: "127.0.0.1", port: port))) { error in
            let error = error as? HTTPServerError
            XCTAssertEqual(error?.errno, EADDRINUSE)
            XCTAssertEqual(error?.operation, "bind")
            XCTAssertTrue(error?.description.contains("tcp 127.0.0.1:\(port)") ?? false, "\(String(describing: error))")
        }
    }

    func testStopFinishesInFlightThenCloses() throws {
        let (server, port) = try startTCP()
        let busy = try TestClient(port: port)
        let idle = try TestClient(port: port)
        XCTAssertEqual(try idle.request("GET / HTTP/1.1\r\n\r\n").status, 200)
        try busy.send("GET /sleep?s=0.5 HTTP/1.1\r\n\r\n")
        Thread.sleep(forTimeInterval: 0.1)
        XCTAssertTrue(server.stop(gracePeriod: .seconds(5)))
        XCTAssertEqual(server.connectionCount, 0)
        XCTAssertTrue(idle.isClosedByPeer())
        let r = try busy.readResponse()
        XCTAssertEqual(r.text, "slept")
        XCTAssertEqual(r.header("connection"), "close")
        XCTAssertTrue(busy.isClosedByPeer())
        XCTAssertThrowsError(try TestClient(port: port))
    }

    func testUnixSocketWithAlias() throws {
        let directory = temporaryDirectory()
        let path = directory + "/lib/xcp/xapi"
        let alias = directory + "/xapi/xapi"
        let server = makeServer()
        try server.listen(.unix(path: path, aliases: [alias]))
        var st = stat()
        XCTAssertEqual(stat(path, &st), 0)
        XCTAssertEqual(st.st_mode & 0o777, 0o600)
        for p in [path, alias] {
            let client = try TestClient(unixPath: p)
            let r = try client.request("POST / HTTP/1.1\r\nHost: _var_lib_xcp_xapi\r\nContent-Length: 2\r\n\r\nhi")
            XCTAssertEqual(r.text, "POST /  hi")
            XCTAssertEqual(try client.request("GET /peer HTTP/1.1\r\n\r\n").text, "unix \(path)")
        }
        server.stop()
        XCTAssertNotEqual(lstat(path, &st), 0)
        XCTAssertNotEqual(lstat(alias, &st), 0)
    }

    func testStaleUnixSocketIsReplacedButLiveOneIsNot() throws {
        let directory = temporaryDirectory()
        let path = directory + "/sock"
        let first = makeServer()
        try first.listen(.unix(path: path))
        XCTAssertThrowsError(try makeServer().listen(.unix(path: path))) { error in
            XCTAssertEqual((error as? HTTPServerError)?.errno, EADDRINUSE)
        }
        // Leave a stale socket file behind: bind one without a server.
        first.stop()
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: Array(path.utf8))
        }
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        close(fd)
        let second = makeServer()
        try second.listen(.unix(path: path))
        XCTAssertEqual(try TestClient(unixPath: path).request("GET / HTTP/1.1\r\n\r\n").status, 200)
    }

    func testHandlersRunOnWorkerThreads() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        XCTAssertEqual(try client.request("GET /thread HTTP/1.1\r\n\r\n").text, "http-worker")
    }

    func testIPv6AndAnyAddress() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { throw XCTSkip("no curl") }
        let server = makeServer()
        let any = try XCTUnwrap(try server.listen(.tcp(host: "0.0.0.0", port: 0)).port)
        XCTAssertEqual(try runCurl(["-s", "http://127.0.0.1:\(any)/peer"]), "tcp 127.0.0.1")
        guard let v6 = try? server.listen(.tcp(host: "::1", port: 0)).port else { throw XCTSkip("no IPv6 loopback") }
        XCTAssertEqual(try runCurl(["-s", "http://[::1]:\(v6)/peer"]), "tcp ::1")
    }

    func testPeerAddressOnTCP() throws {
        let (_, port) = try startTCP()
        let client = try TestClient(port: port)
        XCTAssertEqual(try client.request("GET /peer HTTP/1.1\r\n\r\n").text, "tcp 127.0.0.1")
    }

    func testCurlAgainstUnixSocket() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { throw XCTSkip("no curl") }
        let directory = temporaryDirectory()
        let path = directory + "/xapi"
        let server = makeServer()
        try server.listen(.unix(path: path))
        let output = try runCurl(["-s", "--unix-socket", path, "-d", "body", "http://localhost/x"])
        XCTAssertEqual(output, "POST /x  body")
    }
}

/// Runs curl and returns its standard output.
func runCurl(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
