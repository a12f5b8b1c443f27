import Foundation
import XCTest
@testable import HTTP

final class TLSTests: XCTestCase {
    private var directory = ""
    private var server: HTTPServer?

    override func setUp() {
        directory = NSTemporaryDirectory() + "tls-tests-\(UUID().uuidString.prefix(8))"
    }

    override func tearDown() {
        server?.stop()
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func startServer() throws -> (port: UInt16, certificate: String) {
        let certificate = directory + "/cert.pem"
        let key = directory + "/key.pem"
        XCTAssertTrue(try SelfSignedCertificate.ensure(
            certificatePath: certificate, keyPath: key, commonName: "xapi-test",
            subjectAltNames: ["localhost", "127.0.0.1", "::1"]))
        let context = try TLSContext(certificatePath: certificate, keyPath: key)
        let server = HTTPServer(handler: ClosureHTTPHandler { request in
            if request.path == "/big" {
                return HTTPResponse(body: .bytes([UInt8](repeating: UInt8(ascii: "y"), count: 2_000_000)))
            }
            if request.path == "/stream" {
                return HTTPResponse(body: .chunked { writer in
                    for _ in 0..<50 { try writer.write([UInt8](repeating: UInt8(ascii: "s"), count: 40_000)) }
                })
            }
            return HTTPResponse(
                headers: ["content-type": "text/plain"],
                text: "\(request.method) \(request.path) \(request.peer.transport.rawValue) \(request.bodyText)")
        })
        self.server = server
        let bound = try server.listen(.tls(host: "127.0.0.1", port: 0, context))
        return (try XCTUnwrap(bound.port), certificate)
    }

    func testSelfSignedCertificateFiles() throws {
        let certificate = directory + "/c/cert.pem"
        let key = directory + "/k/key.pem"
        XCTAssertTrue(try SelfSignedCertificate.ensure(
            certificatePath: certificate, keyPath: key, commonName: "host1", subjectAltNames: ["host1", "10.0.0.1"]))
        var st = stat()
        XCTAssertEqual(stat(key, &st), 0)
        XCTAssertEqual(st.st_mode & 0o777, 0o600)
        let pem = try String(contentsOfFile: certificate, encoding: .utf8)
        XCTAssertTrue(pem.hasPrefix("-----BEGIN CERTIFICATE-----"))
        XCTAssertTrue(try String(contentsOfFile: key, encoding: .utf8).hasPrefix("-----BEGIN PRIVATE KEY-----"))
        // Existing files are left alone.
        XCTAssertFalse(try SelfSignedCertificate.ensure(
            certificatePath: certificate, keyPath: key, commonName: "other", subjectAltNames: []))
        XCTAssertEqual(try String(contentsOfFile: certificate, encoding: .utf8), pem)

        // Inspect with the openssl tool when present.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl") {
            let text = try run("/usr/bin/openssl", ["x509", "-in", certificate, "-noout", "-text"])
            XCTAssertTrue(text.contains("Subject: CN = host1"), text)
            XCTAssertTrue(text.contains("DNS:host1, IP Address:10.0.0.1"), text)
            XCTAssertTrue(text.contains("sha256WithRSAEncryption"), text)
            XCTAssertTrue(text.contains("Public-Key: (2048 bit)"), text)
            let dates = try run("/usr/bin/openssl", ["x509", "-in", certificate, "-noout", "-checkend", "\(9 * 365 * 86400)"])
            XCTAssertTrue(dates.contains("will not expire"), dates)
        }
    }

    func testCombinedPEM() throws {
        let pem = directory + "/xapi-ssl.pem"
        try SelfSignedCertificate.ensure(certificatePath: pem, keyPath: pem, commonName: "h", subjectAltNames: ["h"])
        var st = stat()
        XCTAssertEqual(stat(pem, &st), 0)
        XCTAssertEqual(st.st_mode & 0o777, 0o600)
        XCTAssertNoThrow(try TLSContext(certificatePath: pem, keyPath: pem))
    }

