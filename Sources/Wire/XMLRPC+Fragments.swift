// Responses spliced from values encoded earlier: a cached record's `<value>…</value>` goes out
// unchanged instead of being written again from its Value (most of the cost of a get_record).
// The bytes are exactly what `encodeSuccess` would write for the same values.

/// A value already written as XML-RPC `<value>…</value>`, held inside the whole success response
/// for that value, so answering with it alone copies nothing.
public struct XMLValueFragment: Sendable, Equatable {
    /// `XMLRPC.encodeSuccess(value)`.
    public let response: [UInt8]
    private let valueRange: Range<Int>

    /// Encodes `value` as a response would.
    public init(_ value: Value) {
        var w = ByteWriter(capacity: 1024)
        w.append(XMLRPC.prolog)
        w.append(XMLRPC.successHead)
        let start = w.count
        w.append(xmlValue: value)
        let end = w.count
        w.append(XMLRPC.successTail)
        w.append(XMLRPC.epilog)
        response = w.finish()
        valueRange = start..<end
    }

    /// The `<value>…</value>` bytes.
    public var bytes: ArraySlice<UInt8> { response[valueRange] }
}

extension XMLRPC {
    /// `encodeSuccess(v)` for the value `fragment` was made from.
    public static func encodeSuccess(_ fragment: XMLValueFragment) -> [UInt8] {
        fragment.response
    }

    /// `encodeSuccess(.structure(members))` where each member's value is given encoded
    /// (get_all_records: ref -> record).
    public static func encodeSuccess(structOf members: [(name: String, value: XMLValueFragment)]) -> [UInt8] {
        var size = 256
        for m in members { size += m.value.bytes.count + m.name.utf8.count + 32 }
        var w = ByteWriter(capacity: size)
        w.append(prolog)
        w.append(successHead)
        w.append("<value><struct>")
        for m in members {
            w.append("<member><name>")
            w.append(xmlEscaped: m.name)
            w.append("</name>")
            m.value.bytes.withUnsafeBufferPointer { w.append($0) }
            w.append("</member>")
        }
        w.append("</struct></value>")
        w.append(successTail)
        w.append(epilog)
        return w.finish()
    }
}
