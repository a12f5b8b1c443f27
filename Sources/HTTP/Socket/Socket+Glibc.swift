// Every libc call the HTTP module makes, as thin wrappers (swift-system's Syscalls.swift shape):
// EINTR is retried here, errno is captured here, and nowhere else touches Glibc.

#if canImport(Glibc)
import Glibc
#endif

extension Socket {
    /// Ignores SIGPIPE for the process, once; sends also pass MSG_NOSIGNAL.
    static let ignoreSIGPIPE: Void = {
        _ = signal(SIGPIPE, SIG_IGN)
    }()

    private static let streamType = Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue)

    // MARK: Listening

    /// Binds and listens on a TCP address. `host` is a numeric IPv4/IPv6 address or a name;
    /// the empty string means every IPv4 address. Returns the socket and the bound port.
    static func makeTCPListener(host: String, port: UInt16, backlog: Int32) throws(SocketError)
        -> (Socket, UInt16)
    {
        _ = ignoreSIGPIPE
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let node: String? = host.isEmpty ? nil : host
        let rc = getaddrinfo(node, String(port), &hints, &list)
        guard rc == 0, let first = list else {
            throw SocketError(call: "getaddrinfo", errno: rc == EAI_SYSTEM ? errno : EADDRNOTAVAIL)
        }
        defer { freeaddrinfo(list) }
        var lastError = SocketError(call: "bind", errno: EADDRNOTAVAIL)
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let ai = cursor {
            cursor = ai.pointee.ai_next
            let fd = socket(ai.pointee.ai_family, streamType, 0)
            if fd < 0 {
                lastError = SocketError(call: "socket", errno: errno)
                continue
            }
            var one: Int32 = 1
            _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
            if bind(fd, ai.pointee.ai_addr, ai.pointee.ai_addrlen) != 0 {
                lastError = SocketError(call: "bind", errno: errno)
                _ = Glibc.close(fd)
                continue
            }
            if Glibc.listen(fd, backlog) != 0 {
                lastError = SocketError(call: "listen", errno: errno)
                _ = Glibc.close(fd)
                continue
            }
            let socket = Socket(fd: fd)
            do {
                try socket.setNonBlocking()
            } catch {
                _ = Glibc.close(fd)
                throw error
            }
            return (socket, socket.localPort())
        }
        throw lastError
    }

    /// Binds and listens on a Unix socket at `path`, with permissions `mode`. Creates missing
    /// parent directories and removes a stale socket (one nobody accepts on); refuses to
    /// replace a live socket or a non-socket file.
    static func makeUnixListener(path: String, mode: UInt32, backlog: Int32) throws(SocketError) -> Socket {
        _ = ignoreSIGPIPE
        var (address, length) = try makeUnixAddress(path)
        try makeParentDirectories(of: path)
        var st = stat()
        if lstat(path, &st) == 0 {
            guard st.st_mode & S_IFMT == S_IFSOCK else { throw SocketError(call: "bind (not a socket)", errno: EEXIST) }
            if isAcceptingConnections(path) { throw SocketError(call: "bind (socket in use)", errno: EADDRINUSE) }
            _ = unlink(path)
        }
        let fd = socket(AF_UNIX, streamType, 0)
        guard fd >= 0 else { throw SocketError(call: "socket", errno: errno) }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard rc == 0 else {
            let e = errno
            _ = Glibc.close(fd)
            throw SocketError(call: "bind", errno: e)
        }
        // Nobody can connect before listen(), so setting the mode here has no race.
        guard chmod(path, mode_t(mode)) == 0 else {
            let e = errno
            _ = Glibc.close(fd)
            _ = unlink(path)
            throw SocketError(call: "chmod", errno: e)
        }
        guard Glibc.listen(fd, backlog) == 0 else {
            let e = errno
            _ = Glibc.close(fd)
            _ = unlink(path)
            throw SocketError(call: "listen", errno: e)
        }
        let socket = Socket(fd: fd)
        do {
            try socket.setNonBlocking()
        } catch {
            _ = Glibc.close(fd)
            _ = unlink(path)
            throw error
        }
        return socket
    }

    /// Makes `alias` a symlink to `target`, replacing an existing symlink or socket there.
    static func makeSymlink(at alias: String, to target: String) throws(SocketError) {
        try makeParentDirectories(of: alias)
        var st = stat()
        if lstat(alias, &st) == 0 {
            let type = st.st_mode & S_IFMT
            guard type == S_IFLNK || type == S_IFSOCK else {
                throw SocketError(call: "symlink (path exists)", errno: EEXIST)
            }
            _ = unlink(alias)
        }
        guard symlink(target, alias) == 0 else { throw SocketError(call: "symlink", errno: errno) }
    }

    /// Removes a file, ignoring errors.
    static func removeFile(_ path: String) {
        _ = unlink(path)
    }

    /// Whether `path` is a symlink pointing at `target`.
    static func isSymlink(_ path: String, to target: String) -> Bool {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n >= 0 else { return false }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) == target
    }

    /// `mkdir -p` of the directory holding `path` (mode 0755).
    static func makeParentDirectories(of path: String) throws(SocketError) {
        var components = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        var current = path.hasPrefix("/") ? "" : "."
        while !components.isEmpty {
            current += "/" + components.removeFirst()
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                throw SocketError(call: "mkdir \(current)", errno: errno)
            }
        }
    }

    private static func makeUnixAddress(_ path: String) throws(SocketError) -> (sockaddr_un, socklen_t) {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty, bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            throw SocketError(call: "bind (path too long)", errno: ENAMETOOLONG)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        return (address, socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + 1))
    }

    /// Whether something accepts connections on the Unix socket at `path`.
    private static func isAcceptingConnections(_ path: String) -> Bool {
        guard let (unixAddress, length) = try? makeUnixAddress(path) else { return false }
        var address = unixAddress
        let fd = socket(AF_UNIX, streamType, 0)
        guard fd >= 0 else { return false }
        defer { _ = Glibc.close(fd) }
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, length) }
        }
        return rc == 0
    }

    // MARK: Descriptor operations

    /// Sets O_NONBLOCK and FD_CLOEXEC (accept4 does not import, so accepted sockets need it).
    func setNonBlocking() throws(SocketError) {
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0, fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 else {
            throw SocketError(call: "fcntl(O_NONBLOCK)", errno: errno)
        }
        guard fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 else {
            throw SocketError(call: "fcntl(FD_CLOEXEC)", errno: errno)
        }
    }

    /// Disables Nagle's algorithm and enables keep-alive probes on a TCP socket.
    func setTCPOptions() {
        var one: Int32 = 1
        _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        _ = setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    /// The local port (TCP), from getsockname.
    func localPort() -> UInt16 {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let rc = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard rc == 0 else { return 0 }
        return Self.describe(storage, transport: .tcp, unixPath: "").port
    }

    /// Accepts one pending connection; the new socket is non-blocking and close-on-exec.
    func accept(transport: PeerInfo.Transport, unixPath: String) -> AcceptResult {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let client = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.accept(fd, $0, &length) }
        }
        if client < 0 {
            let e = errno
            switch e {
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            case EINTR, ECONNABORTED, EPROTO, EPERM: return .retry
            case EMFILE, ENFILE, ENOBUFS, ENOMEM: return .exhausted(errno: e)
            default: return .failed(errno: e)
            }
        }
        let socket = Socket(fd: client)
        do {
            try socket.setNonBlocking()
        } catch {
            socket.close()
            return .retry
        }
        if transport != .unix { socket.setTCPOptions() }
        return .accepted(socket, Self.describe(storage, transport: transport, unixPath: unixPath))
    }

    private static func describe(_ storage: sockaddr_storage, transport: PeerInfo.Transport, unixPath: String)
        -> PeerInfo
    {
        var storage = storage
        switch Int32(storage.ss_family) {
        case AF_INET:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { sin in
                    var addr = sin.pointee.sin_addr
                    var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
                    _ = inet_ntop(AF_INET, &addr, &text, socklen_t(text.count))
                    return PeerInfo(
                        transport: transport, address: cString(text), port: UInt16(bigEndian: sin.pointee.sin_port))
                }
            }
        case AF_INET6:
            return withUnsafePointer(to: &storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { sin6 in
                    var addr = sin6.pointee.sin6_addr
                    var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
                    _ = inet_ntop(AF_INET6, &addr, &text, socklen_t(text.count))
                    var address = cString(text)
                    // xapi shows 127.0.0.1 rather than ::ffff:127.0.0.1 (http_svr.ml: clean_addr_of_string).
                    if address.hasPrefix("::ffff:"), address.contains(".") { address.removeFirst(7) }
                    return PeerInfo(transport: transport, address: address, port: UInt16(bigEndian: sin6.pointee.sin6_port))
                }
            }
        default:
            return PeerInfo(transport: transport, address: unixPath, port: 0)
        }
    }

    private static func cString(_ chars: [CChar]) -> String {
        let bytes = chars.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads what is available without blocking.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> IOResult {
        while true {
            let n = recv(fd, buffer.baseAddress, buffer.count, 0)
            if n > 0 { return .transferred(n) }
            if n == 0 { return .endOfFile }
            let e = errno
            if e == EINTR { continue }
            if e == EAGAIN || e == EWOULDBLOCK { return .wouldBlock }
            return .failed(errno: e)
        }
    }

    /// Writes what the socket takes without blocking; never raises SIGPIPE.
    func write(_ buffer: UnsafeRawBufferPointer) -> IOResult {
        while true {
            let n = send(fd, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
            if n >= 0 { return .transferred(n) }
            let e = errno
            if e == EINTR { continue }
            if e == EAGAIN || e == EWOULDBLOCK { return .wouldBlock }
            return .failed(errno: e)
        }
    }

    /// Writes two buffers in one call (a response head and its body), as far as the socket takes
    /// them without blocking; never raises SIGPIPE. The corresponding C function is `sendmsg`.
    func write(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> IOResult {
        var vectors = (
            iovec(iov_base: UnsafeMutableRawPointer(mutating: first.baseAddress), iov_len: first.count),
            iovec(iov_base: UnsafeMutableRawPointer(mutating: second.baseAddress), iov_len: second.count))
        return withUnsafeMutableBytes(of: &vectors) { raw in
            var message = msghdr()
            message.msg_iov = raw.baseAddress!.assumingMemoryBound(to: iovec.self)
            message.msg_iovlen = 2
            while true {
                let n = sendmsg(fd, &message, Int32(MSG_NOSIGNAL))
                if n >= 0 { return .transferred(n) }
                let e = errno
                if e == EINTR { continue }
                if e == EAGAIN || e == EWOULDBLOCK { return .wouldBlock }
                return .failed(errno: e)
            }
        }
    }

    /// Sends up to `count` zero bytes without copying them from user memory (sendfile from
    /// an empty file, whose pages the kernel passes by reference); nil where that is
    /// unavailable.
    func sendZeros(_ count: Int) -> IOResult? {
        guard Self.zeroFile >= 0 else { return nil }
        while true {
            var offset = off_t(0)
            let n = sendfile(fd, Self.zeroFile, &offset, min(count, Self.zeroFileSize))
            if n >= 0 { return n == 0 ? .endOfFile : .transferred(n) }
            let e = errno
            if e == EINTR { continue }
            if e == EAGAIN || e == EWOULDBLOCK { return .wouldBlock }
            if e == EINVAL || e == ENOSYS { return nil }
            return .failed(errno: e)
        }
    }

    /// Whether `sendZeros` works here.
    static var canSendZeros: Bool { zeroFile >= 0 }

    private static let zeroFileSize = 2 << 20
    /// An unnamed file in /dev/shm of `zeroFileSize` bytes, all a hole; -1 if it cannot be made.
    private static let zeroFile: Int32 = {
        let tmpfile: Int32 = 0o20000000 | O_DIRECTORY  // O_TMPFILE, not exported to Swift
        let fd = open("/dev/shm", tmpfile | O_RDWR | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return -1 }
        guard ftruncate(fd, off_t(zeroFileSize)) == 0 else {
            _ = Glibc.close(fd)
            return -1
        }
        return fd
    }()

    /// Half-closes the sending side (the peer reads end-of-file).
    func shutdownOutput() {
        _ = shutdown(fd, Int32(SHUT_WR))
    }

    /// Shuts both directions down: a thread blocked waiting on the socket wakes, and reads
    /// end-of-file, while the descriptor stays valid until it is closed.
    func shutdownBoth() {
        _ = shutdown(fd, Int32(SHUT_RDWR))
    }

    /// Blocks until the socket is readable (or writable), has failed or hung up, or until
    /// `timeoutMilliseconds` pass (false). The corresponding C function is `poll`.
    func waitUntilReady(forWriting: Bool, timeoutMilliseconds: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(forWriting ? POLLOUT : POLLIN), revents: 0)
        while true {
            let n = poll(&entry, 1, timeoutMilliseconds)
            if n > 0 { return true }
            if n == 0 { return false }
            if errno != EINTR { return true }  // the next read or write reports the error
        }
    }

    /// Closes the descriptor.
    func close() {
        _ = Glibc.close(fd)
    }

    /// `strerror` text for an errno.
    static func errorText(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text)
    }
}

