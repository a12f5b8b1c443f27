// event.from's result: the events, the row count of every table, and the token to pass next.
import Wire

/// What one event.from call returns.
public struct EventBatch: Sendable, Equatable {
    /// In generation order.
    public var events: [Event]
    /// Every table the database holds (lower-cased), with its row count.
    public var validRefCounts: [(name: String, count: Int32)]
    public var token: EventToken

    public init(events: [Event], validRefCounts: [(name: String, count: Int32)], token: EventToken) {
        self.events = events
        self.validRefCounts = validRefCounts
        self.token = token
    }

    /// `{events, valid_ref_counts, token}`; the counts are Int32 (`<i4>`) as in xapi.
    public var wire: Value {
        .structure([
            Member("events", .array(events.map(\.wire))),
            Member("valid_ref_counts", .structure(validRefCounts.map { Member($0.name, .int32($0.count)) })),
            Member("token", .string(token.description)),
        ])
    }

    public static func == (a: EventBatch, b: EventBatch) -> Bool {
        a.events == b.events && a.token == b.token
            && a.validRefCounts.map(\.name) == b.validRefCounts.map(\.name)
            && a.validRefCounts.map(\.count) == b.validRefCounts.map(\.count)
    }
}
