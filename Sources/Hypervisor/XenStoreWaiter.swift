// Waiting for xenstore to reach a condition, as xenopsd's `Watch.wait_for`: watch the paths
// involved, evaluate the condition, and re-evaluate on every event until it holds or the
// timeout passes. Each wait borrows a connection from a small pool (watch events are per
// connection, and a connection serves one waiter at a time) and a fresh token.
import Glibc
import Synchronization

public final class XenStoreWaiter: Sendable {
    private let openStore: @Sendable () throws -> any XenStore
    private let pool = Mutex<[any XenStore]>([])
    private let nextToken = Atomic<Int>(0)
    /// Connections kept for reuse.
    private let poolSize = 8

    /// `openStore` makes a new connection (xs_open, or SimulatedXen.openStore).
    public init(openStore: @escaping @Sendable () throws -> any XenStore) {
        self.openStore = openStore
    }

    /// A connection for plain reads and writes (not for watches: use `wait`).
    public func connection() throws -> any XenStore {
        if let s = pool.withLock({ $0.popLast() }) { return s }
        return try openStore()
    }

    public func release(_ store: any XenStore) {
        pool.withLock { if $0.count < poolSize { $0.append(store) } }
    }

    /// Evaluates `condition` until it gives a value, watching `paths` in between; nil when
    /// `timeout` passes first. Errors from the condition end the wait. `interrupt`, when given,
    /// is called at least every 100 ms; what it throws ends the wait (a cancelled task).
    public func wait<T>(for paths: [String], timeout: Duration, interrupt: (() throws -> Void)? = nil,
                        _ condition: (any XenStore) throws -> T?) throws -> T? {
        let store = try connection()
        let token = "wait-\(nextToken.add(1, ordering: .relaxed).newValue)"
        var watched: [String] = []
        defer {
            for p in watched { _ = try? store.unwatch(p, token: token) }
            release(store)
        }
        for p in Set(paths) {
            try store.watch(p, token: token)
            watched.append(p)
        }
        let deadline = ContinuousClock.now + timeout
        while true {
            try interrupt?()
            if let value = try condition(store) { return value }
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { return nil }
            _ = try store.readWatch(timeout: interrupt == nil ? remaining : min(remaining, .milliseconds(100)))
        }
    }

    /// Waits until `path` reads `value` (true) or the timeout passes (false).
    public func waitForValue(_ path: String, _ value: String, timeout: Duration) throws -> Bool {
        try wait(for: [path], timeout: timeout) { s in try s.readIfPresent(path) == value ? true : nil } ?? false
    }

    /// Waits until `path` is gone (true) or the timeout passes (false).
    public func waitForRemoval(_ path: String, timeout: Duration) throws -> Bool {
        try wait(for: [path], timeout: timeout) { s in try s.readIfPresent(path) == nil ? true : nil } ?? false
    }
}