// MARK: Files (certificate and key PEMs)

enum FileSystem {
    /// Whether something exists at `path` (following symlinks).
    static func exists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }

    /// Creates `path` with `mode` (it must not exist) and writes `bytes`; on failure nothing is
    /// left behind.
    static func createFile(_ path: String, contents bytes: [UInt8], mode: UInt32) throws(SocketError) {
        try Socket.makeParentDirectories(of: path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode_t(mode))
        guard fd >= 0 else { throw SocketError(call: "open \(path)", errno: errno) }
        // The mode given to open() is filtered by the umask; set it exactly.
        _ = fchmod(fd, mode_t(mode))
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let e = errno
                _ = Glibc.close(fd)
                _ = unlink(path)
                throw SocketError(call: "write \(path)", errno: e)
            }
            written += n
        }
        if fsync(fd) != 0 || Glibc.close(fd) != 0 {
            let e = errno
            _ = unlink(path)
            throw SocketError(call: "close \(path)", errno: e)
        }
    }

    /// Renames `from` to `to` atomically.
    static func rename(_ from: String, to: String) throws(SocketError) {
        guard Glibc.rename(from, to) == 0 else { throw SocketError(call: "rename \(to)", errno: errno) }
    }
}

extension FileSystem {
    /// Removes a file, ignoring errors.
    static func remove(_ path: String) {
        _ = unlink(path)
    }
}

// MARK: Threads

enum ThreadName {
    /// Names the calling thread (15 bytes at most), as `ps -L` and debuggers show it. Foundation's
    /// `Thread.name` does not reach the kernel on Linux, and `pthread_setname_np` does not
    /// import, so this writes `/proc/thread-self/comm`; best effort.
    static func setCurrent(_ name: String) {
        let fd = open("/proc/thread-self/comm", O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        let bytes = Array(name.utf8.prefix(15))
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        _ = Glibc.close(fd)
    }
}
