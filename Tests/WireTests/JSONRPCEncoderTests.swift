// JSON-RPC response bytes per xapi-semantics.md §1.5/§1.6d and clients.md §4.
import XCTest
@testable import Wire

final class JSONRPCEncoderTests: XCTestCase {
    func testV2Goldens() {
        XCTAssertEqual(text(JSONRPC.encodeSuccess("Running", id: .int(7), version: .v2)),
                       #"{"jsonrpc":"2.0","result":"Running","id":7}"#)
        XCTAssertEqual(text(JSONRPC.encodeFailure(.sessionInvalid("OpaqueRef:1d1b"), id: .int(7), version: .v2)),
                       #"{"jsonrpc":"2.0","error":{"code":1,"message":"SESSION_INVALID","data":["OpaqueRef:1d1b"]},"id":7}"#)
        XCTAssertEqual(text(JSONRPC.encodeFailure(XenAPIError("X"), id: "abc", version: .v2)),
                       #"{"jsonrpc":"2.0","error":{"code":1,"message":"X","data":[]},"id":"abc"}"#)
    }

    func testV1Goldens() {
        XCTAssertEqual(text(JSONRPC.encodeSuccess("OpaqueRef:s", id: "uuid-1", version: .v1)),
                       #"{"result":"OpaqueRef:s","error":null,"id":"uuid-1"}"#)
        XCTAssertEqual(text(JSONRPC.encodeSuccess(.void, id: .int(3), version: .v1)),
                       #"{"result":"","error":null,"id":3}"#)
        XCTAssertEqual(text(JSONRPC.encodeFailure(XenAPIError("VM_IS_TEMPLATE", ["OpaqueRef:5a2e", "start"]), id: .int(3), version: .v1)),
                       #"{"result":null,"error":["VM_IS_TEMPLATE","OpaqueRef:5a2e","start"],"id":3}"#)
    }

    func testValueEncodings() {
        func json(_ v: Value) -> String { text(JSONRPC.encodeValue(v)) }
        XCTAssertEqual(json(.int(2_147_483_648)), "2147483648")
        XCTAssertEqual(json(.int(.min)), "-9223372036854775808")
        XCTAssertEqual(json(.int32(5)), "5")
        XCTAssertEqual(json(.double(1)), "1.0")
        XCTAssertEqual(json(.double(0.25)), "0.25")
        XCTAssertEqual(json(.double(-0.0)), "-0.0")
        XCTAssertEqual(json(.double(1e20)), "1e+20")
        XCTAssertEqual(json(.double(.nan)), "NaN")
        XCTAssertEqual(json(.double(.infinity)), "Infinity")
        XCTAssertEqual(json(.double(-.infinity)), "-Infinity")
        XCTAssertEqual(json(.bool(true)), "true")
        XCTAssertEqual(json(.null), "null")
        XCTAssertEqual(json(.dateTime(XenDate(secondsSince1970: 1_704_164_645))), #""20240102T03:04:05Z""#)
        XCTAssertEqual(json(.array([])), "[]")
        XCTAssertEqual(json(.structure([])), "{}")
        XCTAssertEqual(json(.structure([Member("b", .array([.int(1), "x"])), Member("a", .structure([Member("k", .bool(false))]))])),
                       #"{"b":[1,"x"],"a":{"k":false}}"#)
    }

    func testStringEscaping() {
        XCTAssertEqual(text(JSONRPC.encodeValue("q\"b\\s/n\nr\rt\tb\u{8}f\u{C}z\u{0}e\u{1F}d\u{7F}é🎉<&>")),
                       #""q\"b\\s/n\nr\rt\tb\bf\fz\u0000e\u001fd\u007fé🎉<&>""#)
        XCTAssertEqual(text(JSONRPC.encodeValue(.structure([Member("k\"", "v")]))), #"{"k\"":"v"}"#)
    }

    func testEncodeCall() {
        XCTAssertEqual(text(JSONRPC.encodeCall(RPCCall(method: "VM.start", params: ["s", .bool(false)], id: .int(9), jsonVersion: .v2))),
                       #"{"jsonrpc":"2.0","method":"VM.start","params":["s",false],"id":9}"#)
        XCTAssertEqual(text(JSONRPC.encodeCall(RPCCall(method: "m", params: [], id: "x", jsonVersion: .v1))),
                       #"{"method":"m","params":[],"id":"x"}"#)
    }

    func testDecodeResponses() throws {
        XCTAssertEqual(try JSONRPC.decodeResponse(JSONRPC.encodeSuccess(.int(1), id: .int(1), version: .v1)), .success(.int(1)))
        XCTAssertEqual(try JSONRPC.decodeResponse(JSONRPC.encodeSuccess(.null, id: .int(1), version: .v2)), .success(.null))
        let error = XenAPIError("HANDLE_INVALID", ["VM", "OpaqueRef:x"])
        XCTAssertEqual(try JSONRPC.decodeResponse(JSONRPC.encodeFailure(error, id: "i", version: .v1)), .failure(error))
        XCTAssertEqual(try JSONRPC.decodeResponse(JSONRPC.encodeFailure(error, id: "i", version: .v2)), .failure(error))
        // The emergency-mode shape: v2 framing, untranslated array, id 0.
        XCTAssertEqual(try JSONRPC.decodeResponse(bytes(#"{"jsonrpc":"2.0","error":["HOST_IS_SLAVE","10.0.0.1"],"id":0}"#)),
                       .failure(XenAPIError("HOST_IS_SLAVE", ["10.0.0.1"])))
        assertParseError(try JSONRPC.decodeResponse(bytes(#"{"result":1,"error":null}"#)))
        assertParseError(try JSONRPC.decodeResponse(bytes(#"{"result":1,"id":1}"#)))
        assertParseError(try JSONRPC.decodeResponse(bytes(#"{"jsonrpc":"2.0","result":1,"error":{},"id":1}"#)))
        assertParseError(try JSONRPC.decodeResponse(bytes(#"{"jsonrpc":"2.0","id":1}"#)))
        assertParseError(try JSONRPC.decodeResponse(bytes(#"{"jsonrpc":"2.0","error":{"message":"X"},"id":1}"#)))
    }
}

final class JSONRPCUntranslatedFailureTests: XCTestCase {
    /// `system.listMethods` errors skip the v2 error object (api_server.ml, callback1).
    func testUntranslatedFailure() {
        let error = XenAPIError("SESSION_INVALID", ["OpaqueRef:x"])
        XCTAssertEqual(text(JSONRPC.encodeUntranslatedFailure(error, id: .int(2), version: .v2)),
                       #"{"jsonrpc":"2.0","error":["SESSION_INVALID","OpaqueRef:x"],"id":2}"#)
        XCTAssertEqual(text(JSONRPC.encodeUntranslatedFailure(error, id: .int(0), version: .v1)),
                       text(JSONRPC.encodeFailure(error, id: .int(0), version: .v1)))
    }
}
