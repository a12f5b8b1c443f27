// An in-memory xenstored: the tree, the transactions and the watch registry shared by every
// connection (SimulatedXenStore) opened on it. Transactions work on a snapshot and commit only
// if no node they read or changed has changed since (else EAGAIN); watches fire for the node,
// its ancestors' watchers, and on removal the watchers below it (xenstored_core.c fire_watches).
import Glibc
import Synchronization

public final class SimulatedXenstored: Sendable {
    struct Watch {
        /// Absolute, or a special `@` name.
        let path: String
        /// The path as the client gave it (events for relative watches are reported relative).
        let given: String
        let token: String
        let connection: Int
        let domainPrefix: String
        let queue: WatchQueue
    }

    struct PendingTransaction {
        let connection: Int
        var tree: XenStoreTree
        /// Generation each touched node had when the transaction first touched it (nil: absent).
        var seen: [String: UInt64?] = [:]
        var log: [Operation] = []
    }

    enum Operation {
        case write(String, String)
        case mkdir(String)
        case rm(String)
    }

    struct State {
        var tree = XenStoreTree()
        var transactions: [UInt32: PendingTransaction] = [:]
        var nextTransaction: UInt32 = 1
        var nextConnection = 1
        var watches: [Watch] = []
        var conflictsToInject = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// A new connection, as `xs_open` makes one; `domid` fixes where relative paths resolve.
    public func connect(domid: UInt32 = 0) -> SimulatedXenStore {
        let id = state.withLock { s in
            defer { s.nextConnection += 1 }
            return s.nextConnection
        }
        return SimulatedXenStore(daemon: self, connection: id, domid: domid)
    }

    /// Makes the next `count` transaction commits fail with EAGAIN (fault injection).
    public func injectTransactionConflicts(_ count: Int) {
        state.withLock { $0.conflictsToInject += count }
    }

    /// Fires the watches on a special path (`@introduceDomain`, `@releaseDomain`).
    public func fireSpecial(_ path: String) {
        state.withLock { s in
            for w in s.watches where w.path == path { w.queue.push(XenStoreWatchEvent(path: path, token: w.token)) }
        }
    }

    /// Everything at or below `path`, as path → value (for tests and debugging).
    public func dump(_ path: String = "/") -> [String: String] {
        state.withLock { s in
            var out: [String: String] = [:]
            for p in s.tree.subtree(path) { out[p] = s.tree.node(p)?.value }
            return out
        }
    }

    // MARK: Requests from connections

    func read(_ path: String, transaction: XenStoreTransaction, connection: Int) throws -> String {
        try state.withLock { s in
            try s.access(transaction, connection: connection, call: "xs_read") { tree, touch in
                touch([path])
                guard let node = tree.node(path) else { throw XenError(call: "xs_read", errno: ENOENT, detail: path) }
                return node.value
            }
        }
    }

    func directory(_ path: String, transaction: XenStoreTransaction, connection: Int) throws -> [String] {
        try state.withLock { s in
            try s.access(transaction, connection: connection, call: "xs_directory") { tree, touch in
                touch([path])
                guard let node = tree.node(path) else {
                    throw XenError(call: "xs_directory", errno: ENOENT, detail: path)
                }
                return node.children
            }
        }
    }

    func modify(_ op: Operation, transaction: XenStoreTransaction, connection: Int) throws {
        try state.withLock { s in
            if transaction == .none {
                try s.apply(op)
                return
            }
            guard var t = s.transactions[transaction.id], t.connection == connection else {
                throw XenError(call: op.call, errno: ENOENT, detail: "transaction \(transaction.id)")
            }
            t.touch(op.touchedPaths(in: t.tree))
            try t.tree.perform(op)
            t.log.append(op)
            s.transactions[transaction.id] = t
        }
    }

    func transactionStart(connection: Int) -> XenStoreTransaction {
        state.withLock { s in
            let id = s.nextTransaction
            s.nextTransaction = s.nextTransaction == UInt32.max ? 1 : s.nextTransaction + 1
            s.transactions[id] = PendingTransaction(connection: connection, tree: s.tree)
            return XenStoreTransaction(id: id)
        }
    }

