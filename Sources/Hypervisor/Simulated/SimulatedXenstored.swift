// An in-memory xenstored: the tree, the transactions, the watch registry and the set of introduced
// domains shared by every connection (SimulatedXenStore) opened on it. Transactions work on a
// snapshot and commit only if no node they read or changed has changed since (else EAGAIN);
// watches fire for the node, its ancestors' watchers, and on removal the watchers below it
// (xenstored_core.c fire_watches). Connections of domains other than dom0 are unprivileged: every
// request is checked against the node's permissions (EACCES), and their watches fire only for
// nodes they may read. Introduced domains get @releaseDomain when they shut down or vanish,
// which the simulated hypervisor reports here as Xen's VIRQ_DOM_EXC does.
import Glibc
import Synchronization

public final class SimulatedXenstored: Sendable {
    /// Who sends a request: the connection and the domain it acts for.
    struct Client: Sendable, Hashable {
        let connection: Int
        let domid: UInt32
        var privileged: Bool { domid == 0 }
    }

    struct Watch {
        /// Absolute, or a special `@` name.
        let path: String
        /// The path as the client gave it (events for relative watches are reported relative).
        let given: String
        let token: String
        let client: Client
        let domainPrefix: String
        let queue: WatchQueue
    }

    struct PendingTransaction {
        let client: Client
        /// The transaction's own changes, laid over the live tree when it reads or writes.
        var changes: [String: XenStoreNode?] = [:]
        /// Generation each touched node had when the transaction first touched it (nil: absent).
        var seen: [String: UInt64?] = [:]
        var log: [Operation] = []
    }

    enum Operation {
        case write(String, String, creator: UInt32)
        case mkdir(String, creator: UInt32)
        case rm(String)
        case setPermissions(String, XenStorePermissions)
    }

    struct IntroducedDomain {
        var mfn: UInt64
        var port: UInt32
        /// @releaseDomain already fired for the domain's shutdown (xenstored's domain->shutdown).
        var shutdownReported = false
    }

    struct State {
        var tree = XenStoreTree()
        var transactions: [UInt32: PendingTransaction] = [:]
        var nextTransaction: UInt32 = 1
        var nextConnection = 1
        /// Watches by the absolute (or special) path they watch, in registration order.
        var watches: [String: [Watch]] = [:]
        var conflictsToInject = 0
        var introduced: [UInt32: IntroducedDomain] = [:]
    }

    private let state = PthreadLocked(State())

    public init() {}

    /// A new connection, as `xs_open` makes one; `domid` fixes where relative paths resolve and,
    /// when not 0, makes the connection an unprivileged guest's.
    public func connect(domid: UInt32 = 0) -> SimulatedXenStore {
        connect(domid: domid, queue: WatchQueue())
    }

    /// A connection whose watch events go to `queue`, which several connections may share (one
    /// thread serving many simulated guests).
    func connect(domid: UInt32, queue: WatchQueue) -> SimulatedXenStore {
        let id = state.withLock { s in
            defer { s.nextConnection += 1 }
            return s.nextConnection
        }
        return SimulatedXenStore(daemon: self, client: Client(connection: id, domid: domid), queue: queue)
    }

    /// Makes the next `count` transaction commits fail with EAGAIN (fault injection).
    public func injectTransactionConflicts(_ count: Int) {
        state.withLock { $0.conflictsToInject += count }
    }

    /// Fires the watches on a special path (`@introduceDomain`, `@releaseDomain`).
    public func fireSpecial(_ path: String) {
        state.withLock { $0.fireSpecial(path) }
    }

    /// Everything at or below `path`, as path → value (for tests and debugging).
    public func dump(_ path: String = "/") -> [String: String] {
        state.withLock { s in
            var out: [String: String] = [:]
            for p in s.tree.subtree(path) { out[p] = s.tree.node(p)?.value }
            return out
        }
    }

