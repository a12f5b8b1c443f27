// Exact response bytes against xapi-semantics.md §1.2/§1.3/§1.6.
import XCTest
@testable import Wire

final class XMLRPCEncoderTests: XCTestCase {
    private let head = #"<?xml version="1.0"?><methodResponse><params><param>"#
    private let tail = "</param></params></methodResponse>"

    /// §1.6a, byte for byte.
    func testLoginSuccessGolden() {
        let expected = #"<?xml version="1.0"?><methodResponse><params><param><value><struct><member><name>Status</name><value>Success</value></member><member><name>Value</name><value>OpaqueRef:1d1b3a5e-6b0f-4a3c-9c51-4d6b8f0e2a11</value></member></struct></value></param></params></methodResponse>"#
        XCTAssertEqual(text(XMLRPC.encodeSuccess("OpaqueRef:1d1b3a5e-6b0f-4a3c-9c51-4d6b8f0e2a11")), expected)
        XCTAssertEqual(expected.utf8.count, 272)  // §1.6a's header says 227: transposed digits
    }

    /// §1.6b.
    func testFailureGolden() {
        let error = XenAPIError("VM_IS_TEMPLATE", ["OpaqueRef:5a2e", "start"])
        let expected = #"<?xml version="1.0"?><methodResponse><params><param><value><struct><member><name>Status</name><value>Failure</value></member><member><name>ErrorDescription</name><value><array><data><value>VM_IS_TEMPLATE</value><value>OpaqueRef:5a2e</value><value>start</value></data></array></value></member></struct></value></param></params></methodResponse>"#
        XCTAssertEqual(text(XMLRPC.encodeFailure(error)), expected)
        XCTAssertEqual(
            text(XMLRPC.encodeFailure(XenAPIError("SESSION_INVALID", ["<&>"]))),
            head + "<value><struct><member><name>Status</name><value>Failure</value></member><member><name>ErrorDescription</name><value><array><data><value>SESSION_INVALID</value><value>&lt;&amp;&gt;</value></data></array></value></member></struct></value>" + tail)
    }

    func testVoidSuccess() {
        XCTAssertEqual(
            text(XMLRPC.encodeSuccess(.void)),
            head + "<value><struct><member><name>Status</name><value>Success</value></member><member><name>Value</name><value></value></member></struct></value>" + tail)
    }

