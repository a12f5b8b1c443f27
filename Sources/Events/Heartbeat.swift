// The pool heartbeat: every `interval` seconds the pool object is touched, so every watcher of
// the pool sees a `mod` (xapi: Xapi_event.heartbeat, run every 30 s by db_gc). It keeps idle
// event connections alive through firewalls and lets clients notice a dead server. xapi only
// queues the event for event.next; touching the row makes event.from see it too.
import Database
import Datamodel
import Foundation

/// A thread that touches the pool row periodically until stopped.
public final class Heartbeat: Sendable {
    private let stopped = WakeSignal()

    /// Starts the thread. `onError` hears about failed writes (the next beat tries again).
    public init(store: ObjectStore, interval: Double, onError: @escaping @Sendable (Error) -> Void = { _ in }) {
        let stopped = self.stopped
        let thread = Thread {
            while !stopped.wait(until: MonotonicClock.deadline(after: interval)) {
                do {
                    try store.write { tx in
                        for ref in tx.refs(class: PoolRecord.className) {
                            try tx.touch(class: PoolRecord.className, ref: ref)
                        }
                    }
                } catch {
                    onError(error)
                }
            }
        }
        thread.name = "event-heartbeat"
        thread.start()
    }

    /// Ends the thread (at once, even mid-interval).
    public func stop() { stopped.fire() }
}
