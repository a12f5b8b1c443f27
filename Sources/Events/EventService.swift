// The event subsystem as the API uses it: event.from with blocking waits, the legacy
// register/next queues, inject, and the heartbeat; one commit observer feeds them all. Blocking
// calls sleep on the caller's own thread (an HTTP worker), never on a Dispatch pool.
import Database
import Datamodel
import Glibc
import Wire

/// The events of one object store.
public final class EventService: Sendable {
    public let store: ObjectStore
    public let catalog: EventCatalog
    public let waiters: Waiters
    public let settings: EventSettings
    private let issued = IssuedTokens()
    private let snapshots = SnapshotCache()
    private let refCounts = RefCountCache()
    private let batches = BatchCache()
    /// Parsed class lists: watchers send the same list call after call.
    private let interests = Locked<[[String]: EventInterest]>([:])
    private let changes: ChangeLog
    private let legacy: LegacyEvents

    /// Attaches to `store`'s commits; make one per store, before clients arrive.
    public init(store: ObjectStore, settings: EventSettings = EventSettings()) {
        self.store = store
        self.settings = settings
        let catalog = EventCatalog(store: store)
        self.catalog = catalog
        let waiters = Waiters(catalog: catalog)
        self.waiters = waiters
        let legacy = LegacyEvents(catalog: catalog, queueLength: settings.queueLength)
        self.legacy = legacy
        let changes = ChangeLog(catalog: catalog)
        self.changes = changes
        store.addObserver { info in
            changes.append(info)
            waiters.commitDidHappen(info)
            legacy.commitDidHappen(info, store: store)
        }
        changes.start(at: store.generation)
    }

    // MARK: - event.from

    /// `event.from(classes, token, timeout)`: the changes since `token` to what `classes` names,
    /// waiting up to `timeout` seconds for one (negative or not finite: 24 hours; 0: just look).
    /// Returns as soon as something matches, with an empty batch at the timeout.
    ///
    /// - Parameter session: the caller's session; when it ends meanwhile the call fails with
    ///   SESSION_INVALID [session]. Nil for in-process callers.
    public func from(classes: [String], token: String, timeout: Double, session: String?) throws -> EventBatch {
        let interest = try self.interest(classes)
        var since = try EventToken(parsing: token)
        let seconds = timeout.isFinite && timeout >= 0 ? timeout : 86_400
        let deadline = MonotonicClock.deadline(after: seconds)
        waitOutBatchInterval(after: since, deadline: deadline)
        var share = true
        while true {
            let key = BatchCache.Key(interest: interest.key, since: since)
            let flight: BatchCache.Flight?
            switch batches.claim(key, share: share) {
            case .batch(let shared):
                try checkSession(session)
                return shared
            case .wait(let other):
                // Once: if the other caller found nothing, this one reads and waits by itself.
                other.wait(until: deadline)
                share = false
                continue
            case .compute(let mine):
                flight = mine
            }
            let registration = waiters.register(interest, session: session)
            let collected: EventFrom.Collected
            do {
                collected = try store.read { snap in
                    if let session, snap.record(class: SessionRecord.className, ref: session) == nil {
                        throw XenAPIError.sessionInvalid(session)
                    }
                    return try EventFrom.collect(snap, catalog: catalog, interest: interest, since: since,
                                                 log: changes, counts: refCounts)
                }
            } catch {
                batches.finish(key, flight, batch: nil)
                waiters.unregister(registration)
                throw error
            }
            if !collected.isEmpty {
                waiters.unregister(registration)
                let batch = collected.encode(cache: snapshots)
                batches.finish(key, flight, batch: batch)
                issued.handedOut(batch.token.generation, at: MonotonicClock.now())
                return batch
            }
            batches.finish(key, flight, batch: nil)
            if MonotonicClock.now() >= deadline || waiters.isClosed {
                waiters.unregister(registration)
                let batch = collected.encode(cache: snapshots)
                issued.handedOut(batch.token.generation, at: MonotonicClock.now())
                return batch
            }
            // Nothing up to the snapshot: later reads may start there (deletions of objects
            // that existed at `since` still have created <= the new start).
            since.generation = collected.token.generation
            _ = registration.wait(until: deadline)
            waiters.unregister(registration)
            // Woken by a commit: reuse a batch a sibling has finished, but do not wait for one in
            // progress (a second sleep and wake-up per watcher).
            share = false
        }
    }

