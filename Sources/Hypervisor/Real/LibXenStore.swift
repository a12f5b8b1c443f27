// The XenStore seam over libxenstore (xs_open(0): the xenstored socket, or $XENSTORED_PATH).
// With LibXenCtrl, the only file that imports a Xen C library. Buffers libxenstore returns are
// malloc'd and freed here; xs_directory's array and strings are one block.
import CXenStore
import Glibc

public final class LibXenStore: XenStore, @unchecked Sendable {
    // Invariant: `xsh` is valid from init to deinit; libxenstore (built with USE_PTHREAD)
    // serialises requests on one handle internally.
    private let xsh: OpaquePointer

    /// Wraps `xs_open(0)`. Fails with ENOENT when no xenstored is reachable.
    public init() throws {
        errno = 0
        guard let h = xs_open(0) else {
            throw XenError(call: "xs_open", errno: errno == 0 ? ENOENT : errno)
        }
        xsh = h
    }

    deinit { xs_close(xsh) }

    private func failure(_ call: String, _ detail: String) -> XenError {
        XenError(call: call, errno: errno == 0 ? EIO : errno, detail: detail)
    }

    public func read(_ path: String, transaction: XenStoreTransaction) throws -> String {
        var length: UInt32 = 0
        errno = 0
        guard let p = xs_read(xsh, transaction.id, path, &length) else { throw failure("xs_read", path) }
        defer { free(p) }
        return String(decoding: UnsafeRawBufferPointer(start: p, count: Int(length)), as: UTF8.self)
    }

    public func write(_ path: String, value: String, transaction: XenStoreTransaction) throws {
        let bytes = Array(value.utf8)
        errno = 0
        let ok = bytes.withUnsafeBytes { xs_write(xsh, transaction.id, path, $0.baseAddress, UInt32($0.count)) }
        guard ok else { throw failure("xs_write", path) }
    }

    public func mkdir(_ path: String, transaction: XenStoreTransaction) throws {
        errno = 0
        guard xs_mkdir(xsh, transaction.id, path) else { throw failure("xs_mkdir", path) }
    }

    public func rm(_ path: String, transaction: XenStoreTransaction) throws {
        errno = 0
        guard xs_rm(xsh, transaction.id, path) else { throw failure("xs_rm", path) }
    }

    public func directory(_ path: String, transaction: XenStoreTransaction) throws -> [String] {
        var count: UInt32 = 0
        errno = 0
        guard let list = xs_directory(xsh, transaction.id, path, &count) else { throw failure("xs_directory", path) }
        defer { free(list) }
        return (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
    }

    public func transactionStart() throws -> XenStoreTransaction {
        errno = 0
        let t = xs_transaction_start(xsh)
        guard t != XBT_NULL else { throw failure("xs_transaction_start", "") }
        return XenStoreTransaction(id: t)
    }

    public func transactionEnd(_ transaction: XenStoreTransaction, abort: Bool) throws -> Bool {
        errno = 0
        if xs_transaction_end(xsh, transaction.id, abort) { return true }
        if errno == EAGAIN { return false }
        throw failure("xs_transaction_end", "transaction \(transaction.id)")
    }

    public func watch(_ path: String, token: String) throws {
        errno = 0
        guard xs_watch(xsh, path, token) else { throw failure("xs_watch", path) }
    }

    public func unwatch(_ path: String, token: String) throws {
        errno = 0
        guard xs_unwatch(xsh, path, token) else { throw failure("xs_unwatch", path) }
    }

    /// Blocking: `xs_read_watch`. Timed: `poll` on `xs_fileno`, then `xs_check_watch`.
    public func readWatch(timeout: Duration?) throws -> XenStoreWatchEvent? {
        guard let timeout else {
            var count: UInt32 = 0
            errno = 0
            guard let v = xs_read_watch(xsh, &count) else { throw failure("xs_read_watch", "") }
            return Self.event(v)
        }
        if let event = try checkWatch() { return event }
        let (seconds, attoseconds) = timeout.components
        let millis = Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
        guard millis > 0 else { return nil }
        var pfd = pollfd(fd: xs_fileno(xsh), events: Int16(POLLIN), revents: 0)
        let ready = poll(&pfd, 1, millis)
        if ready < 0 && errno != EINTR { throw failure("poll", "xs_fileno") }
        return try checkWatch()
    }

    /// Wraps `xs_check_watch`: nil (errno EAGAIN) when no event is queued.
    private func checkWatch() throws -> XenStoreWatchEvent? {
        errno = 0
        guard let v = xs_check_watch(xsh) else {
            if errno == EAGAIN || errno == 0 { return nil }
            throw failure("xs_check_watch", "")
        }
        return Self.event(v)
    }

    private static func event(_ v: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> XenStoreWatchEvent {
        defer { free(v) }
        let path = v[Int(XS_WATCH_PATH.rawValue)].map { String(cString: $0) } ?? ""
        let token = v[Int(XS_WATCH_TOKEN.rawValue)].map { String(cString: $0) } ?? ""
        return XenStoreWatchEvent(path: path, token: token)
    }

    public func getDomainPath(_ domid: UInt32) throws -> String {
        errno = 0
        guard let p = xs_get_domain_path(xsh, domid) else { throw failure("xs_get_domain_path", "\(domid)") }
        defer { free(p) }
        return String(cString: p)
    }

    public func getPermissions(_ path: String, transaction: XenStoreTransaction) throws -> XenStorePermissions {
        var count: UInt32 = 0
        errno = 0
        guard let list = xs_get_permissions(xsh, transaction.id, path, &count), count > 0 else {
            throw failure("xs_get_permissions", path)
        }
        defer { free(list) }
        func access(_ bits: UInt32) -> XenStorePermissions.Access {
            XenStorePermissions.Access(rawValue: bits & 3) ?? .none
        }
        return XenStorePermissions(
            owner: list[0].id, others: access(list[0].perms),
            acl: (1..<Int(count)).map { .init(domid: list[$0].id, access: access(list[$0].perms)) })
    }

    public func setPermissions(_ path: String, _ permissions: XenStorePermissions,
                               transaction: XenStoreTransaction) throws {
        var list = [xs_permissions(id: permissions.owner, perms: permissions.others.rawValue)]
        list += permissions.acl.map { xs_permissions(id: $0.domid, perms: $0.access.rawValue) }
        errno = 0
        let ok = list.withUnsafeMutableBufferPointer {
            xs_set_permissions(xsh, transaction.id, path, $0.baseAddress, UInt32($0.count))
        }
        guard ok else { throw failure("xs_set_permissions", path) }
    }

    public func introduceDomain(_ domid: UInt32, mfn: UInt64, port: UInt32) throws {
        errno = 0
        guard xs_introduce_domain(xsh, domid, UInt(mfn), port) else {
            throw failure("xs_introduce_domain", "\(domid)")
        }
    }

    public func releaseDomain(_ domid: UInt32) throws {
        errno = 0
        guard xs_release_domain(xsh, domid) else { throw failure("xs_release_domain", "\(domid)") }
    }

    public func resumeDomain(_ domid: UInt32) throws {
        errno = 0
        guard xs_resume_domain(xsh, domid) else { throw failure("xs_resume_domain", "\(domid)") }
    }

    /// Wraps `xs_is_domain_introduced`, which answers false both for "no" and for a failed
    /// request; errno tells them apart.
    public func isDomainIntroduced(_ domid: UInt32) throws -> Bool {
        errno = 0
        if xs_is_domain_introduced(xsh, domid) { return true }
        if errno != 0 && errno != ENOENT { throw failure("xs_is_domain_introduced", "\(domid)") }
        return false
    }
}
