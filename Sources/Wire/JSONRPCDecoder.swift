// JSON-RPC envelopes, as ocaml-rpc's `Jsonrpc.version_id_and_call_of_string` and
// `get_response` read them (xapi-semantics.md §1.5). Members are looked up by first occurrence.

/// Turns parsed JSON into calls and responses.
enum JSONRPCDecoder {
    static func decodeCall(_ body: [UInt8]) throws(RPCParseError) -> RPCCall {
        guard case .structure(let members) = try JSONParser.parse(body) else {
            throw .malformedRequest("Invalid request body")
        }
        func field(_ name: String) -> Value? { members.first { $0.name == name }?.value }

        guard let methodValue = field("method") else { throw .malformedRequest("Required field method is missing") }
        guard case .string(let method) = methodValue else {
            throw .malformedRequest("Invalid field 'method' in request body")
        }
        let version: JSONRPCVersion
        switch field("jsonrpc") {
        case nil: version = .v1
        case .string("2.0")?: version = .v2
        default: throw .malformedRequest("Invalid field 'jsonrpc' in request body")
        }
        let params: [Value]
        switch (version, field("params")) {
        case (.v1, nil): throw .malformedRequest("Required field params is missing")
        case (.v1, .array(let list)?), (.v2, .array(let list)?): params = list
        case (.v2, nil), (.v2, .null?): params = []
        case (.v2, .structure(let object)?): params = [.structure(object)]
        default: throw .malformedRequest("Invalid field 'params' in request body")
        }
        // A request without an id is a notification, which xapi refuses (HTTP 500).
        let id: Value
        switch field("id") {
        case let value? where value.isJSONRPCId: id = value
        default: throw .malformedRequest("Invalid field 'id' in request body")
        }
        return RPCCall(method: method, params: params, id: id, jsonVersion: version)
    }

    static func decodeResponse(_ body: [UInt8]) throws(RPCParseError) -> Result<Value, XenAPIError> {
        guard case .structure(let members) = try JSONParser.parse(body) else {
            throw .malformedResponse("Invalid response body")
        }
        func field(_ name: String) -> Value? { members.first { $0.name == name }?.value }

        guard let id = field("id"), id.isJSONRPCId else { throw .malformedResponse("id") }
        switch field("jsonrpc") {
        case nil:
            guard let result = field("result") else { throw .malformedResponse("<result was not found>") }
            guard let error = field("error") else { throw .malformedResponse("<error was not found>") }
            switch (result, error) {
            case (_, .null): return .success(result)
            case (.null, _): return .failure(try xenAPIError(error))
            default: throw .malformedResponse("<result=\(result.rpcDescription)><error=\(error.rpcDescription)>")
            }
        case .string("2.0")?:
            switch (field("result"), field("error")) {
            case (let result?, nil):
                return .success(result)
            case (nil, let error?):
                return .failure(try xenAPIError(error))
            case (let result?, let error?):
                throw .malformedResponse("<result=\(result.rpcDescription)><error=\(error.rpcDescription)>")
            case (nil, nil):
                throw .malformedResponse("neither <result> nor <error> was found")
            }
        default:
            throw .malformedResponse("jsonrpc")
        }
    }

    /// `["CODE", params…]` (v1, and v2 outside the dispatcher) or
    /// `{"code":1,"message":"CODE","data":[params…]}` (v2).
    private static func xenAPIError(_ error: Value) throws(RPCParseError) -> XenAPIError {
        switch error {
        case .array(let parts):
            guard case .string(let code)? = parts.first, let params = strings(parts.dropFirst()) else {
                throw .malformedResponse("Error array")
            }
            return XenAPIError(code, params)
        case .structure:
            guard case .int? = error[member: "code"] else { throw .malformedResponse("Error code") }
            guard case .string(let message)? = error[member: "message"] else {
                throw .malformedResponse("Error message")
            }
            switch error[member: "data"] {
            case nil, .null?:
                return XenAPIError(message)
            case .array(let data)?:
                guard let params = strings(data[...]) else { throw .malformedResponse("Error data") }
                return XenAPIError(message, params)
            default:
                throw .malformedResponse("Error data")
            }
        default:
            throw .malformedResponse("Error object")
        }
    }

    private static func strings(_ values: ArraySlice<Value>) -> [String]? {
        var out: [String] = []
        out.reserveCapacity(values.count)
        for v in values {
            guard case .string(let s) = v else { return nil }
            out.append(s)
        }
        return out
    }
}

extension Value {
    /// JSON-RPC ids xapi accepts: a string or an integer.
    fileprivate var isJSONRPCId: Bool {
        switch self {
        case .string, .int: true
        default: false
        }
    }
}
