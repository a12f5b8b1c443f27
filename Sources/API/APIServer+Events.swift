// The daemon's side of the event subsystem: the pool heartbeat thread, and waking blocked event
// calls when it stops.
import Events

extension APIServer {
    /// Starts the pool heartbeat (a `mod` of the pool every `interval` seconds; xapi: 30) on a
    /// thread of its own.
    @discardableResult
    public func startEventHeartbeat(interval: Double = 30) -> Heartbeat {
        events.startHeartbeat(interval: interval) { [log] error in
            log.error("event heartbeat: cannot touch the pool: \(error)")
        }
    }

    /// Answers blocked event.from / event.next calls at once (with what they have), so a stop
    /// need not wait for their timeouts.
    public func stopEvents() {
        events.shutDown()
    }
}
