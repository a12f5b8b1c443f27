// A blocking HTTP/1.1 client on raw sockets for the live-server tests: sends literal bytes and
// parses responses framed by content-length, chunked encoding or close.

import Foundation
import Glibc
@testable import HTTP

struct TestResponse {
    var statusLine: String
    var headers: [(String, String)]
    var body: [UInt8]

    var status: Int { Int(statusLine.split(separator: " ")[1]) ?? 0 }
    var text: String { String(decoding: body, as: UTF8.self) }

    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }
}

struct TestClientError: Error, CustomStringConvertible {
    var description: String
}

final class TestClient: @unchecked Sendable {
    let fd: Int32
    private var buffer: [UInt8] = []

    init(port: UInt16, timeout: Double = 10) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard rc == 0 else {
            Glibc.close(fd)
            throw TestClientError(description: "connect: \(String(cString: strerror(errno)))")
        }
        setTimeout(timeout)
    }

    init(unixPath: String, timeout: Double = 10) throws {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(unixPath.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard rc == 0 else {
            Glibc.close(fd)
            throw TestClientError(description: "connect \(unixPath): \(String(cString: strerror(errno)))")
        }
        setTimeout(timeout)
    }

    deinit { Glibc.close(fd) }

    func setTimeout(_ seconds: Double) {
        var tv = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - Double(Int(seconds))) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
    }

    func send(_ text: String) throws {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { throw TestClientError(description: "send: \(String(cString: strerror(errno)))") }
            sent += n
        }
    }

    /// Reads more bytes; false on EOF. Throws on timeout.
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n < 0 { throw TestClientError(description: "recv: \(String(cString: strerror(errno)))") }
        if n == 0 { return false }
        buffer.append(contentsOf: chunk[0..<n])
        return true
    }

    private func readLine() throws -> String {
        while true {
            if let i = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(buffer[0..<i])
                buffer.removeFirst(i + 1)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard try fill() else { throw TestClientError(description: "EOF in head") }
        }
    }

    private func readExactly(_ n: Int) throws -> [UInt8] {
        while buffer.count < n {
            guard try fill() else { throw TestClientError(description: "EOF in body") }
        }
        let out = Array(buffer[0..<n])
        buffer.removeFirst(n)
        return out
    }

    /// Reads one response; `head` true for a response to HEAD (no body).
    func readResponse(head: Bool = false) throws -> TestResponse {
        var statusLine = try readLine()
        var headers: [(String, String)] = []
        while true {
            let line = try readLine()
            if line.isEmpty {
                if statusLine.contains(" 100 ") {
                    statusLine = try readLine()
                    continue
                }
                break
            }
            let colon = line.firstIndex(of: ":")!
            headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        var response = TestResponse(statusLine: statusLine, headers: headers, body: [])
        if head { return response }
        if let length = response.header("content-length").flatMap({ Int($0) }) {
            response.body = try readExactly(length)
        } else if response.header("transfer-encoding") == "chunked" {
            while true {
                let size = Int(try readLine(), radix: 16)!
                if size == 0 {
                    _ = try readLine()
                    break
                }
                response.body += try readExactly(size)
                _ = try readLine()
            }
        } else {
            while try fill() {}
            response.body = buffer
            buffer = []
        }
        return response
    }

    /// Whether the server closed the connection (EOF or reset) within the receive timeout;
    /// bytes arriving first are discarded.
    func isClosedByPeer() -> Bool {
        while true {
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n == 0 { return true }
            if n < 0 { return errno == ECONNRESET }
        }
    }

    /// Everything until the server closes, as text.
    func readResponseBody() throws -> String {
        while try fill() {}
        defer { buffer = [] }
        return String(decoding: buffer, as: UTF8.self)
    }

    func request(_ text: String) throws -> TestResponse {
        try send(text)
        return try readResponse()
    }
}