    /// Writes `dump()` to `file` as sorted `path = value` lines (replacing it whole), so that
    /// tests outside the process can check the layout: the daemon does it on SIGUSR1.
    public func writeDump(to file: String) {
        StateFile.replace(file, with: dump().sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)\n" }.joined())
    }

    /// The permissions of every node at or below `path` (for tests and debugging).
    public func dumpPermissions(_ path: String = "/") -> [String: XenStorePermissions] {
        state.withLock { s in
            var out: [String: XenStorePermissions] = [:]
            for p in s.tree.subtree(path) { out[p] = s.tree.node(p)?.permissions }
            return out
        }
    }

    /// The domains introduced and not yet released.
    public var introducedDomains: Set<UInt32> { state.withLock { Set($0.introduced.keys) } }

    // MARK: From the simulated hypervisor

    /// Xen raised VIRQ_DOM_EXC for `domid`: it shut down (`exists`) or was destroyed. As C
    /// xenstored's domain_cleanup: an introduced domain gets one @releaseDomain for its shutdown
    /// and one when it is gone, after which it is forgotten.
    func domainException(_ domid: UInt32, exists: Bool, shutdown: Bool) {
        state.withLock { s in
            guard var d = s.introduced[domid] else { return }
            if !exists {
                s.introduced[domid] = nil
                s.fireSpecial("@releaseDomain")
            } else if shutdown && !d.shutdownReported {
                d.shutdownReported = true
                s.introduced[domid] = d
                s.fireSpecial("@releaseDomain")
            } else if !shutdown && d.shutdownReported {
                d.shutdownReported = false  // resumed in place
                s.introduced[domid] = d
            }
        }
    }

    // MARK: Requests from connections

    private static func denied(_ call: String, _ path: String) -> XenError {
        XenError(call: call, errno: EACCES, detail: path)
    }

    func read(_ path: String, transaction: XenStoreTransaction, client: Client) throws -> String {
        try state.withLock { s in
            try s.access(transaction, client: client, call: "xs_read") { tree, touch in
                touch([path])
                guard let node = tree.node(path) else { throw XenError(call: "xs_read", errno: ENOENT, detail: path) }
                guard node.permissions.access(for: client.domid).canRead else { throw Self.denied("xs_read", path) }
                return node.value
            }
        }
    }

    func directory(_ path: String, transaction: XenStoreTransaction, client: Client) throws -> [String] {
        try state.withLock { s in
            try s.access(transaction, client: client, call: "xs_directory") { tree, touch in
                touch([path])
                guard let node = tree.node(path) else {
                    throw XenError(call: "xs_directory", errno: ENOENT, detail: path)
                }
                guard node.permissions.access(for: client.domid).canRead else {
                    throw Self.denied("xs_directory", path)
                }
                return node.children
            }
        }
    }

    func getPermissions(_ path: String, transaction: XenStoreTransaction, client: Client) throws -> XenStorePermissions {
        try state.withLock { s in
            try s.access(transaction, client: client, call: "xs_get_permissions") { tree, touch in
                touch([path])
                guard let node = tree.node(path) else {
                    throw XenError(call: "xs_get_permissions", errno: ENOENT, detail: path)
                }
                guard node.permissions.access(for: client.domid).canRead else {
                    throw Self.denied("xs_get_permissions", path)
                }
                return node.permissions
            }
        }
    }

    func modify(_ op: Operation, transaction: XenStoreTransaction, client: Client) throws {
        try state.withLock { s in
            if transaction == .none {
                try Self.check(op, in: s.tree, client: client)
                try s.apply(op)
                return
            }
            let id = transaction.id
            guard s.transactions[id]?.client == client else {
                throw XenError(call: op.call, errno: ENOENT, detail: "transaction \(id)")
            }
            // The changes move into the overlay and back, so that neither they nor the live
            // tree are ever copied.
            var view = XenStoreOverlay(base: s.tree, changes: s.transactions[id]!.changes)
            s.transactions[id]!.changes = [:]
            defer { s.transactions[id]!.changes = view.changes }
            try Self.check(op, in: view, client: client)
            s.transactions[id]!.touch(op.touchedPaths(in: view), in: view)
            try view.perform(op)
            s.transactions[id]!.log.append(op)
        }
    }

