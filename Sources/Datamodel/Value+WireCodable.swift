// `X record` fields and results are carried as the wire value itself (event.snapshot, create args):
// a Value decodes to and encodes as itself.
import Wire

extension Value: WireCodable {
    public init(wire: Value) { self = wire }
    public var wire: Value { self }
}
