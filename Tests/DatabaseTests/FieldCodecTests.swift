// Golden strings for xapi's DB serialisation (gen_db_actions.ml, string_marshall_helper.ml, sExpr.ml).
@testable import Database
import Datamodel
import Wire
import XCTest

final class FieldCodecTests: XCTestCase {
    func testScalars() {
        XCTAssertEqual(FieldCodec.encode(.string("hello 'x'"), as: .string), "hello 'x'")
        XCTAssertEqual(FieldCodec.encode(.bool(true), as: .bool), "true")
        XCTAssertEqual(FieldCodec.encode(.bool(false), as: .bool), "false")
        XCTAssertEqual(FieldCodec.encode(.int(-42), as: .int), "-42")
        XCTAssertEqual(FieldCodec.encode(.int(Int64.max), as: .int), "9223372036854775807")
        XCTAssertEqual(FieldCodec.encode(.string("Running"), as: .enumeration("vm_power_state")), "Running")
        XCTAssertEqual(FieldCodec.encode(.string("OpaqueRef:NULL"), as: .ref("VM")), "OpaqueRef:NULL")
        XCTAssertEqual(FieldCodec.encode(.dateTime(XenDate(secondsSince1970: 1_742_357_784)), as: .datetime),
                       "20250319T04:16:24Z")
        XCTAssertEqual(FieldCodec.encode(.dateTime(.epoch), as: .datetime), "19700101T00:00:00Z")
    }

    func testFloatsArePrintedWithPercent018g() {
        let golden: [(Double, String)] = [
            (0.1, "0.100000000000000006"), (1.0, "1"), (2.5, "2.5"), (1e20, "1e+20"),
            (1e-5, "1.00000000000000008e-05"), (-3.75, "-3.75"), (1.0 / 3.0, "0.333333333333333315"),
            (1e300, "1.00000000000000005e+300"), (.infinity, "inf"), (0, "0"),
        ]
        for (d, s) in golden {
            XCTAssertEqual(FieldCodec.encode(.double(d), as: .float), s)
            XCTAssertEqual(try FieldCodec.decode(s, as: .float), .double(d))
        }
        XCTAssertEqual(FieldCodec.encode(.int(3), as: .float), "3")
    }

    func testSetsAndMaps() {
        XCTAssertEqual(FieldCodec.encode(.array([]), as: .set(.string)), "()")
        XCTAssertEqual(FieldCodec.encode(.array(["a"]), as: .set(.string)), "('a')")
        XCTAssertEqual(FieldCodec.encode(.array(["a", "b", "c"]), as: .set(.string)), "('a' 'b' 'c')")
        XCTAssertEqual(FieldCodec.encode(.array([.string("OpaqueRef:1"), .string("OpaqueRef:2")]), as: .set(.ref("VBD"))),
                       "('OpaqueRef:1' 'OpaqueRef:2')")
        XCTAssertEqual(FieldCodec.encode(.structure([]), as: .map(.string, .string)), "()")
        XCTAssertEqual(FieldCodec.encode(.structure([Member("k", "v")]), as: .map(.string, .string)), "(('k' 'v'))")
        XCTAssertEqual(FieldCodec.encode(.structure([Member("a", "1"), Member("b", "")]), as: .map(.string, .string)),
                       "(('a' '1') ('b' ''))")
        XCTAssertEqual(FieldCodec.encode(.structure([Member("0", .double(0.5)), Member("1", .double(1))]),
                                         as: .map(.int, .float)),
                       "(('0' '0.5') ('1' '1'))")
        XCTAssertEqual(FieldCodec.encode(.array([.bool(true), .bool(false)]), as: .set(.bool)), "('true' 'false')")
        XCTAssertEqual(FieldCodec.encode(.array([.string("start"), .string("clean_shutdown")]),
                                         as: .set(.enumeration("vm_operations"))),
                       "('start' 'clean_shutdown')")
    }

