// A value behind a lock. Not Synchronization.Mutex: on Linux that locks with raw futex calls
// ThreadSanitizer cannot see, so every access under it is reported as a race; NSLock (a
// pthread mutex) keeps `swift test --sanitize=thread` meaningful.

import Foundation

/// A value only reachable while holding its lock.
final class Locked<Value: Sendable>: @unchecked Sendable {
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
