// JSON-RPC requests per xapi-semantics.md §1.5 and clients.md §4.
import XCTest
@testable import Wire

final class JSONRPCDecoderTests: XCTestCase {
    private func decode(_ s: String) throws -> RPCCall { try JSONRPC.decodeCall(bytes(s)) }

    /// §1.6d.
    func testV2Call() throws {
        let call = try decode(#"{"jsonrpc":"2.0","method":"VM.get_power_state","params":["OpaqueRef:1d1b","OpaqueRef:8c2f"],"id":7}"#)
        XCTAssertEqual(call, RPCCall(method: "VM.get_power_state", params: ["OpaqueRef:1d1b", "OpaqueRef:8c2f"], id: .int(7), jsonVersion: .v2))
    }

    func testV1Call() throws {
        let call = try decode(#"{"method": "session.login_with_password", "params": ["root", "pw", "1.0", "xo"], "id": "a0b1-uuid"}"#)
        XCTAssertEqual(call, RPCCall(method: "session.login_with_password", params: ["root", "pw", "1.0", "xo"], id: "a0b1-uuid", jsonVersion: .v1))
    }

    func testMemberOrderDoesNotMatter() throws {
        let call = try decode(#"{"id":1,"params":[],"method":"pool.get_all","jsonrpc":"2.0"}"#)
        XCTAssertEqual(call.method, "pool.get_all")
        XCTAssertEqual(call.jsonVersion, .v2)
        XCTAssertEqual(call.id, .int(1))
    }

    func testParamTypes() throws {
        let call = try decode(#"{"method":"m","params":[1,1.0,"1",true,null,[],{"k":"v","n":2}],"id":0}"#)
        XCTAssertEqual(call.params, [.int(1), .double(1), "1", .bool(true), .null, .array([]), .structure([Member("k", "v"), Member("n", .int(2))])])
    }

    func testV2ParamsOptionalOrObject() throws {
        XCTAssertEqual(try decode(#"{"jsonrpc":"2.0","method":"system.listMethods","id":1}"#).params, [])
        XCTAssertEqual(try decode(#"{"jsonrpc":"2.0","method":"m","params":null,"id":1}"#).params, [])
        XCTAssertEqual(try decode(#"{"jsonrpc":"2.0","method":"m","params":{"a":1},"id":1}"#).params,
                       [.structure([Member("a", .int(1))])])
    }

    func testRejectedRequests() {
        let cases: [(String, String)] = [
            (#"{"method":"m","params":[]}"#, "Invalid field 'id' in request body"),
            (#"{"method":"m","params":[],"id":null}"#, "Invalid field 'id' in request body"),
            (#"{"method":"m","params":[],"id":1.5}"#, "Invalid field 'id' in request body"),
            (#"{"method":"m","params":[],"id":[1]}"#, "Invalid field 'id' in request body"),
            (#"{"method":"m","params":[],"id":true}"#, "Invalid field 'id' in request body"),
            (#"{"jsonrpc":"2.0","method":"m"}"#, "Invalid field 'id' in request body"),
            (#"{"jsonrpc":"1.0","method":"m","params":[],"id":1}"#, "Invalid field 'jsonrpc' in request body"),
            (#"{"jsonrpc":2.0,"method":"m","params":[],"id":1}"#, "Invalid field 'jsonrpc' in request body"),
            (#"{"params":[],"id":1}"#, "Required field method is missing"),
            (#"{"method":5,"params":[],"id":1}"#, "Invalid field 'method' in request body"),
            (#"{"method":"m","id":1}"#, "Required field params is missing"),
            (#"{"method":"m","params":{"a":1},"id":1}"#, "Invalid field 'params' in request body"),
            (#"{"method":"m","params":null,"id":1}"#, "Invalid field 'params' in request body"),
            (#"{"jsonrpc":"2.0","method":"m","params":"x","id":1}"#, "Invalid field 'params' in request body"),
            (#"["m"]"#, "Invalid request body"),
        ]
        for (body, message) in cases {
            let error = assertParseError(try decode(body))
            XCTAssertEqual(error?.description, "Jsonrpc.Malformed_method_request(\"\(message)\")", body)
        }
        assertParseError(try decode(#"{"method":"m","params":[],"id":1"#))
        assertParseError(try decode(""))
    }

    func testFirstOccurrenceWins() throws {
        let call = try decode(#"{"method":"a","method":"b","params":[],"id":1}"#)
        XCTAssertEqual(call.method, "a")
    }
}
