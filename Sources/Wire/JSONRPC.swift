// The JSON-RPC codec's public face (`POST /jsonrpc`): v1 and v2 framing exactly as xapi writes
// it (xapi-semantics.md §1.5, clients.md §4). Pure: no HTTP, no datamodel.

/// JSON-RPC 1.0 and 2.0 as xapi speaks them.
public enum JSONRPC {
    /// Parses a request; malformed JSON, a missing `method`/`params` (v1) or a missing or
    /// non-string, non-integer `id` throws `RPCParseError` (xapi: HTTP 500).
    public static func decodeCall(_ body: [UInt8]) throws(RPCParseError) -> RPCCall {
        try JSONRPCDecoder.decodeCall(body)
    }

    /// v1 `{"result":VALUE,"error":null,"id":ID}`, v2 `{"jsonrpc":"2.0","result":VALUE,"id":ID}`.
    public static func encodeSuccess(_ value: Value, id: Value, version: JSONRPCVersion) -> [UInt8] {
        var w = ByteWriter(capacity: 256)
        switch version {
        case .v1:
            w.append("{\"result\":")
            w.append(jsonValue: value)
            w.append(",\"error\":null,\"id\":")
        case .v2:
            w.append("{\"jsonrpc\":\"2.0\",\"result\":")
            w.append(jsonValue: value)
            w.append(",\"id\":")
        }
        w.append(jsonValue: id)
        w.append(byte: UInt8(ascii: "}"))
        return w.finish()
    }

    /// v1 `{"result":null,"error":["CODE","p1",…],"id":ID}`,
    /// v2 `{"jsonrpc":"2.0","error":{"code":1,"message":"CODE","data":["p1",…]},"id":ID}`.
    public static func encodeFailure(_ error: XenAPIError, id: Value, version: JSONRPCVersion) -> [UInt8] {
        var w = ByteWriter(capacity: 256)
        switch version {
        case .v1:
            w.append("{\"result\":null,\"error\":")
            w.append(jsonErrorArray: error)
        case .v2:
            // xapi: api_server.ml callback1, error code always 1 (`error_code_lit`).
            w.append("{\"jsonrpc\":\"2.0\",\"error\":{\"code\":1,\"message\":")
            w.append(jsonQuoted: error.code)
            w.append(",\"data\":")
            w.append(jsonValue: .array(error.params.map(Value.string)))
            w.append(byte: UInt8(ascii: "}"))
        }
        w.append(",\"id\":")
        w.append(jsonValue: id)
        w.append(byte: UInt8(ascii: "}"))
        return w.finish()
    }

    /// The error as the plain `["CODE","p1",…]` array whatever the version: xapi skips the v2
    /// translation for `system.listMethods` (api_server.ml, callback1), giving
    /// `{"jsonrpc":"2.0","error":["CODE",…],"id":ID}` for v2 and the usual v1 shape otherwise.
    public static func encodeUntranslatedFailure(_ error: XenAPIError, id: Value, version: JSONRPCVersion) -> [UInt8] {
        var w = ByteWriter(capacity: 256)
        w.append(version == .v2 ? "{\"jsonrpc\":\"2.0\",\"error\":" : "{\"result\":null,\"error\":")
        w.append(jsonErrorArray: error)
        w.append(",\"id\":")
        w.append(jsonValue: id)
        w.append(byte: UInt8(ascii: "}"))
        return w.finish()
    }

    /// A request as ocaml-rpc's `string_of_call` writes it (`"jsonrpc":"2.0"` first for v2);
    /// for tests and clients. An XML-RPC call (no version) is written as v1, id 0 when absent.
    public static func encodeCall(_ call: RPCCall) -> [UInt8] {
        var w = ByteWriter(capacity: 256)
        w.append(byte: UInt8(ascii: "{"))
        if call.jsonVersion == .v2 { w.append("\"jsonrpc\":\"2.0\",") }
        w.append("\"method\":")
        w.append(jsonQuoted: call.method)
        w.append(",\"params\":")
        w.append(jsonValue: .array(call.params))
        w.append(",\"id\":")
        w.append(jsonValue: call.id ?? .int(0))
        w.append(byte: UInt8(ascii: "}"))
        return w.finish()
    }

    /// Parses a response of either version into the result or the XenAPI error it carries.
    public static func decodeResponse(_ body: [UInt8]) throws(RPCParseError) -> Result<Value, XenAPIError> {
        try JSONRPCDecoder.decodeResponse(body)
    }

    /// Any JSON text as a `Value` (ints stay `.int`, objects keep their order).
    public static func decodeValue(_ text: [UInt8]) throws(RPCParseError) -> Value {
        try JSONParser.parse(text)
    }

    /// `value` as compact JSON.
    public static func encodeValue(_ value: Value) -> [UInt8] {
        var w = ByteWriter(capacity: 128)
        w.append(jsonValue: value)
        return w.finish()
    }
}
