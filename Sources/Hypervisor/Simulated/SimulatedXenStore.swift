// One connection to a SimulatedXenstored: the XenStore seam as an xs_handle gives it, with its
// own watch queue and transactions. Closing (deinit) drops its watches and open transactions.
import Glibc

public final class SimulatedXenStore: XenStore {
    public let daemon: SimulatedXenstored
    /// The domain this connection acts for; relative paths resolve under its domain path.
    public let domid: UInt32
    let connection: Int
    let queue = WatchQueue()

    /// A connection to a fresh, empty store.
    public convenience init() {
        self.init(daemon: SimulatedXenstored(), connection: 0, domid: 0)
    }

    init(daemon: SimulatedXenstored, connection: Int, domid: UInt32) {
        self.daemon = daemon
        self.connection = connection
        self.domid = domid
    }

    deinit { daemon.disconnect(connection) }

    private func resolve(_ path: String, _ call: String) throws -> String {
        try XenStorePath.resolve(path, domid: domid, call: call)
    }

    public func read(_ path: String, transaction: XenStoreTransaction) throws -> String {
        try daemon.read(resolve(path, "xs_read"), transaction: transaction, connection: connection)
    }

    public func write(_ path: String, value: String, transaction: XenStoreTransaction) throws {
        let p = try resolve(path, "xs_write")
        try daemon.modify(.write(p, value), transaction: transaction, connection: connection)
    }

    public func mkdir(_ path: String, transaction: XenStoreTransaction) throws {
        let p = try resolve(path, "xs_mkdir")
        try daemon.modify(.mkdir(p), transaction: transaction, connection: connection)
    }

    public func rm(_ path: String, transaction: XenStoreTransaction) throws {
        let p = try resolve(path, "xs_rm")
        try daemon.modify(.rm(p), transaction: transaction, connection: connection)
    }

    public func directory(_ path: String, transaction: XenStoreTransaction) throws -> [String] {
        try daemon.directory(resolve(path, "xs_directory"), transaction: transaction, connection: connection)
    }

    public func transactionStart() throws -> XenStoreTransaction {
        daemon.transactionStart(connection: connection)
    }

    public func transactionEnd(_ transaction: XenStoreTransaction, abort: Bool) throws -> Bool {
        try daemon.transactionEnd(transaction, abort: abort, connection: connection)
    }

    public func watch(_ path: String, token: String) throws {
        let absolute = XenStorePath.isSpecial(path) ? path : try resolve(path, "xs_watch")
        try daemon.watch(SimulatedXenstored.Watch(
            path: absolute, given: path, token: token, connection: connection,
            domainPrefix: "/local/domain/\(domid)/", queue: queue))
    }

    public func unwatch(_ path: String, token: String) throws {
        let absolute = XenStorePath.isSpecial(path) ? path : try resolve(path, "xs_unwatch")
        try daemon.unwatch(path: absolute, token: token, connection: connection)
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
}
