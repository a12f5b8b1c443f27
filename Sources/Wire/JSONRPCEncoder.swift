// One `Value` as JSON, as ocaml-rpc's `Jsonrpc.rpc_to_json` + Yojson write it: no whitespace,
// ints as integer literals, floats always with a fraction or exponent, datetimes as
// `"YYYYMMDDTHH:MM:SSZ"` strings, structs as objects in member order.

extension ByteWriter {
    /// Appends the JSON text for `value`.
    mutating func append(jsonValue value: Value) {
        switch value {
        case .string(let s):
            append(jsonQuoted: s)
        case .int(let i):
            append(decimal: i)
        case .int32(let i):
            append(decimal: Int64(i))
        case .double(let d):
            append(jsonDouble: d)
        case .bool(let b):
            append(b ? "true" : "false")
        case .dateTime(let date):
            append(byte: UInt8(ascii: "\""))
            append(wireDate: date)
            append(byte: UInt8(ascii: "\""))
        case .array(let elements):
            append(byte: UInt8(ascii: "["))
            for (n, element) in elements.enumerated() {
                if n > 0 { append(byte: UInt8(ascii: ",")) }
                append(jsonValue: element)
            }
            append(byte: UInt8(ascii: "]"))
        case .structure(let members):
            append(byte: UInt8(ascii: "{"))
            for (n, member) in members.enumerated() {
                if n > 0 { append(byte: UInt8(ascii: ",")) }
                append(jsonQuoted: member.name)
                append(byte: UInt8(ascii: ":"))
                append(jsonValue: member.value)
            }
            append(byte: UInt8(ascii: "}"))
        case .null:
            append("null")
        }
    }

    /// `["CODE","p1",…]`.
    mutating func append(jsonErrorArray error: XenAPIError) {
        append(byte: UInt8(ascii: "["))
        append(jsonQuoted: error.code)
        for param in error.params {
            append(byte: UInt8(ascii: ","))
            append(jsonQuoted: param)
        }
        append(byte: UInt8(ascii: "]"))
    }
}