    private func interest(_ classes: [String]) throws -> EventInterest {
        if let known = interests.withLock({ $0[classes] }) { return known }
        let interest = try EventInterest(parsing: classes, catalog: catalog)
        interests.withLock { i in
            if i.count >= 256 { i.removeAll() }
            i[classes] = interest
        }
        return interest
    }

    /// SESSION_INVALID [session] once the session's record is gone.
    private func checkSession(_ session: String?) throws {
        guard let session else { return }
        if store.read({ $0.record(class: SessionRecord.className, ref: session) == nil }) {
            throw XenAPIError.sessionInvalid(session)
        }
    }

    /// Batching: a token event.from handed out less than `batchInterval` ago is not read again
    /// before the interval is over (nor past the deadline).
    private func waitOutBatchInterval(after token: EventToken, deadline: UInt64) {
        guard settings.batchInterval > 0, token.generation > 0, let handedOut = issued.time(of: token.generation)
        else { return }
        let until = min(handedOut + UInt64(settings.batchInterval * 1e9), deadline)
        guard until > MonotonicClock.now() else { return }
        var ts = timespec(tv_sec: Int(until / 1_000_000_000), tv_nsec: Int(until % 1_000_000_000))
        while clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nil) == EINTR {}
    }

    // MARK: - event.inject, event.get_current_id

    /// `event.inject(class, ref)`: touches the row (a new `mod`) and returns a token that yields
    /// it. HANDLE_INVALID [class; ref] unless `ref` is in table `class` (exact name, as xapi).
    public func inject(class cls: String, ref: String) throws -> String {
        try store.write { tx in try tx.touch(class: cls, ref: ref) }
        // The touch's generation (or a later change's: the token then yields that one too).
        let touched = store.read { $0.objectGenerations(class: cls, ref: ref)?.modified } ?? store.generation
        return EventToken(generation: touched - 1).description
    }

    /// `event.get_current_id`: the legacy event counter.
    public var currentID: Int64 { legacy.currentID }

    // MARK: - event.register, event.unregister, event.next

    public func register(session: String, classes: [String]) throws {
        legacy.register(session: session, try classes.map(Subscription.init(parsing:)))
    }

    public func unregister(session: String, classes: [String]) throws {
        legacy.unregister(session: session, try classes.map(Subscription.init(parsing:)))
    }

    /// Blocks until the session has events; see LegacyEvents.next. `trackID` is the parameter of
    /// SESSION_NOT_REGISTERED (xapi: Context.trackid_of_session).
    public func next(session: String, trackID: String) throws -> [Event] {
        try legacy.next(session: session, trackID: trackID)
    }

    /// Wakes the session's blocked calls at once (they answer SESSION_INVALID). The commit
    /// observer does this by itself when the session's record is deleted.
    public func sessionEnded(_ session: String) {
        waiters.sessionEnded(session)
        legacy.sessionEnded(session)
    }

    /// Makes blocked and future event.from / event.next calls return at once with what they
    /// have (possibly nothing), so that stopping the daemon does not wait for their timeouts.
    public func shutDown() {
        waiters.close()
        legacy.close()
    }

    // MARK: - Heartbeat

    /// Starts the pool heartbeat on a thread of its own (xapi: every 30 s).
    public func startHeartbeat(interval: Double = 30,
                               onError: @escaping @Sendable (Error) -> Void = { _ in }) -> Heartbeat {
        Heartbeat(store: store, interval: interval, onError: onError)
    }
}
