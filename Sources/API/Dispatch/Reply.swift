// What a call answers before it is encoded. Cached records keep their XML-RPC encoding, so the
// XML-RPC endpoint splices them in unchanged; everyone else sees plain values (CallOutcome).
import Wire

/// A successful call's result.
enum Answer: Sendable {
    case value(Value)
    /// get_record from the RecordWireCache.
    case record(RecordWireCache.Entry)
    /// get_all_records(_where): ref -> record, in order.
    case records([(ref: String, entry: RecordWireCache.Entry)])

    var value: Value {
        switch self {
        case .value(let v): return v
        case .record(let e): return e.value
        case .records(let list): return .structure(list.map { Member($0.ref, $0.entry.value) })
        }
    }

    /// Exactly `XMLRPC.encodeSuccess(value)`.
    var xmlSuccess: [UInt8] {
        switch self {
        case .value(let v): return XMLRPC.encodeSuccess(v)
        case .record(let e): return XMLRPC.encodeSuccess(e.xml)
        case .records(let list): return XMLRPC.encodeSuccess(structOf: list.map { ($0.ref, $0.entry.xml) })
        }
    }
}

/// One call's reply, in the shapes of CallOutcome.
enum Reply: Sendable {
    case success(Answer)
    case failure(XenAPIError)
    case bare(Value)

    var outcome: CallOutcome {
        switch self {
        case .success(let a): return .success(a.value)
        case .failure(let e): return .failure(e)
        case .bare(let v): return .bare(v)
        }
    }

    /// The XML-RPC response body.
    var xmlBody: [UInt8] {
        switch self {
        case .success(let a): return a.xmlSuccess
        case .failure(let e): return XMLRPC.encodeFailure(e)
        case .bare(let v): return XMLRPC.encodeBareResponse(v)
        }
    }
}
