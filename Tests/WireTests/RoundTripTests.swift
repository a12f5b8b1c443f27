// Every value survives encode → decode in both codecs, as the client sees it.
import XCTest
@testable import Wire

final class RoundTripTests: XCTestCase {
    /// A value using every type, nested, with awkward strings.
    private let sample = Value.structure([
        Member("s", "plain"),
        Member("escaped", "<tag attr=\"v\"> & 'q' \t\n"),
        Member("unicode", "日本語 🎉"),
        Member("i", .int(-9_223_372_036_854_775_808)),
        Member("big", .int(9_223_372_036_854_775_807)),
        Member("d", .double(0.1)),
        Member("whole", .double(3)),
        Member("b", .bool(true)),
        Member("t", .dateTime(XenDate(secondsSince1970: 1_704_164_645))),
        Member("a", .array(["x", .int(1), .array([]), .structure([])])),
        Member("m", .structure([Member("k<&>", "v"), Member("", "")])),
        Member("empty", ""),
    ])

    func testXMLRPCCallRoundTrip() throws {
        let call = RPCCall(method: "VM.set_other_config", params: ["OpaqueRef:x", sample, .null])
        let expected = RPCCall(method: "VM.set_other_config", params: ["OpaqueRef:x", sample.xmlShape, .null])
        XCTAssertEqual(try XMLRPC.decodeCall(XMLRPC.encodeCall(call)), expected)
    }

    func testXMLRPCResponseRoundTrip() throws {
        XCTAssertEqual(try XMLRPC.decodeResponse(XMLRPC.encodeSuccess(sample)), .success(sample.xmlShape))
        // `<i4>` reads back as a 64-bit int: requests never distinguish them.
        XCTAssertEqual(try XMLRPC.decodeResponse(XMLRPC.encodeSuccess(.int32(5))), .success(.int(5)))
    }

    func testTaskResultParsesBack() throws {
        let result = XMLRPC.encodeValue("OpaqueRef:abc")
        XCTAssertEqual(try XMLRPC.decodeSingle(result), "OpaqueRef:abc")
        XCTAssertEqual(try XMLRPC.decodeSingle(XMLRPC.encodeValue(sample)), sample.xmlShape)
    }

    func testJSONRPCRoundTrip() throws {
        for version in [JSONRPCVersion.v1, .v2] {
            let call = RPCCall(method: "VM.set_other_config", params: ["OpaqueRef:x", sample.jsonShape, .null], id: .int(42), jsonVersion: version)
            XCTAssertEqual(try JSONRPC.decodeCall(JSONRPC.encodeCall(call)), call)
            XCTAssertEqual(try JSONRPC.decodeResponse(JSONRPC.encodeSuccess(sample, id: "id", version: version)), .success(sample.jsonShape))
        }
    }

    func testJSONDoublesStayDoubles() throws {
        for d in [1.0, 0.1, 1e20, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -0.0, 123_456_789.0, .infinity, -.infinity] {
            XCTAssertEqual(try JSONRPC.decodeValue(JSONRPC.encodeValue(.double(d))), .double(d), "\(d)")
        }
    }
}

extension Value {
    /// What XML-RPC carries back: xapi writes 64-bit ints as bare decimal strings (§1.3), so
    /// they come home as strings; the datamodel layer converts them by declared type.
    fileprivate var xmlShape: Value {
        switch self {
        case .int(let i): .string(String(i))
        case .array(let a): .array(a.map(\.xmlShape))
        case .structure(let m): .structure(m.map { Member($0.name, $0.value.xmlShape) })
        default: self
        }
    }

    /// What JSON can carry back: datetimes come home as their wire string.
    fileprivate var jsonShape: Value {
        switch self {
        case .dateTime(let d): .string(d.wireString)
        case .int32(let i): .int(Int64(i))
        case .array(let a): .array(a.map(\.jsonShape))
        case .structure(let m): .structure(m.map { Member($0.name, $0.value.jsonShape) })
        default: self
        }
    }
}