    func testBadCertificatePathSaysWhy() {
        XCTAssertThrowsError(try TLSContext(certificatePath: "/nonexistent/c.pem", keyPath: "/nonexistent/k.pem")) {
            XCTAssertTrue("\($0)".contains("/nonexistent/c.pem"), "\($0)")
        }
    }

    func testCurlRoundTripWithVerification() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { throw XCTSkip("no curl") }
        let (port, certificate) = try startServer()
        // Verified against the generated certificate (SAN 127.0.0.1), two requests on one
        // connection, TLS 1.2 with an ECDHE-RSA-AES-GCM suite (what the Go SDK insists on).
        let options = [
            "-sS", "--cacert", certificate, "--tlsv1.2", "--tls-max", "1.2",
            "--ciphers", "ECDHE-RSA-AES128-GCM-SHA256", "-w", " %{num_connects}\n",
        ]
        let output = try runCurl(
            options + ["-d", "one", "https://127.0.0.1:\(port)/a", "--next"]
                + options + ["-d", "two", "https://127.0.0.1:\(port)/b"])
        XCTAssertEqual(output, "POST /a tls one 1\nPOST /b tls two 0\n")
        // TLS 1.3 and -k.
        XCTAssertEqual(
            try runCurl(["-sSk", "--tlsv1.3", "https://localhost:\(port)/c"]),
            "GET /c tls ")
    }

    func testLargeAndStreamedResponsesOverTLS() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { throw XCTSkip("no curl") }
        let (port, _) = try startServer()
        XCTAssertEqual(try runCurl(["-sk", "https://127.0.0.1:\(port)/big"]).utf8.count, 2_000_000)
        XCTAssertEqual(try runCurl(["-sk", "https://127.0.0.1:\(port)/stream"]).utf8.count, 2_000_000)
    }

    func testStalledHandshakeDoesNotBlockOthers() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { throw XCTSkip("no curl") }
        let (port, _) = try startServer()
        let stalled = try TestClient(port: port)
        try stalled.send([0x16, 0x03, 0x01])  // the start of a ClientHello, then nothing
        let plain = try TestClient(port: port)
        try plain.send("GET / HTTP/1.1\r\n\r\n")  // not TLS at all: dropped
        let start = Date()
        XCTAssertEqual(try runCurl(["-sk", "https://127.0.0.1:\(port)/ok"]), "GET /ok tls ")
        XCTAssertLessThan(Date().timeIntervalSince(start), 2)
        XCTAssertTrue(plain.isClosedByPeer())
    }

    func testAbortedTLSConnectionsAreCleanedUp() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/curl") else { throw XCTSkip("no curl") }
        let (port, _) = try startServer()
        for i in 0..<30 {
            let client = try TestClient(port: port)
            if i % 3 == 0 { try client.send([0x16, 0x03, 0x01, 0x00, 0x05, 1, 2]) }
            if i % 3 == 1 { try client.send("GET / HTTP/1.1\r\n\r\n") }
        }
        _ = try runCurl(["-sk", "--max-time", "2", "https://127.0.0.1:\(port)/x"])
        let deadline = Date().addingTimeInterval(5)
        while (server?.connectionCount ?? 0) > 0, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertEqual(server?.connectionCount, 0)
    }

    func testPythonClientVerifiesCertificate() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { throw XCTSkip("no python3") }
        let (port, certificate) = try startServer()
        let script = """
            import ssl, http.client
            ctx = ssl.create_default_context(cafile="\(certificate)")
            ctx.verify_flags |= ssl.VERIFY_X509_STRICT | ssl.VERIFY_X509_PARTIAL_CHAIN
            c = http.client.HTTPSConnection("localhost", \(port), context=ctx)
            for i in range(3):
                c.request("POST", "/py", body=str(i))
                r = c.getresponse()
                print(r.status, r.read().decode())
            """
        let output = try run("/usr/bin/python3", ["-c", script])
        XCTAssertEqual(output, "200 POST /py tls 0\n200 POST /py tls 1\n200 POST /py tls 2\n")
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
