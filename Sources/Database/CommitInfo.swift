// What observers hear after each commit: the generations it used and one Change per object.
// The events subsystem builds event.from / event.next on this plus Snapshot's generation queries.

/// One committed transaction.
public struct CommitInfo: Sendable {
    /// The generations handed out, one per change, in `changes` order (contiguous, increasing).
    public let generations: ClosedRange<Int64>
    public let changes: [Change]
}

/// The net effect of one transaction on one object (intermediate states are coalesced).
public struct Change: Sendable, Hashable {
    public enum Operation: String, Sendable, Hashable {
        case add, mod, del
    }

    public let className: String
    public let ref: String
    public let operation: Operation
    /// The object's new modified (or deleted) generation.
    public let generation: Int64

    public init(className: String, ref: String, operation: Operation, generation: Int64) {
        self.className = className
        self.ref = ref
        self.operation = operation
        self.generation = generation
    }
}
