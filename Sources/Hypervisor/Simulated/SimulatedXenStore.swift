// One connection to a SimulatedXenstored: the XenStore seam as an xs_handle gives it, with its
// own watch queue and transactions. Closing (deinit) drops its watches and open transactions.
import Glibc

public final class SimulatedXenStore: XenStore {
    public let daemon: SimulatedXenstored
    /// The domain this connection acts for; relative paths resolve under its domain path, and
    /// any domain but dom0 is held to the nodes' permissions.
    public var domid: UInt32 { client.domid }
    let client: SimulatedXenstored.Client
    let queue: WatchQueue

    /// A connection to a fresh, empty store.
    public convenience init() {
        self.init(daemon: SimulatedXenstored(), client: .init(connection: 0, domid: 0), queue: WatchQueue())
    }

    init(daemon: SimulatedXenstored, client: SimulatedXenstored.Client, queue: WatchQueue) {
        self.daemon = daemon
        self.client = client
        self.queue = queue
    }

    deinit { daemon.disconnect(client) }

    private func resolve(_ path: String, _ call: String) throws -> String {
        try XenStorePath.resolve(path, domid: domid, call: call)
    }

    public func read(_ path: String, transaction: XenStoreTransaction) throws -> String {
        try daemon.read(resolve(path, "xs_read"), transaction: transaction, client: client)
    }

    public func write(_ path: String, value: String, transaction: XenStoreTransaction) throws {
        let p = try resolve(path, "xs_write")
        try daemon.modify(.write(p, value, creator: domid), transaction: transaction, client: client)
    }

    public func mkdir(_ path: String, transaction: XenStoreTransaction) throws {
        let p = try resolve(path, "xs_mkdir")
        try daemon.modify(.mkdir(p, creator: domid), transaction: transaction, client: client)
    }

    public func rm(_ path: String, transaction: XenStoreTransaction) throws {
        let p = try resolve(path, "xs_rm")
        try daemon.modify(.rm(p), transaction: transaction, client: client)
    }

    public func directory(_ path: String, transaction: XenStoreTransaction) throws -> [String] {
        try daemon.directory(resolve(path, "xs_directory"), transaction: transaction, client: client)
    }

    public func getPermissions(_ path: String, transaction: XenStoreTransaction) throws -> XenStorePermissions {
        try daemon.getPermissions(resolve(path, "xs_get_permissions"), transaction: transaction, client: client)
    }

    public func setPermissions(_ path: String, _ permissions: XenStorePermissions,
                               transaction: XenStoreTransaction) throws {
        let p = try resolve(path, "xs_set_permissions")
        try daemon.modify(.setPermissions(p, permissions), transaction: transaction, client: client)
    }

    public func transactionStart() throws -> XenStoreTransaction {
        daemon.transactionStart(client: client)
    }

    public func transactionEnd(_ transaction: XenStoreTransaction, abort: Bool) throws -> Bool {
        try daemon.transactionEnd(transaction, abort: abort, client: client)
    }

    public func watch(_ path: String, token: String) throws {
        let absolute = XenStorePath.isSpecial(path) ? path : try resolve(path, "xs_watch")
        try daemon.watch(SimulatedXenstored.Watch(
            path: absolute, given: path, token: token, client: client,
            domainPrefix: "/local/domain/\(domid)/", queue: queue))
    }

    public func unwatch(_ path: String, token: String) throws {
        let absolute = XenStorePath.isSpecial(path) ? path : try resolve(path, "xs_unwatch")
        try daemon.unwatch(path: absolute, token: token, client: client)
        queue.removeAll { $0.token == token && XenStorePath.isWithin(self.absolute($0.path), absolute) }
    }

    private func absolute(_ eventPath: String) -> String {
        if eventPath.hasPrefix("/") || XenStorePath.isSpecial(eventPath) { return eventPath }
        return "/local/domain/\(domid)/" + eventPath
    }

    public func readWatch(timeout: Duration?) throws -> XenStoreWatchEvent? {
        queue.pop(timeout: timeout)
    }

    public func getDomainPath(_ domid: UInt32) throws -> String {
        "/local/domain/\(domid)"
    }

    public func introduceDomain(_ domid: UInt32, mfn: UInt64, port: UInt32) throws {
        try daemon.introduce(domid, mfn: mfn, port: port, client: client)
    }

    public func releaseDomain(_ domid: UInt32) throws {
        try daemon.release(domid, client: client)
    }

    public func resumeDomain(_ domid: UInt32) throws {
        try daemon.resume(domid, client: client)
    }

    public func isDomainIntroduced(_ domid: UInt32) throws -> Bool {
        daemon.isIntroduced(domid)
    }
}
