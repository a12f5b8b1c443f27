// One event as it goes on the wire (xapi: ocaml/xapi-types/event_types.ml). `id` and `timestamp`
// are strings and there is no obj_uuid, whatever the datamodel says (notes §4.1).
import Database
import Wire

/// An add, mod or del of one object.
public struct Event: Sendable, Equatable {
    public var id: String
    public var timestamp: String
    /// The lower-cased class name.
    public var className: String
    public var operation: Change.Operation
    public var ref: String
    /// The record (`get_record`); nil for event.from's `del`.
    public var snapshot: Value?

    public init(id: String, timestamp: String, className: String, operation: Change.Operation, ref: String,
                snapshot: Value?) {
        self.id = id
        self.timestamp = timestamp
        self.className = className
        self.operation = operation
        self.ref = ref
        self.snapshot = snapshot
    }

    /// The struct xapi sends, members in its order; `snapshot` omitted when absent.
    public var wire: Value {
        var members = [
            Member("id", .string(id)),
            Member("timestamp", .string(timestamp)),
            Member("class", .string(className)),
            Member("operation", .string(operation.rawValue)),
            Member("ref", .string(ref)),
        ]
        if let snapshot { members.append(Member("snapshot", snapshot)) }
        return .structure(members)
    }
}