    /// xenstored's permission rules for a change: write access to the node, or to its nearest
    /// existing ancestor when creating it; only the owner changes permissions.
    private static func check(_ op: Operation, in tree: some XenStoreNodes, client: Client) throws {
        guard !client.privileged else { return }
        switch op {
        case .write(let p, _, _), .mkdir(let p, _):
            guard tree.access(p, domid: client.domid).canWrite else { throw denied(op.call, p) }
        case .rm(let p):
            guard tree.node(p) == nil || tree.access(p, domid: client.domid).canWrite else { throw denied(op.call, p) }
        case .setPermissions(let p, _):
            guard let node = tree.node(p) else { return }  // perform reports ENOENT
            guard node.permissions.owner == client.domid else { throw denied(op.call, p) }
        }
    }

    func transactionStart(client: Client) -> XenStoreTransaction {
        state.withLock { s in
            let id = s.nextTransaction
            s.nextTransaction = s.nextTransaction == UInt32.max ? 1 : s.nextTransaction + 1
            s.transactions[id] = PendingTransaction(client: client)
            return XenStoreTransaction(id: id)
        }
    }

    func transactionEnd(_ transaction: XenStoreTransaction, abort: Bool, client: Client) throws -> Bool {
        try state.withLock { s in
            guard let t = s.transactions[transaction.id], t.client == client else {
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
            s.watches[watch.path, default: []].append(watch)
            // libxenstore expects the initial event (xs_watch(3), notes/swift-on-linux.md §3).
            watch.queue.push(XenStoreWatchEvent(path: watch.given, token: watch.token))
        }
    }

    func unwatch(path: String, token: String, client: Client) throws {
        try state.withLock { s in
            let i = s.watches[path]?.firstIndex { $0.token == token && $0.client == client }
            guard let i else { throw XenError(call: "xs_unwatch", errno: ENOENT, detail: path) }
            s.watches[path]!.remove(at: i)
            if s.watches[path]!.isEmpty { s.watches[path] = nil }
        }
    }

    func introduce(_ domid: UInt32, mfn: UInt64, port: UInt32, client: Client) throws {
        guard client.privileged else { throw Self.denied("xs_introduce_domain", "\(domid)") }
        guard domid != 0 else { throw XenError(call: "xs_introduce_domain", errno: EINVAL, detail: "0") }
        state.withLock { s in
            s.introduced[domid] = IntroducedDomain(mfn: mfn, port: port)
            s.fireSpecial("@introduceDomain")
        }
    }

    func release(_ domid: UInt32, client: Client) throws {
        guard client.privileged else { throw Self.denied("xs_release_domain", "\(domid)") }
        try state.withLock { s in
            guard s.introduced.removeValue(forKey: domid) != nil else {
                throw XenError(call: "xs_release_domain", errno: ENOENT, detail: "\(domid)")
            }
            s.fireSpecial("@releaseDomain")
        }
    }

    func resume(_ domid: UInt32, client: Client) throws {
        guard client.privileged else { throw Self.denied("xs_resume_domain", "\(domid)") }
        try state.withLock { s in
            guard s.introduced[domid] != nil else {
                throw XenError(call: "xs_resume_domain", errno: ENOENT, detail: "\(domid)")
            }
            s.introduced[domid]!.shutdownReported = false
        }
    }

    func isIntroduced(_ domid: UInt32) -> Bool {
        state.withLock { $0.introduced[domid] != nil }
    }

    func disconnect(_ client: Client) {
        state.withLock { s in
            for (path, list) in s.watches {
                let kept = list.filter { $0.client != client }
                s.watches[path] = kept.isEmpty ? nil : kept
            }
            s.transactions = s.transactions.filter { $0.value.client != client }
        }
    }
}

extension SimulatedXenstored.Operation {
    var call: String {
        switch self {
        case .write: "xs_write"
        case .mkdir: "xs_mkdir"
        case .rm: "xs_rm"
        case .setPermissions: "xs_set_permissions"
        }
    }

