// A value behind a lock. NSLock (a pthread mutex) rather than Synchronization.Mutex, whose raw
// futex calls ThreadSanitizer cannot see (notes/swift-on-linux.md §4; HTTP/Server/Locked.swift).
import Foundation

/// A value only reachable while holding its lock.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
