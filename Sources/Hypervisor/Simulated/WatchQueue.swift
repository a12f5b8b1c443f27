// A connection's queue of fired watches with a blocking, timed pop: what libxenstore keeps per
// xs_handle behind xs_read_watch. A pthread mutex and condition variable on the monotonic clock.
import Glibc

final class WatchQueue: @unchecked Sendable {
    // Invariant: `events` is read and written only with `mutex` held.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    private var events: [XenStoreWatchEvent] = []

    init() {
        mutex = .allocate(capacity: 1)
        condition = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        var attr = pthread_condattr_t()
        pthread_condattr_init(&attr)
        pthread_condattr_setclock(&attr, CLOCK_MONOTONIC)
        pthread_cond_init(condition, &attr)
        pthread_condattr_destroy(&attr)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body()
    }

    func push(_ event: XenStoreWatchEvent) {
        locked {
            events.append(event)
            pthread_cond_broadcast(condition)
        }
    }

    func removeAll(where predicate: (XenStoreWatchEvent) -> Bool) {
        locked { events.removeAll(where: predicate) }
    }

    var count: Int { locked { events.count } }

    /// The oldest event; waits up to `timeout` (forever when nil) for one to arrive.
    func pop(timeout: Duration?) -> XenStoreWatchEvent? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if let timeout {
            var deadline = timespec()
            clock_gettime(CLOCK_MONOTONIC, &deadline)
            let (seconds, attoseconds) = timeout.components
            let nanos = Int64(deadline.tv_nsec) + attoseconds / 1_000_000_000
            deadline.tv_sec += Int(seconds + nanos / 1_000_000_000)
            deadline.tv_nsec = Int(nanos % 1_000_000_000)
            while events.isEmpty {
                if pthread_cond_timedwait(condition, mutex, &deadline) == ETIMEDOUT { break }
            }
        } else {
            while events.isEmpty { pthread_cond_wait(condition, mutex) }
        }
        return events.isEmpty ? nil : events.removeFirst()
    }
}
