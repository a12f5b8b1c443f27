// When event.from first handed out each recent token: the batching interval is measured from
// there. Touched only by event.from callers, never by the committing thread, so a herd of woken
// watchers cannot hold up a commit here. Bounded; emptied when full (a forgotten token is
// answered without waiting, once).
import Database

/// First hand-out times of tokens, by generation.
final class IssuedTokens: Sendable {
    private let times = Locked<[Int64: UInt64]>([:])
    private let capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// Notes that a batch with token `generation` is being returned at `time` (MonotonicClock ns),
    /// unless it was handed out before.
    func handedOut(_ generation: Int64, at time: UInt64) {
        times.withLock { t in
            guard t[generation] == nil else { return }
            if t.count >= capacity { t.removeAll(keepingCapacity: true) }
            t[generation] = time
        }
    }

    /// When the token was first handed out, if remembered.
    func time(of generation: Int64) -> UInt64? {
        times.withLock { $0[generation] }
    }
}
