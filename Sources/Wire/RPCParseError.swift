// A request or response that cannot be framed as a call: xapi answers these with HTTP 500 and
// the printed exception, never with a XenAPI error (xapi-semantics.md §1.1).

/// A transport-level decoding failure; `description` reads like the OCaml exception xapi prints.
public struct RPCParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) { self.description = description }
}

extension RPCParseError {
    /// ocaml-rpc's structural XML error: `Xmlrpc.Parse_error("close_tag", "open_tag", _)`.
    static func xml(got: String, expected: String) -> RPCParseError {
        RPCParseError("Xmlrpc.Parse_error(\(quoted(clipped(got))), \(quoted(expected)), _)")
    }

    /// A document that is not well-formed XML (libxml2's message, with its position).
    static func malformedXML(_ message: String, line: Int, column: Int) -> RPCParseError {
        RPCParseError("Xmlm.Error((\(line), \(column)), \(quoted(message)))")
    }

    /// A scalar whose text does not convert (`Failure("Int64.of_string")`).
    static func failure(_ message: String) -> RPCParseError {
        RPCParseError("Failure(\(quoted(message)))")
    }

    /// Syntactically broken JSON.
    static func json(_ message: String, offset: Int) -> RPCParseError {
        RPCParseError("Yojson.Json_error(\(quoted("Line 1, byte \(offset): \(message)")))")
    }

    /// Well-formed JSON that is not a JSON-RPC request (ocaml-rpc `jsonrpc.ml`).
    static func malformedRequest(_ message: String) -> RPCParseError {
        RPCParseError("Jsonrpc.Malformed_method_request(\(quoted(message)))")
    }

    /// Well-formed JSON that is not a JSON-RPC response.
    static func malformedResponse(_ message: String) -> RPCParseError {
        RPCParseError("Jsonrpc.Malformed_method_response(\(quoted(message)))")
    }

    /// Offending input is quoted only up to a point: a body may be 300 KiB.
    static func clipped(_ text: String, to limit: Int = 200) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 3)) + "..."
    }

    /// OCaml's `%S`: the text in double quotes with `"` and `\` escaped, controls as `\n` or `\ddd`.
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20:
                let digits = String(scalar.value)
                out += "\\" + String(repeating: "0", count: 3 - digits.count) + digits
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
