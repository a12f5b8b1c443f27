// The libxenstore seam: xs_read/xs_write/xs_mkdir/xs_rm/xs_directory, transactions whose end
// reports a conflict (EAGAIN) for the caller to retry, and watches read from a per-handle queue
// (xs_watch + xs_read_watch/xs_check_watch), node permissions, and the domain introduction calls
// that make xenstored fire @introduceDomain/@releaseDomain. Implemented by LibXenStore and
// SimulatedXenStore. Values are text; paths are absolute or relative to the handle's domain
// (/local/domain/<domid>).

/// A transaction id (`xs_transaction_t`); `.none` is XBT_NULL, outside any transaction.
public struct XenStoreTransaction: Sendable, Hashable {
    public let id: UInt32
    public init(id: UInt32) { self.id = id }
    public static let none = XenStoreTransaction(id: 0)
}

/// One fired watch: the path that changed (or the watched path, on registration and on removal
/// of an ancestor) and the token given to `watch`.
public struct XenStoreWatchEvent: Sendable, Hashable {
    public let path: String
    public let token: String
    public init(path: String, token: String) {
        self.path = path
        self.token = token
    }
}

public protocol XenStore: Sendable {
    /// Wraps `xs_read`; throws ENOENT for a missing node.
    func read(_ path: String, transaction: XenStoreTransaction) throws -> String
    /// Wraps `xs_write`; missing parents are created.
    func write(_ path: String, value: String, transaction: XenStoreTransaction) throws
    /// Wraps `xs_mkdir`; succeeds when the node exists.
    func mkdir(_ path: String, transaction: XenStoreTransaction) throws
    /// Wraps `xs_rm`: removes the node and its subtree.
    func rm(_ path: String, transaction: XenStoreTransaction) throws
    /// Wraps `xs_directory`: the children's names (not paths).
    func directory(_ path: String, transaction: XenStoreTransaction) throws -> [String]
    /// Wraps `xs_transaction_start`.
    func transactionStart() throws -> XenStoreTransaction
    /// Wraps `xs_transaction_end`. Returns false when the store changed under the transaction
    /// (EAGAIN): nothing was applied and the caller should run it again.
    func transactionEnd(_ transaction: XenStoreTransaction, abort: Bool) throws -> Bool
    /// Wraps `xs_watch`. An event for `path` is queued at once, then one per change at or below it.
    func watch(_ path: String, token: String) throws
    /// Wraps `xs_unwatch`; queued events of that watch are dropped.
    func unwatch(_ path: String, token: String) throws
    /// The next queued watch event. `timeout` nil blocks (`xs_read_watch`), zero polls
    /// (`xs_check_watch`); returns nil when nothing arrived in time.
    func readWatch(timeout: Duration?) throws -> XenStoreWatchEvent?
    /// Wraps `xs_get_domain_path`: `/local/domain/<domid>`.
    func getDomainPath(_ domid: UInt32) throws -> String
    /// Wraps `xs_get_permissions`.
    func getPermissions(_ path: String, transaction: XenStoreTransaction) throws -> XenStorePermissions
    /// Wraps `xs_set_permissions`. Children created later inherit them, so set them on a directory
    /// before writing below it.
    func setPermissions(_ path: String, _ permissions: XenStorePermissions, transaction: XenStoreTransaction) throws
    /// Wraps `xs_introduce_domain`: xenstored starts serving the domain's ring (the page `mfn`,
    /// the event channel `port`), fires `@introduceDomain`, and from then on fires
    /// `@releaseDomain` when the domain shuts down or is destroyed.
    func introduceDomain(_ domid: UInt32, mfn: UInt64, port: UInt32) throws
    /// Wraps `xs_release_domain`: xenstored forgets the domain and fires `@releaseDomain`.
    func releaseDomain(_ domid: UInt32) throws
    /// Wraps `xs_resume_domain`: after a cancelled suspend, xenstored resumes the domain's ring.
    func resumeDomain(_ domid: UInt32) throws
    /// Wraps `xs_is_domain_introduced`.
    func isDomainIntroduced(_ domid: UInt32) throws -> Bool
}

extension XenStore {
    public func read(_ path: String) throws -> String { try read(path, transaction: .none) }
    public func write(_ path: String, value: String) throws { try write(path, value: value, transaction: .none) }
    public func mkdir(_ path: String) throws { try mkdir(path, transaction: .none) }
    public func rm(_ path: String) throws { try rm(path, transaction: .none) }
    public func directory(_ path: String) throws -> [String] { try directory(path, transaction: .none) }
    public func getPermissions(_ path: String) throws -> XenStorePermissions {
        try getPermissions(path, transaction: .none)
    }
    public func setPermissions(_ path: String, _ permissions: XenStorePermissions) throws {
        try setPermissions(path, permissions, transaction: .none)
    }

    /// xenopsd's `mkdirperms`: creates the node (if missing) and sets its permissions.
    public func mkdir(_ path: String, permissions: XenStorePermissions, transaction: XenStoreTransaction = .none) throws {
        try mkdir(path, transaction: transaction)
        try setPermissions(path, permissions, transaction: transaction)
    }

    /// xenopsd's `writev`: each `(key, value)` written under `base`.
    public func write(_ base: String, _ entries: [(String, String)], transaction: XenStoreTransaction = .none) throws {
        for (k, v) in entries { try write(base + "/" + k, value: v, transaction: transaction) }
    }

    /// The children, or an empty list when the node does not exist.
    public func directoryIfPresent(_ path: String, transaction: XenStoreTransaction = .none) throws -> [String] {
        do {
            return try directory(path, transaction: transaction)
        } catch let error as XenError where error.isNoEntry {
            return []
        }
    }

    /// Removes the subtree, ignoring a missing node or parent (xenopsd's `safe_rm`).
    public func removeIfPresent(_ path: String, transaction: XenStoreTransaction = .none) throws {
        do {
            try rm(path, transaction: transaction)
        } catch let error as XenError where error.isNoEntry {
            return
        }
    }

    /// The value, or nil when the node does not exist.
    public func readIfPresent(_ path: String, transaction: XenStoreTransaction = .none) throws -> String? {
        do {
            return try read(path, transaction: transaction)
        } catch let error as XenError where error.isNoEntry {
            return nil
        }
    }

    /// Runs `body` in a transaction, aborting it if `body` throws and running it again from the
    /// start while the commit reports a conflict (xenopsd's `Xs.transaction`).
    public func withTransaction<T>(_ body: (XenStoreTransaction) throws -> T) throws -> T {
        while true {
            let t = try transactionStart()
            let result: T
            do {
                result = try body(t)
            } catch {
                do {
                    _ = try transactionEnd(t, abort: true)
                } catch {
                    // The body's error is the one to report; the abort only releases the id.
                }
                throw error
            }
            if try transactionEnd(t, abort: false) { return result }
        }
    }
}
