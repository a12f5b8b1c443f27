// Tunables of the event subsystem, with xapi's values or ours where we differ on purpose.

/// How events are queued and batched.
public struct EventSettings: Sendable {
    /// How many events event.next keeps per session before the client gets EVENTS_LOST. xapi
    /// bounds one global queue to 10 MB of JSON (a few thousand records); this bounds each session.
    public var queueLength: Int
    /// The least time, in seconds, between one event.from batch and the next read for the same
    /// token. A watcher whose token is older than this is answered at once; one calling back
    /// sooner waits out the rest, so changes arriving meanwhile come in one batch. xapi waits
    /// 50 ms before every re-read; 0 disables batching. See README "Events".
    public var batchInterval: Double

    public init(queueLength: Int = 10_000, batchInterval: Double = 0.01) {
        self.queueLength = queueLength
        self.batchInterval = batchInterval
    }
}