    /// `system.listMethods` has no Status wrapper (§1.2).
    func testBareResponseGolden() {
        XCTAssertEqual(
            text(XMLRPC.encodeBareResponse(.array(["VM.start", "VM.get_all"]))),
            #"<?xml version="1.0"?><methodResponse><params><param><value><array><data><value>VM.start</value><value>VM.get_all</value></data></array></value></param></params></methodResponse>"#)
    }

    /// The §1.3 table, one type at a time.
    func testValueEncodings() {
        XCTAssertEqual(XMLRPC.encodeValue("text"), "<value>text</value>")
        XCTAssertEqual(XMLRPC.encodeValue(.void), "<value></value>")
        XCTAssertEqual(XMLRPC.encodeValue(.int(2_147_483_648)), "<value>2147483648</value>")
        XCTAssertEqual(XMLRPC.encodeValue(.int(-1)), "<value>-1</value>")
        XCTAssertEqual(XMLRPC.encodeValue(.int(.min)), "<value>-9223372036854775808</value>")
        XCTAssertEqual(XMLRPC.encodeValue(.int(.max)), "<value>9223372036854775807</value>")
        XCTAssertEqual(XMLRPC.encodeValue(.int(0)), "<value>0</value>")
        XCTAssertEqual(XMLRPC.encodeValue(.int32(5)), "<value><i4>5</i4></value>")
        XCTAssertEqual(XMLRPC.encodeValue(.bool(true)), "<value><boolean>1</boolean></value>")
        XCTAssertEqual(XMLRPC.encodeValue(.bool(false)), "<value><boolean>0</boolean></value>")
        XCTAssertEqual(XMLRPC.encodeValue(.dateTime(XenDate(secondsSince1970: 1_704_164_645))),
                       "<value><dateTime.iso8601>20240102T03:04:05Z</dateTime.iso8601></value>")
        XCTAssertEqual(XMLRPC.encodeValue(.dateTime(.epoch)),
                       "<value><dateTime.iso8601>19700101T00:00:00Z</dateTime.iso8601></value>")
        XCTAssertEqual(XMLRPC.encodeValue(.array([])), "<value><array><data></data></array></value>")
        XCTAssertEqual(XMLRPC.encodeValue(.structure([])), "<value><struct></struct></value>")
        XCTAssertEqual(XMLRPC.encodeValue(.structure([Member("mac_seed", "2a4f"), Member("n", .int(1))])),
                       "<value><struct><member><name>mac_seed</name><value>2a4f</value></member><member><name>n</name><value>1</value></member></struct></value>")
        XCTAssertEqual(XMLRPC.encodeValue(.null), "<value></value>")
    }

    /// `%.16g`, as ocaml-rpc prints `<double>`.
    func testDoubles() {
        let cases: [(Double, String)] = [
            (1.0, "1"), (0.25, "0.25"), (-2.5, "-2.5"), (0, "0"), (100, "100"),
            (1e20, "1e+20"), (1.5e-7, "1.5e-07"), (0.1, "0.1"), (1_704_164_645.5, "1704164645.5"),
            (1.0 / 3.0, "0.3333333333333333"), (.nan, "nan"), (-.nan, "nan"), (.infinity, "inf"), (-.infinity, "-inf"),
        ]
        for (d, s) in cases {
            XCTAssertEqual(XMLRPC.encodeValue(.double(d)), "<value><double>\(s)</double></value>", "\(d)")
        }
    }

    /// `> < & "` become entities; controls other than TAB/LF/CR are dropped; `'` and UTF-8 pass.
    func testStringEscaping() {
        XCTAssertEqual(XMLRPC.encodeValue("a<b>c&d\"e'f"), "<value>a&lt;b&gt;c&amp;d&quot;e'f</value>")
        XCTAssertEqual(XMLRPC.encodeValue("t\tl\nc\r\u{0}\u{1}\u{1F}x\u{7F}"), "<value>t\tl\nc\rx\u{7F}</value>")
        XCTAssertEqual(XMLRPC.encodeValue("日本 🎉 é"), "<value>日本 🎉 é</value>")
        XCTAssertEqual(XMLRPC.encodeValue("<<<"), "<value>&lt;&lt;&lt;</value>")
        XCTAssertEqual(XMLRPC.encodeValue(.structure([Member("a<&>", "v")])),
                       "<value><struct><member><name>a&lt;&amp;&gt;</name><value>v</value></member></struct></value>")
    }

    /// §1.6c's record fragment, in order.
    func testRecordFragment() {
        let record = Value.structure([
            Member("uuid", "8b1c9c53-3b7e-4c0c-b1f5-3a4e0f4d2b77"),
            Member("power_state", "Halted"),
            Member("memory_static_max", .int(2_147_483_648)),
            Member("is_a_template", .bool(false)),
            Member("HVM_shadow_multiplier", .double(1)),
            Member("snapshot_time", .dateTime(.epoch)),
            Member("suspend_VDI", "OpaqueRef:NULL"),
            Member("tags", .array([])),
            Member("other_config", .structure([Member("mac_seed", "2a4f")])),
        ])
        let expected = "<value><struct>"
            + "<member><name>uuid</name><value>8b1c9c53-3b7e-4c0c-b1f5-3a4e0f4d2b77</value></member>"
            + "<member><name>power_state</name><value>Halted</value></member>"
            + "<member><name>memory_static_max</name><value>2147483648</value></member>"
            + "<member><name>is_a_template</name><value><boolean>0</boolean></value></member>"
            + "<member><name>HVM_shadow_multiplier</name><value><double>1</double></value></member>"
            + "<member><name>snapshot_time</name><value><dateTime.iso8601>19700101T00:00:00Z</dateTime.iso8601></value></member>"
            + "<member><name>suspend_VDI</name><value>OpaqueRef:NULL</value></member>"
            + "<member><name>tags</name><value><array><data></data></array></value></member>"
            + "<member><name>other_config</name><value><struct><member><name>mac_seed</name><value>2a4f</value></member></struct></value></member>"
            + "</struct></value>"
        XCTAssertEqual(XMLRPC.encodeValue(record), expected)
    }

    func testEncodeCall() {
        let call = RPCCall(method: "VM.start", params: ["OpaqueRef:s", .bool(false), .null])
        XCTAssertEqual(
            text(XMLRPC.encodeCall(call)),
            #"<?xml version="1.0"?><methodCall><methodName>VM.start</methodName><params><param><value>OpaqueRef:s</value></param><param><value><boolean>0</boolean></value></param><param><value><nil/></value></param></params></methodCall>"#)
    }
}