    func testEscapingOfQuoteAndBackslash() {
        XCTAssertEqual(FieldCodec.encode(.array(["it's"]), as: .set(.string)), #"('it\'s')"#)
        XCTAssertEqual(FieldCodec.encode(.array([#"C:\dir"#]), as: .set(.string)), #"('C:\\dir')"#)
        XCTAssertEqual(FieldCodec.encode(.structure([Member("a'b", #"x\'y"#)]), as: .map(.string, .string)),
                       #"(('a\'b' 'x\\\'y'))"#)
        // Double quotes and parentheses need no escaping inside '…'.
        XCTAssertEqual(FieldCodec.encode(.array([#"say "hi" (now)"#]), as: .set(.string)), #"('say "hi" (now)')"#)
    }

    func testNestedCollectionsAreSerialisedThenQuoted() {
        let v = Value.structure([Member("k", .array(["a", "b'c"]))])
        let s = FieldCodec.encode(v, as: .map(.string, .set(.string)))
        XCTAssertEqual(s, #"(('k' '(\'a\' \'b\\\'c\')'))"#)
        XCTAssertEqual(try FieldCodec.decode(s, as: .map(.string, .set(.string))), v)
    }

    func testControlCharactersTruncateSetElements() {
        // string_marshall_helper.ml ensure_utf8_xml: cut at the first character illegal in XML.
        XCTAssertEqual(FieldCodec.encode(.array(["ab\u{1}cd", "tab\tok"]), as: .set(.string)), "('ab' 'tab\tok')")
        // Plain string fields are stored as is.
        XCTAssertEqual(FieldCodec.encode(.string("ab\u{1}cd"), as: .string), "ab\u{1}cd")
    }

    func testRefOptionIsAZeroOrOneElementSet() {
        XCTAssertEqual(FieldCodec.encode(nil, as: .option(.ref("VM"))), "()")
        XCTAssertEqual(FieldCodec.encode(.string("OpaqueRef:x"), as: .option(.ref("VM"))), "('OpaqueRef:x')")
        XCTAssertNil(try FieldCodec.decode("()", as: .option(.ref("VM"))))
        XCTAssertEqual(try FieldCodec.decode("('OpaqueRef:x')", as: .option(.ref("VM"))), .string("OpaqueRef:x"))
    }

    func testDecodeRoundTrips() throws {
        let cases: [(Value, XenType)] = [
            (.string(""), .string), (.string("x y 'z'"), .string), (.int(-7), .int), (.double(0.1), .float),
            (.bool(true), .bool), (.dateTime(XenDate(secondsSince1970: 86_400 * 365)), .datetime),
            (.string("Halted"), .enumeration("vm_power_state")), (.string("OpaqueRef:abc"), .ref("VM")),
            (.array([]), .set(.string)), (.array(["a", "it's", #"back\slash"#, "", "trailing\\"]), .set(.string)),
            (.array([.int(1), .int(-2)]), .set(.int)),
            (.structure([Member("k", "v"), Member("quote'", #"\"#)]), .map(.string, .string)),
            (.structure([Member("3", .double(2.5))]), .map(.int, .float)),
        ]
        for (value, type) in cases {
            let s = FieldCodec.encode(value, as: type)
            XCTAssertEqual(try FieldCodec.decode(s, as: type), value, "\(type): \(s)")
        }
    }

    func testDecodeAcceptsXapiReaderForms() throws {
        // sExprLexer.mll accepts double-quoted atoms and extra blanks too.
        XCTAssertEqual(try FieldCodec.decode(#"( "a"   'b' )"#, as: .set(.string)), .array(["a", "b"]))
        XCTAssertEqual(try FieldCodec.decode("20250319T04:16:24Z", as: .datetime),
                       .dateTime(XenDate(secondsSince1970: 1_742_357_784)))
    }

    func testDecodeRejectsMalformedText() {
        XCTAssertThrowsError(try FieldCodec.decode("yes", as: .bool))
        XCTAssertThrowsError(try FieldCodec.decode("12x", as: .int))
        XCTAssertThrowsError(try FieldCodec.decode("('a'", as: .set(.string)))
        XCTAssertThrowsError(try FieldCodec.decode("(a b)", as: .set(.string)))  // symbols, not strings
        XCTAssertThrowsError(try FieldCodec.decode("(('k'))", as: .map(.string, .string)))
        XCTAssertThrowsError(try FieldCodec.decode("not a date", as: .datetime))
    }

    func testIsStored() {
        XCTAssertTrue(FieldCodec.isStored(.map(.string, .set(.ref("VM")))))
        XCTAssertFalse(FieldCodec.isStored(.record("VM")))
        XCTAssertFalse(FieldCodec.isStored(.map(.ref("VM"), .record("VM"))))
        XCTAssertFalse(FieldCodec.isStored(.opaque("an event batch")))
    }
}
