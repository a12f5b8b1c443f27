// Blocking client connections: Unix socket, TCP, or TLS over TCP (OpenSSL, no verification).
import COpenSSL
import Glibc

/// A client SSL_CTX shared by all connections (SSL_CTX is thread-safe once configured).
final class TLSClientContext: @unchecked Sendable {
    let ctx: OpaquePointer

    init() throws(BenchError) {
        guard let c = SSL_CTX_new(TLS_client_method()) else { throw BenchError("SSL_CTX_new failed") }
        ctx = c
        _ = copenssl_set_min_proto(ctx, TLS1_2_VERSION)
        _ = SSL_CTX_set_options(ctx, copenssl_op_ignore_unexpected_eof())
        _ = copenssl_ctx_set_mode(ctx, Int(SSL_MODE_AUTO_RETRY))
        SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nil)
    }

    deinit { SSL_CTX_free(ctx) }
}

/// One blocking connection. Owned by one thread.
final class Connection {
    private(set) var fd: Int32 = -1
    private var ssl: OpaquePointer? = nil

    init(kind: TransportKind, address: String, tls: TLSClientContext?) throws(BenchError) {
        switch kind {
        case .unix:
            fd = try Connection.connectUnix(address)
        case .tcp, .tls:
            fd = try Connection.connectTCP(address)
            if kind == .tls {
                guard let tls, let s = SSL_new(tls.ctx) else { throw BenchError("SSL_new failed") }
                ssl = s
                SSL_set_fd(s, fd)
                let rc = SSL_connect(s)
                if rc != 1 {
                    let err = SSL_get_error(s, rc)
                    let detail = Connection.opensslErrors()
                    close()
                    throw BenchError("TLS handshake with \(address) failed (SSL_get_error \(err)) \(detail)")
                }
            }
        }
    }

    deinit { close() }

    func close() {
        if let s = ssl {
            SSL_shutdown(s)
            SSL_free(s)
            ssl = nil
        }
        if fd >= 0 {
            Glibc.close(fd)
            fd = -1
        }
    }

    /// Writes every byte; false on error.
    func writeAll(_ base: UnsafeRawPointer, _ count: Int) -> Bool {
        var done = 0
        while done < count {
            let n: Int
            if let s = ssl {
                var written = 0
                let rc = SSL_write_ex(s, base + done, count - done, &written)
                n = rc == 1 ? written : -1
            } else {
                n = send(fd, base + done, count - done, Int32(MSG_NOSIGNAL))
                if n < 0 && errno == EINTR { continue }
            }
            if n <= 0 { return false }
            done += n
        }
        return true
    }

    /// Reads at most `count` bytes: >0 bytes read, 0 end of stream, -1 error.
    func read(into base: UnsafeMutableRawPointer, _ count: Int) -> Int {
        if let s = ssl {
            var got = 0
            let rc = SSL_read_ex(s, base, count, &got)
            if rc == 1 { return got }
            let err = SSL_get_error(s, 0)
            return err == SSL_ERROR_ZERO_RETURN ? 0 : -1
        }
        while true {
            let n = recv(fd, base, count, 0)
            if n < 0 && errno == EINTR { continue }
            return n
        }
    }

    // MARK: Sockets

    static let streamType = Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue)

    static func connectUnix(_ path: String) throws(BenchError) -> Int32 {
        var addr = sockaddr_un()
        addr.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: addr.sun_path) else { throw BenchError("socket path too long") }
        withUnsafeMutableBytes(of: &addr.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let len = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + 1)
        let fd = socket(AF_UNIX, streamType, 0)
        guard fd >= 0 else { throw BenchError("socket: \(String(cString: strerror(errno)))") }
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, len) }
        }
        if rc != 0 {
            let e = errno
            Glibc.close(fd)
            throw BenchError("connect \(path): \(String(cString: strerror(e)))")
        }
        return fd
    }

    static func connectTCP(_ hostPort: String) throws(BenchError) -> Int32 {
        guard let colon = hostPort.lastIndex(of: ":"), let port = UInt16(hostPort[hostPort.index(after: colon)...]) else {
            throw BenchError("want HOST:PORT, got \(hostPort)")
        }
        var host = String(hostPort[..<colon])
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host.isEmpty || host == "localhost" { host = "127.0.0.1" }
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_NUMERICSERV
        var res: UnsafeMutablePointer<addrinfo>? = nil
        let gai = getaddrinfo(host, String(port), &hints, &res)
        guard gai == 0, let first = res else { throw BenchError("cannot resolve \(host): \(String(cString: gai_strerror(gai)))") }
        defer { freeaddrinfo(res) }
        var lastError: Int32 = 0
        var ai: UnsafeMutablePointer<addrinfo>? = first
        while let a = ai {
            let fd = socket(a.pointee.ai_family, streamType, 0)
            if fd >= 0 {
                if Glibc.connect(fd, a.pointee.ai_addr, a.pointee.ai_addrlen) == 0 {
                    var one: Int32 = 1
                    setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
                    return fd
                }
                lastError = errno
                Glibc.close(fd)
            }
            ai = a.pointee.ai_next
        }
        throw BenchError("connect \(hostPort): \(String(cString: strerror(lastError)))")
    }

    static func opensslErrors() -> String {
        var parts: [String] = []
        while true {
            let e = ERR_get_error()
            if e == 0 { break }
            var buf = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(e, &buf, buf.count)
            let bytes = buf.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }
            parts.append(String(decoding: bytes, as: UTF8.self))
        }
        return parts.joined(separator: "; ")
    }
}
