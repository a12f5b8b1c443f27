// The XML-RPC codec's public face: request decoding (libxml2, see XMLRPCDecoder.swift) and the
// exact response bytes xapi emits (xapi-semantics.md §1.2). Pure: no HTTP, no datamodel.

/// XML-RPC as xapi speaks it: `Status`/`Value` envelopes, never `<fault>`.
public enum XMLRPC {
    static let prolog: StaticString = "<?xml version=\"1.0\"?><methodResponse><params><param>"
    static let epilog: StaticString = "</param></params></methodResponse>"
    static let successHead: StaticString =
        "<value><struct><member><name>Status</name><value>Success</value></member><member><name>Value</name>"
    static let successTail: StaticString = "</member></struct></value>"

    /// Parses a `<methodCall>`; any malformed or unsafe document throws `RPCParseError`.
    public static func decodeCall(_ body: [UInt8]) throws(RPCParseError) -> RPCCall {
        if let call = XMLRPCFastDecoder.decodeCall(body) { return call }
        return try XMLRPCDecoder.decodeCall(body)
    }

    /// `…<struct><member><name>Status</name><value>Success</value></member><member><name>Value</name>VALUE</member></struct>…`
    public static func encodeSuccess(_ value: Value) -> [UInt8] {
        var w = ByteWriter(capacity: 2048)
        w.append(prolog)
        w.append(successHead)
        w.append(xmlValue: value)
        w.append(successTail)
        w.append(epilog)
        return w.finish()
    }

    /// `Status` `Failure` with `ErrorDescription` = `[code, params…]` as strings.
    public static func encodeFailure(_ error: XenAPIError) -> [UInt8] {
        var w = ByteWriter(capacity: 384)
        w.append(prolog)
        w.append("<value><struct><member><name>Status</name><value>Failure</value></member><member><name>ErrorDescription</name><value><array><data><value>")
        w.append(xmlEscaped: error.code)
        w.append("</value>")
        for param in error.params {
            w.append("<value>")
            w.append(xmlEscaped: param)
            w.append("</value>")
        }
        w.append("</data></array></value></member></struct></value>")
        w.append(epilog)
        return w.finish()
    }

    /// The value with no `Status` wrapper, as xapi answers `system.listMethods`.
    public static func encodeBareResponse(_ value: Value) -> [UInt8] {
        var w = ByteWriter(capacity: 512)
        w.append(prolog)
        w.append(xmlValue: value)
        w.append(epilog)
        return w.finish()
    }

    /// `<value>…</value>` alone, as `task.result` holds it (`<value></value>` for void).
    public static func encodeValue(_ value: Value) -> String {
        var w = ByteWriter(capacity: 64)
        w.append(xmlValue: value)
        return w.finishString()
    }

    /// A `<methodCall>` as ocaml-rpc's `string_of_call` writes it; `.null` params go out as `<nil/>`.
    public static func encodeCall(_ call: RPCCall) -> [UInt8] {
        var w = ByteWriter(capacity: 256)
        w.append("<?xml version=\"1.0\"?><methodCall><methodName>")
        w.append(xmlEscaped: call.method)
        w.append("</methodName><params>")
        for param in call.params {
            w.append("<param>")
            w.append(xmlValue: param, null: .nilElement)
            w.append("</param>")
        }
        w.append("</params></methodCall>")
        return w.finish()
    }

    /// Parses a `<methodResponse>`: `Status`/`Value` → success, `Status`/`ErrorDescription` →
    /// failure, a `<fault>` → failure `["fault", code, string]`, any other value → success.
    public static func decodeResponse(_ body: [UInt8]) throws(RPCParseError) -> Result<Value, XenAPIError> {
        try XMLRPCDecoder.decodeResponse(body)
    }
}