    var path: String {
        switch self {
        case .write(let p, _, _), .mkdir(let p, _), .rm(let p), .setPermissions(let p, _): p
        }
    }

    func touchedPaths(in tree: some XenStoreNodes) -> [String] {
        switch self {
        case .write(let p, _, _), .mkdir(let p, _): tree.pathsTouchedByCreate(p)
        case .rm(let p): tree.pathsTouchedByRemove(p)
        case .setPermissions(let p, _): [p]
        }
    }
}

extension XenStoreNodes {
    mutating func perform(_ op: SimulatedXenstored.Operation) throws {
        switch op {
        case .write(let p, let v, let creator): write(p, value: v, creator: creator)
        case .mkdir(let p, let creator): mkdir(p, creator: creator)
        case .rm(let p): try rm(p)
        case .setPermissions(let p, let perms): try setPermissions(p, perms)
        }
    }
}

extension SimulatedXenstored.PendingTransaction {
    /// Remembers the generation of each path the first time the transaction touches it.
    mutating func touch(_ paths: [String], in view: XenStoreOverlay) {
        for p in paths where seen[p] == nil { seen[p] = .some(view.generation(p)) }
    }
}

extension SimulatedXenstored.State {
    /// Runs a read against the live tree or a transaction's view, recording what it touched.
    mutating func access<T>(_ transaction: XenStoreTransaction, client: SimulatedXenstored.Client, call: String,
                            _ body: (XenStoreOverlay, ([String]) -> Void) throws -> T) throws -> T {
        let id = transaction.id
        if transaction == .none { return try body(XenStoreOverlay(base: tree, changes: [:])) { _ in } }
        guard transactions[id]?.client == client else {
            throw XenError(call: call, errno: ENOENT, detail: "transaction \(id)")
        }
        let view = XenStoreOverlay(base: tree, changes: transactions[id]!.changes)
        var touched: [String] = []
        let result = try body(view) { touched.append(contentsOf: $0) }
        transactions[id]!.touch(touched, in: view)
        return result
    }

    func fireSpecial(_ path: String) {
        for w in watches[path] ?? [] { w.queue.push(XenStoreWatchEvent(path: path, token: w.token)) }
    }

    /// Applies a change to the live tree and queues the watch events it causes. An unprivileged
    /// watcher hears of a node only if it may read it (for a removal, as it was before).
    mutating func apply(_ op: SimulatedXenstored.Operation) throws {
        let changed = op.path
        var isRemoval = false
        if case .rm = op { isRemoval = true }
        let before = isRemoval ? tree.node(changed)?.permissions : nil
        if isRemoval && before == nil {
            try tree.perform(op)  // already gone (or ENOENT): no event
            return
        }
        try tree.perform(op)
        let permissions = before ?? tree.node(changed)?.permissions ?? .dom0Only
        func fire(_ w: SimulatedXenstored.Watch, _ eventPath: String) {
            guard w.client.privileged || permissions.access(for: w.client.domid).canRead else { return }
            let reported = w.given.hasPrefix("/") || !eventPath.hasPrefix(w.domainPrefix)
                ? eventPath : String(eventPath.dropFirst(w.domainPrefix.count))
            w.queue.push(XenStoreWatchEvent(path: reported, token: w.token))
        }
        // Watchers of the node and of each ancestor hear of the node itself.
        var p = changed
        while true {
            for w in watches[p] ?? [] { fire(w, changed) }
            if p == "/" { break }
            p = XenStorePath.parent(p)
        }
        // On removal, watchers below it hear of their own path.
        if isRemoval {
            let prefix = changed == "/" ? "/" : changed + "/"
            for (path, list) in watches where path.hasPrefix(prefix) {
                for w in list { fire(w, path) }
            }
        }
    }
}
