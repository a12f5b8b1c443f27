// How one blocked thread sleeps until another wakes it or a deadline passes: a pthread mutex and a
// condition variable on CLOCK_MONOTONIC. The sleeper blocks its own thread (never a Dispatch pool
// thread) and costs no CPU while it waits.
import Glibc

/// A latch: `fire` sets it and wakes the sleepers, `wait` sleeps until it is set.
final class WakeSignal: @unchecked Sendable {
    // Unchecked: `fired` is only touched with `mutex` held.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let cond: UnsafeMutablePointer<pthread_cond_t>
    private var fired = false

    init() {
        mutex = .allocate(capacity: 1)
        cond = .allocate(capacity: 1)
        var rc = pthread_mutex_init(mutex, nil)
        precondition(rc == 0, "pthread_mutex_init: \(rc)")
        var attr = pthread_condattr_t()
        pthread_condattr_init(&attr)
        pthread_condattr_setclock(&attr, CLOCK_MONOTONIC)
        rc = pthread_cond_init(cond, &attr)
        precondition(rc == 0, "pthread_cond_init: \(rc)")
        pthread_condattr_destroy(&attr)
    }

    deinit {
        pthread_cond_destroy(cond)
        pthread_mutex_destroy(mutex)
        cond.deallocate()
        mutex.deallocate()
    }

    /// Sets the latch and wakes every sleeper.
    func fire() {
        pthread_mutex_lock(mutex)
        fired = true
        pthread_cond_broadcast(cond)
        pthread_mutex_unlock(mutex)
    }

    /// Clears the latch.
    func reset() {
        pthread_mutex_lock(mutex)
        fired = false
        pthread_mutex_unlock(mutex)
    }

    /// Sleeps until the latch is set (true) or `deadline` (MonotonicClock nanoseconds) passes
    /// (false). Does not clear the latch.
    func wait(until deadline: UInt64) -> Bool {
        var ts = timespec(tv_sec: Int(deadline / 1_000_000_000), tv_nsec: Int(deadline % 1_000_000_000))
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while !fired {
            let rc = pthread_cond_timedwait(cond, mutex, &ts)
            if rc == ETIMEDOUT { return fired }
        }
        return true
    }
}
