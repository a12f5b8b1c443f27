// Learning that domains died, as xenopsd's xenstore watcher does (xen-backend.md §1.7): a thread
// watches @introduceDomain and @releaseDomain on its own connection and, on each event, lists
// the domains and compares them with the previous list; a domain whose shutdown flag or code
// changed, or that vanished, is reported. The API layer applies actions_after_shutdown/reboot/
// crash to the reports not marked `expected` (those the toolstack caused itself).
import Glibc
import Synchronization

/// One change of a domain's life.
public struct DomainEvent: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The domain shut down with this code (the guest halted, rebooted, crashed, suspended,
        /// or was shut down by the toolstack).
        case shutdown(ShutdownReason)
        /// The domain is gone (destroyed).
        case vanished
    }

    public var domid: UInt32
    /// The VM's UUID (the domain handle when the domain was first seen).
    public var uuid: String
    public var kind: Kind
    /// The toolstack asked for this (a shutdown request, a hard shutdown or a destroy through
    /// this manager); false for what the guest did on its own.
    public var expected: Bool

    public var description: String {
        "domain \(domid) (\(uuid)): \(kind)\(expected ? " (expected)" : "")"
    }
}

final class DomainMonitor: Sendable {
    private let stopping = StopFlag()
    private let thread: PosixThread

    init(manager: DomainManager, store: any XenStore, handler: @escaping @Sendable (DomainEvent) -> Void) throws {
        try store.watch("@releaseDomain", token: "monitor")
        try store.watch("@introduceDomain", token: "monitor")
        let initial = try Self.snapshot(manager.control)
        let stopping = self.stopping
        let box = UncheckedBox(store)
        thread = PosixThread(name: "domain-monitor") { [weak manager] in
            var known = initial
            let store = box.value
            while !stopping.isSet {
                guard (try? store.readWatch(timeout: .milliseconds(100))) != nil else { continue }
                while (try? store.readWatch(timeout: .zero)) != nil {}  // one listing serves a burst
                guard let manager, let now = try? Self.snapshot(manager.control) else { continue }
                for event in Self.changes(from: known, to: now) {
                    handler(manager.consumeExpectation(event))
                }
                known = now
            }
        }
    }

    func stop() {
        stopping.set()
        if !thread.isCurrent { thread.join() }
    }

    /// Every domain but dom0, by domid.
    static func snapshot(_ control: any XenControl) throws -> [UInt32: DomainInfo] {
        var out: [UInt32: DomainInfo] = [:]
        for info in try control.domainInfoList() where info.domid != 0 { out[info.domid] = info }
        return out
    }

    /// The reports between two listings (`Xenstore_watch`'s comparison: appeared, vanished,
    /// shutdown flag or code changed). A domain being destroyed carries the deadbeef handle, so
    /// its UUID is taken from the earlier listing.
    static func changes(from old: [UInt32: DomainInfo], to new: [UInt32: DomainInfo]) -> [DomainEvent] {
        var events: [DomainEvent] = []
        for (domid, info) in new.sorted(by: { $0.key < $1.key }) {
            let before = old[domid]
            guard let reason = info.shutdownReason else { continue }
            if before?.shutdownReason != reason {
                events.append(DomainEvent(domid: domid, uuid: before?.uuid ?? info.uuid, kind: .shutdown(reason),
                                          expected: false))
            }
        }
        for (domid, info) in old.sorted(by: { $0.key < $1.key }) where new[domid] == nil {
            events.append(DomainEvent(domid: domid, uuid: info.uuid, kind: .vanished, expected: false))
        }
        return events
    }
}

/// Carries a value the compiler cannot prove Sendable into a thread that becomes its only user.
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

extension DomainManager {
    /// Starts reporting domain deaths to `handler`, on a thread of its own (one at a time; a
    /// second call replaces the handler). Reports are in the order the changes were seen.
    public func startMonitoring(_ handler: @escaping @Sendable (DomainEvent) -> Void) throws {
        stopMonitoring()
        let store = try openStore()
        let m = try DomainMonitor(manager: self, store: store, handler: handler)
        monitor.withLock { $0 = m }
    }

    /// Stops the monitor thread (waits for it to finish its current report).
    public func stopMonitoring() {
        let m = monitor.withLock { m -> DomainMonitor? in
            defer { m = nil }
            return m
        }
        m?.stop()
        expectations.withLock { $0.removeAll() }
    }

    /// Marks the event expected if the toolstack caused it; forgets a vanished domain's entry.
    func consumeExpectation(_ event: DomainEvent) -> DomainEvent {
        var event = event
        expectations.withLock { e in
            let x = e[event.domid]
            switch event.kind {
            case .shutdown: event.expected = x?.shutdown == true || x?.destroy == true
            case .vanished:
                event.expected = x?.destroy == true
                e[event.domid] = nil
            }
        }
        return event
    }
}
