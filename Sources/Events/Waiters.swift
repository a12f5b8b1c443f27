// Blocked event.from callers and the commit observer that wakes them. A caller registers what it
// wants (whole classes, single refs, or everything) and then reads; the observer fires only the
// registrations that a commit concerns, so idle waiters cost nothing and watchers of one class
// are not woken by commits to another. Register-then-read means no commit can slip between a
// caller's read and its sleep: a commit applied after the read runs its observer after the
// registration.
import Database
import Datamodel

/// The registry of blocked event.from callers.
public final class Waiters: Sendable {
    /// One registered caller. Fired at most once; the caller unregisters it after waking.
    public final class Registration: Sendable {
        fileprivate let id: Int
        fileprivate let tables: [String: Set<String>?]
        fileprivate let everything: Bool
        fileprivate let session: String?
        fileprivate let signal = WakeSignal()

        fileprivate init(id: Int, interest: EventInterest, session: String?) {
            self.id = id
            self.tables = interest.tables
            self.everything = interest.subscriptions.contains(.all)
            self.session = session
        }

        /// Sleeps until a relevant commit (true) or `deadline` (MonotonicClock ns; false).
        public func wait(until deadline: UInt64) -> Bool {
            signal.wait(until: deadline)
        }
    }

    private struct Registry {
        var nextID = 0
        var byID: [Int: Registration] = [:]
        /// Registrations for "*": every commit to an event class concerns them.
        var everything: Set<Int> = []
        /// By store class name, for whole-class interests.
        var byClass: [String: Set<Int>] = [:]
        /// By ref, for single-object interests.
        var byRef: [String: Set<Int>] = [:]
        /// By session, so a logout wakes the session's callers.
        var bySession: [String: Set<Int>] = [:]
        /// Registrations fired but not yet unregistered.
        var fired: Set<Int> = []
        /// Shutting down: every registration fires at once.
        var closed = false
    }

    private let registry = Locked(Registry())
    private let eventClasses: Set<String>

    /// `catalog` tells which store classes generate events; commits touching only other classes
    /// (sessions) wake nobody, except the deletion of a waiter's own session.
    public init(catalog: EventCatalog) {
        eventClasses = Set(catalog.eventClasses.values)
    }

    /// Registers a caller; call before reading, then `wait`, then `unregister`.
    public func register(_ interest: EventInterest, session: String?) -> Registration {
        registry.withLock { r in
            let reg = Registration(id: r.nextID, interest: interest, session: session)
            r.nextID += 1
            r.byID[reg.id] = reg
            if reg.everything {
                r.everything.insert(reg.id)
            } else {
                for (cls, refs) in reg.tables {
                    if let refs {
                        for ref in refs { r.byRef[ref, default: []].insert(reg.id) }
                    } else {
                        r.byClass[cls, default: []].insert(reg.id)
                    }
                }
            }
            if let session { r.bySession[session, default: []].insert(reg.id) }
            if r.closed {
                r.fired.insert(reg.id)
                reg.signal.fire()
            }
            return reg
        }
    }

    public func unregister(_ reg: Registration) {
        registry.withLock { r in
            guard r.byID.removeValue(forKey: reg.id) != nil else { return }
            r.fired.remove(reg.id)
            if reg.everything {
                r.everything.remove(reg.id)
            } else {
                for (cls, refs) in reg.tables {
                    if let refs {
                        for ref in refs { Self.remove(reg.id, from: &r.byRef, key: ref) }
                    } else {
                        Self.remove(reg.id, from: &r.byClass, key: cls)
                    }
                }
            }
            if let session = reg.session { Self.remove(reg.id, from: &r.bySession, key: session) }
        }
    }

    private static func remove(_ id: Int, from index: inout [String: Set<Int>], key: String) {
        guard var set = index[key] else { return }
        set.remove(id)
        index[key] = set.isEmpty ? nil : set
    }

    /// The commit observer: fires every registration the commit concerns. The signalling happens
    /// after the registry lock is released.
    public func commitDidHappen(_ info: CommitInfo) {
        let toFire: [Registration] = registry.withLock { r in
            guard !r.byID.isEmpty else { return [] }
            var out: [Registration] = []
            func fire(_ ids: Set<Int>?) {
                guard let ids else { return }
                for id in ids where !r.fired.contains(id) {
                    r.fired.insert(id)
                    if let reg = r.byID[id] { out.append(reg) }
                }
            }
            var everythingFired = false
            for change in info.changes {
                if eventClasses.contains(change.className) {
                    if !everythingFired {
                        fire(r.everything)
                        everythingFired = true
                    }
                    fire(r.byClass[change.className])
                    fire(r.byRef[change.ref])
                } else if change.className == SessionRecord.className && change.operation == .del {
                    fire(r.bySession[change.ref])
                }
            }
            return out
        }
        for reg in toFire { reg.signal.fire() }
    }

    /// Wakes every caller of `session` (it ended; they answer SESSION_INVALID).
    public func sessionEnded(_ session: String) {
        let toFire: [Registration] = registry.withLock { r in
            guard let ids = r.bySession[session] else { return [] }
            var out: [Registration] = []
            for id in ids where !r.fired.contains(id) {
                r.fired.insert(id)
                if let reg = r.byID[id] { out.append(reg) }
            }
            return out
        }
        for reg in toFire { reg.signal.fire() }
    }

    /// Fires every registration, now and from now on (the daemon is stopping).
    public func close() {
        let toFire: [Registration] = registry.withLock { r in
            r.closed = true
            let ids = Set(r.byID.keys).subtracting(r.fired)
            r.fired.formUnion(ids)
            return ids.compactMap { r.byID[$0] }
        }
        for reg in toFire { reg.signal.fire() }
    }

    public var isClosed: Bool { registry.withLock { $0.closed } }

    /// How many callers are registered (blocked or about to block).
    public var count: Int { registry.withLock { $0.byID.count } }
}
