// xapi reports parameter type errors with ocaml-rpc's value printer inside INTERNAL_ERROR
// (`Failure("Expected bool, got 'S(true)'")`); this reproduces that printer.

extension Value {
    /// ocaml-rpc's `Rpc.to_string`: `I(5)`, `S(x)`, `B(true)`, `F(1)`, `D(...)`, `[..]`, `{k:v}`.
    public var rpcDescription: String {
        switch self {
        case .string(let s): return "S(\(s))"
        case .int(let i): return "I(\(i))"
        case .int32(let i): return "I32(\(i))"
        case .double(let d): return "F(\(d))"
        case .bool(let b): return "B(\(b))"
        case .dateTime(let d): return "D(\(d.wireString))"
        case .array(let a): return "[" + a.map(\.rpcDescription).joined(separator: ",") + "]"
        case .structure(let m):
            return "{" + m.map { "\($0.name):\($0.value.rpcDescription)" }.joined(separator: ",") + "}"
        case .null: return "N"
        }
    }
}

extension XenAPIError {
    /// A value of the wrong type for a parameter or field, as xapi reports it.
    public static func typeError(expected: String, got value: Value) -> XenAPIError {
        .internalError("Failure(\"Expected \(expected), got '\(value.rpcDescription)'\")")
    }
}
