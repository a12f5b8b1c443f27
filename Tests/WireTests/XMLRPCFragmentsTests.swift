// Responses spliced from encoded values are byte for byte the responses written from the values.
import XCTest
@testable import Wire

final class XMLRPCFragmentsTests: XCTestCase {
    /// A record-like value with every kind of member, escaping included.
    static let record = Value.structure([
        Member("uuid", "8b1c9c53-3b7e-4c0c-b1f5-3a4e0f4d2b77"),
        Member("name_label", "a <b> & \"c\""),
        Member("power_state", "Halted"),
        Member("memory_static_max", .int(2_147_483_648)),
        Member("is_a_template", .bool(false)),
        Member("HVM_shadow_multiplier", .double(1)),
        Member("snapshot_time", .dateTime(XenDate(secondsSince1970: 0))),
        Member("tags", .array([])),
        Member("VBDs", .array(["OpaqueRef:1", "OpaqueRef:2"])),
        Member("other_config", .structure([Member("k&y", "v<al>"), Member("folder", "/a")])),
        Member("refs", .int32(5)),
    ])

    func testASplicedValueIsTheValueEncoded() {
        let fragment = XMLValueFragment(Self.record)
        XCTAssertEqual(XMLRPC.encodeSuccess(fragment), XMLRPC.encodeSuccess(Self.record))
        XCTAssertEqual(XMLRPC.encodeSuccess(XMLValueFragment(.void)), XMLRPC.encodeSuccess(.void))
        XCTAssertEqual(text(Array(fragment.bytes)), XMLRPC.encodeValue(Self.record))
    }

    func testAStructOfSplicedValuesIsTheStructEncoded() {
        let other = Value.structure([Member("uuid", "u2"), Member("name_label", "")])
        let members = [("OpaqueRef:a", Self.record), ("OpaqueRef:<b>&", other)]
        XCTAssertEqual(
            XMLRPC.encodeSuccess(structOf: members.map { ($0.0, XMLValueFragment($0.1)) }),
            XMLRPC.encodeSuccess(.structure(members.map { Member($0.0, $0.1) })))
        XCTAssertEqual(XMLRPC.encodeSuccess(structOf: []), XMLRPC.encodeSuccess(.structure([])))
    }
}
