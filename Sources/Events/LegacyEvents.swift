// The deprecated event.register / event.unregister / event.next API (xapi: xapi_event.ml, Next):
// one subscription per session and a bounded queue of events fed by the commit observer. Each
// event carries the record as it was committed (for del, the last record). A queue that
// overflows is emptied and marked lost; the next event.next answers EVENTS_LOST once and the
// client must re-read its state.
import Database
import Datamodel
import Foundation
import Wire

/// Per-session queues for event.next.
final class LegacyEvents: Sendable {
    private final class Queue: @unchecked Sendable {
        // Unchecked: every var is touched only with LegacyEvents.state's lock held.
        var subscriptions: [Subscription] = []
        var events: [Event] = []
        var lost = false
        let signal = WakeSignal()
    }

    private struct State {
        var sessions: [String: Queue] = [:]
        /// The legacy event counter (event.get_current_id): one per event queued for someone.
        var currentID: Int64 = 0
        /// Shutting down: event.next returns what it has, even nothing.
        var closed = false
    }

    private let state = Locked(State())
    private let queueLength: Int
    /// Lower-cased name by store class name, for classes that generate events.
    private let eventClasses: [String: String]

    init(catalog: EventCatalog, queueLength: Int) {
        self.queueLength = max(queueLength, 1)
        var classes: [String: String] = [:]
        for (lower, name) in catalog.eventClasses { classes[name] = lower }
        eventClasses = classes
    }

    var currentID: Int64 { state.withLock { $0.currentID } }

    /// Adds `subscriptions` to the session's list (creating the subscription).
    func register(session: String, _ subscriptions: [Subscription]) {
        state.withLock { s in
            let q = s.sessions[session] ?? Queue()
            q.subscriptions = subscriptions + q.subscriptions
            s.sessions[session] = q
        }
    }

    /// Removes `subscriptions` from the session's list (creating an empty subscription, as xapi).
    func unregister(session: String, _ subscriptions: [Subscription]) {
        state.withLock { s in
            let q = s.sessions[session] ?? Queue()
            q.subscriptions.removeAll { subscriptions.contains($0) }
            s.sessions[session] = q
        }
    }

    /// Blocks until the session's queue holds a relevant event and returns them all, oldest
    /// first. SESSION_NOT_REGISTERED [trackID] without a subscription; EVENTS_LOST once after an
    /// overflow; SESSION_INVALID [session] when the session ends meanwhile.
    func next(session: String, trackID: String) throws -> [Event] {
        guard state.withLock({ $0.sessions[session] != nil }) else {
            throw XenAPIError.sessionNotRegistered(trackID: trackID)
        }
        while true {
            let (result, queue): ([Event]?, Queue) = try state.withLock { s in
                guard let q = s.sessions[session] else { throw XenAPIError.sessionInvalid(session) }
                if q.lost {
                    q.lost = false
                    q.events = []
                    throw XenAPIError.eventsLost
                }
                let relevant = q.events.filter { e in q.subscriptions.contains { $0.matches(class: e.className, ref: e.ref) } }
                q.events = []
                if !relevant.isEmpty || s.closed { return (relevant, q) }
                q.signal.reset()
                return (nil, q)
            }
            if let result { return result }
            _ = queue.signal.wait(until: MonotonicClock.deadline(after: 86_400))
        }
    }

    /// Wakes every event.next caller, now and from now on (the daemon is stopping).
    func close() {
        let queues = state.withLock { s in
            s.closed = true
            return Array(s.sessions.values)
        }
        for q in queues { q.signal.fire() }
    }

    /// Drops the session's subscription and wakes its event.next callers (SESSION_INVALID).
    func sessionEnded(_ session: String) {
        let q = state.withLock { $0.sessions.removeValue(forKey: session) }
        q?.signal.fire()
    }

    /// The commit observer: queues an event per change for every session subscribed to it.
    /// Runs on the committing thread, which may read the store.
    func commitDidHappen(_ info: CommitInfo, store: ObjectStore) {
        var ended: [String] = []
        let toWake: [Queue] = state.withLock { s in
            var wake: [ObjectIdentifier: Queue] = [:]
            var deleted: [String: any XenRecord]?
            let timestamp = String(Int64(Date().timeIntervalSince1970)) + "."
            for change in info.changes {
                if change.className == SessionRecord.className && change.operation == .del {
                    ended.append(change.ref)
                    continue
                }
                guard !s.sessions.isEmpty, let lower = eventClasses[change.className] else { continue }
                let targets = s.sessions.values.filter { q in
                    q.subscriptions.contains { $0.matches(class: lower, ref: change.ref) }
                }
                guard !targets.isEmpty else { continue }
                let record: (any XenRecord)?
                if change.operation == .del {
                    if deleted == nil {
                        let tombstones = store.read { $0.deletions(since: info.generations.lowerBound - 1) }
                        deleted = Dictionary(tombstones.map { ($0.ref, $0.record) }, uniquingKeysWith: { a, _ in a })
                    }
                    record = deleted?[change.ref]
                } else {
                    record = store.read { $0.record(class: change.className, ref: change.ref) }
                }
                let event = Event(id: String(s.currentID), timestamp: timestamp, className: lower,
                                  operation: change.operation, ref: change.ref, snapshot: record?.wire)
                s.currentID += 1
                for q in targets {
                    q.events.append(event)
                    if q.events.count > queueLength {
                        q.events = []
                        q.lost = true
                    }
                    wake[ObjectIdentifier(q)] = q
                }
            }
            return Array(wake.values)
        }
        for q in toWake { q.signal.fire() }
        for session in ended { sessionEnded(session) }
    }
}
