// The recent changes to event classes, in generation order, fed by the commit observer: lets
// event.from find what changed since a token in O(changes) instead of scanning every object of
// every subscribed class. Bounded: a token older than `floor` falls back to the scan.
import Database

/// Which objects changed, by generation, since the event service started.
final class ChangeLog: Sendable {
    struct Entry {
        let generation: Int64
        let className: String
        let ref: String
    }

    private struct State {
        var entries: [Entry] = []
        var start = 0
        /// Every change with a generation in (floor, high] is in `entries`.
        var floor: Int64
        var high: Int64
    }

    private let state: Locked<State>
    private let capacity: Int
    private let eventClasses: Set<String>

    /// An empty log that answers nothing until `start`.
    init(catalog: EventCatalog, capacity: Int = 65_536) {
        state = Locked(State(floor: .max, high: 0))
        self.capacity = max(capacity, 1)
        eventClasses = Set(catalog.eventClasses.values)
    }

    /// Declares the log complete after `generation`: call with the store's generation read after
    /// the observer was added, so every later commit is appended.
    func start(at generation: Int64) {
        state.withLock { s in
            s.floor = generation
            s.high = max(s.high, generation)
        }
    }

    /// The commit observer's part: appends the commit's changes to event classes.
    func append(_ info: CommitInfo) {
        state.withLock { s in
            for c in info.changes where eventClasses.contains(c.className) {
                s.entries.append(Entry(generation: c.generation, className: c.className, ref: c.ref))
            }
            s.high = max(s.high, info.generations.upperBound)
            let live = s.entries.count - s.start
            if live > capacity {
                let drop = live - capacity
                let dropped = s.entries[s.start + drop - 1].generation
                s.floor = s.floor == .max ? dropped : max(s.floor, dropped)
                s.start += drop
                if s.start >= capacity {
                    s.entries.removeFirst(s.start)
                    s.start = 0
                }
            }
        }
    }

    /// The changes with generation in (after, through], oldest first; nil when the log cannot
    /// tell (some of that range is older than the log, or not logged yet).
    func changes(after: Int64, through: Int64) -> [Entry]? {
        state.withLock { s in
            guard after >= s.floor, through <= s.high else { return nil }
            var lo = s.start
            var hi = s.entries.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if s.entries[mid].generation <= after { lo = mid + 1 } else { hi = mid }
            }
            var out: [Entry] = []
            var i = lo
            while i < s.entries.count, s.entries[i].generation <= through {
                out.append(s.entries[i])
                i += 1
            }
            return out
        }
    }

    /// Whether every commit up to `generation` has been logged.
    func covers(_ generation: Int64) -> Bool { state.withLock { $0.high >= generation } }
}
