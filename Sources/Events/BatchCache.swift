// event.from batches shared between callers asking the same question. A batch computed at
// generation s for (interest, token) is a correct answer to every later call with that interest
// and token: it holds each object's state at s and the token s, from which the caller resumes.
// Watchers woken by one commit, or batched together by the interval, ask with the same token:
// one computes (under the store's read lock) while the others sleep until it is done, so the
// read section never competes with a hundred runnable siblings, and then they all reuse it.
// Batches for "" (a client loading everything) are not shared: they are the largest, and a new
// client should start from the current state.
import Database

/// Non-empty batches by (interest, token), reused for at most `maxAge`, computed once.
final class BatchCache: Sendable {
    struct Key: Hashable {
        let interest: String
        let since: EventToken
    }

    /// One computation in progress; the callers asking the same question sleep on it.
    final class Flight: Sendable {
        fileprivate let done = WakeSignal()

        /// Sleeps until the computation is over or `deadline` (MonotonicClock ns).
        func wait(until deadline: UInt64) { _ = done.wait(until: deadline) }
    }

    enum Claim {
        /// A shared answer.
        case batch(EventBatch)
        /// Someone is computing it: wait, then ask again.
        case wait(Flight)
        /// Compute it, then `finish` (flight nil: not shared).
        case compute(Flight?)
    }

    private struct State {
        var entries: [Key: (batch: EventBatch, made: UInt64)] = [:]
        var flights: [Key: Flight] = [:]
    }

    private let state = Locked(State())
    private let capacity: Int
    private let maxAge: UInt64

    /// `maxAge` in seconds: older batches are still correct, but a caller would then get old
    /// states first and the news only on its next call.
    init(capacity: Int = 256, maxAge: Double = 0.1) {
        self.capacity = capacity
        self.maxAge = UInt64(maxAge * 1e9)
    }

    /// The shared answer to `key`, or who computes it. With `share` false (or for ""), the caller
    /// computes on its own.
    func claim(_ key: Key, share: Bool = true) -> Claim {
        let now = MonotonicClock.now()
        return state.withLock { s in
            if let entry = s.entries[key] {
                // `made` may be after `now`: another thread stored it since the clock was read.
                if entry.made + maxAge >= now { return .batch(entry.batch) }
                s.entries[key] = nil
            }
            guard share, key.since.generation > 0 else { return .compute(nil) }
            if let flight = s.flights[key] { return .wait(flight) }
            let flight = Flight()
            s.flights[key] = flight
            return .compute(flight)
        }
    }

    /// Ends a computation: shares `batch` (when there is one) and wakes those waiting.
    func finish(_ key: Key, _ flight: Flight?, batch: EventBatch?) {
        let now = MonotonicClock.now()
        state.withLock { s in
            if let batch, key.since.generation > 0 {
                if s.entries.count >= capacity { s.entries = s.entries.filter { $0.value.made + maxAge >= now } }
                if s.entries.count >= capacity { s.entries.removeAll(keepingCapacity: true) }
                s.entries[key] = (batch, now)
            }
            if let flight, s.flights[key] === flight { s.flights[key] = nil }
        }
        flight?.done.fire()
    }

    /// The shared answer to `key`, if there is one (tests).
    func batch(for key: Key) -> EventBatch? {
        if case .batch(let b) = claim(key, share: false) { return b }
        return nil
    }

    /// Shares `batch` as the answer to `key` (tests).
    func store(_ batch: EventBatch, for key: Key) {
        finish(key, nil, batch: batch)
    }
}