    func transactionEnd(_ transaction: XenStoreTransaction, abort: Bool, connection: Int) throws -> Bool {
        try state.withLock { s in
            guard let t = s.transactions[transaction.id], t.connection == connection else {
                throw XenError(call: "xs_transaction_end", errno: ENOENT, detail: "transaction \(transaction.id)")
            }
            s.transactions[transaction.id] = nil
            if abort { return true }
            if s.conflictsToInject > 0 {
                s.conflictsToInject -= 1
                return false
            }
            for (path, generation) in t.seen where s.tree.generation(path) != generation { return false }
            for op in t.log { try s.apply(op) }
            return true
        }
    }

    func watch(_ watch: Watch) throws {
        state.withLock { s in
            s.watches.append(watch)
            // libxenstore expects the initial event (xs_watch(3), notes/swift-on-linux.md §3).
            watch.queue.push(XenStoreWatchEvent(path: watch.given, token: watch.token))
        }
    }

    func unwatch(path: String, token: String, connection: Int) throws {
        try state.withLock { s in
            let i = s.watches.firstIndex { $0.path == path && $0.token == token && $0.connection == connection }
            guard let i else { throw XenError(call: "xs_unwatch", errno: ENOENT, detail: path) }
            s.watches.remove(at: i)
        }
    }

    func disconnect(_ connection: Int) {
        state.withLock { s in
            s.watches.removeAll { $0.connection == connection }
            s.transactions = s.transactions.filter { $0.value.connection != connection }
        }
    }
}

extension SimulatedXenstored.Operation {
    var call: String {
        switch self {
        case .write: "xs_write"
        case .mkdir: "xs_mkdir"
        case .rm: "xs_rm"
        }
    }

    var path: String {
        switch self {
        case .write(let p, _), .mkdir(let p), .rm(let p): p
        }
    }

    func touchedPaths(in tree: XenStoreTree) -> [String] {
        switch self {
        case .write(let p, _), .mkdir(let p): tree.pathsTouchedByCreate(p)
        case .rm(let p): tree.pathsTouchedByRemove(p)
        }
    }
}

extension XenStoreTree {
    mutating func perform(_ op: SimulatedXenstored.Operation) throws {
        switch op {
        case .write(let p, let v): write(p, value: v)
        case .mkdir(let p): mkdir(p)
        case .rm(let p): try rm(p)
        }
    }
}

extension SimulatedXenstored.PendingTransaction {
    /// Remembers the generation of each path the first time the transaction touches it.
    mutating func touch(_ paths: [String]) {
        for p in paths where seen[p] == nil { seen[p] = .some(tree.generation(p)) }
    }
}

extension SimulatedXenstored.State {
    /// Runs a read against the live tree or a transaction's snapshot, recording what it touched.
    mutating func access<T>(_ transaction: XenStoreTransaction, connection: Int, call: String,
                            _ body: (XenStoreTree, ([String]) -> Void) throws -> T) throws -> T {
        if transaction == .none { return try body(tree) { _ in } }
        guard var t = transactions[transaction.id], t.connection == connection else {
            throw XenError(call: call, errno: ENOENT, detail: "transaction \(transaction.id)")
        }
        var touched: [String] = []
        let result = try body(t.tree) { touched.append(contentsOf: $0) }
        t.touch(touched)
        transactions[transaction.id] = t
        return result
    }

    /// Applies a change to the live tree and queues the watch events it causes.
    mutating func apply(_ op: SimulatedXenstored.Operation) throws {
        try tree.perform(op)
        let changed = op.path
        var isRemoval = false
        if case .rm = op { isRemoval = true }
        for w in watches where !XenStorePath.isSpecial(w.path) {
            let eventPath: String
            if XenStorePath.isWithin(changed, w.path) {
                eventPath = changed
            } else if isRemoval && XenStorePath.isWithin(w.path, changed) {
                eventPath = w.path
            } else {
                continue
            }
            let reported = w.given.hasPrefix("/") || !eventPath.hasPrefix(w.domainPrefix)
                ? eventPath : String(eventPath.dropFirst(w.domainPrefix.count))
            w.queue.push(XenStoreWatchEvent(path: reported, token: w.token))
        }
    }
}
