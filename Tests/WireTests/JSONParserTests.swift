// The JSON parser from literal texts: types kept apart, strict syntax, bounded nesting.
import XCTest
@testable import Wire

final class JSONParserTests: XCTestCase {
    private func parse(_ s: String) throws -> Value { try JSONRPC.decodeValue(bytes(s)) }

    func testScalars() throws {
        XCTAssertEqual(try parse("0"), .int(0))
        XCTAssertEqual(try parse("-0"), .int(0))
        XCTAssertEqual(try parse("42"), .int(42))
        XCTAssertEqual(try parse("-42"), .int(-42))
        XCTAssertEqual(try parse("9223372036854775807"), .int(.max))
        XCTAssertEqual(try parse("-9223372036854775808"), .int(.min))
        XCTAssertEqual(try parse("1.0"), .double(1))
        XCTAssertEqual(try parse("1e3"), .double(1000))
        XCTAssertEqual(try parse("-2.5E-1"), .double(-0.25))
        XCTAssertEqual(try parse("true"), .bool(true))
        XCTAssertEqual(try parse("false"), .bool(false))
        XCTAssertEqual(try parse("null"), .null)
        XCTAssertEqual(try parse(" \t\r\n\"x\" \n"), "x")
        XCTAssertEqual(try parse("Infinity"), .double(.infinity))
        XCTAssertEqual(try parse("-Infinity"), .double(-.infinity))
        guard case .double(let nan) = try parse("NaN") else { return XCTFail("NaN") }
        XCTAssertTrue(nan.isNaN)
    }

    /// Out of Int64 range is a parse error, as xapi's `Int64.of_string` fails on Yojson's `Intlit`.
    func testIntegerOverflowIsAnError() {
        assertParseError(try parse("9223372036854775808"))
        assertParseError(try parse("-9223372036854775809"))
        XCTAssertEqual(try? parse("9223372036854775808.0"), .double(9_223_372_036_854_775_808))
    }

    func testStrings() throws {
        XCTAssertEqual(try parse(#""a\"b\\c\/d\b\f\n\r\t""#), "a\"b\\c/d\u{8}\u{C}\n\r\t")
        XCTAssertEqual(try parse(#""\u00e9\u263A\u0000""#), "é☺\u{0}")
        XCTAssertEqual(try parse(#""\ud83c\udf89""#), "🎉")
        XCTAssertEqual(try parse(#""\uD83C\uDF89 tail""#), "🎉 tail")
        XCTAssertEqual(try parse("\"日本語 🎉\""), "日本語 🎉")
        XCTAssertEqual(try parse(#""""#), "")
    }

    func testContainersKeepOrderAndDuplicates() throws {
        XCTAssertEqual(try parse("[]"), .array([]))
        XCTAssertEqual(try parse("{}"), .structure([]))
        XCTAssertEqual(try parse(#" [ 1 , "2" , [ ] , { } ] "#), .array([.int(1), "2", .array([]), .structure([])]))
        XCTAssertEqual(try parse(#"{"z":1,"a":{"k":[true,null]},"z":2.5}"#), .structure([
            Member("z", .int(1)),
            Member("a", .structure([Member("k", .array([.bool(true), .null]))])),
            Member("z", .double(2.5)),
        ]))
    }

    func testMalformed() {
        let cases = [
            "", "   ", "{", "}", "[1,]", "[1 2]", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{a:1}", "'x'",
            "01", "1.", ".5", "1e", "-", "+1", "tru", "nul", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\ud83c\"",
            "\"\\udf89\"", "\"\\ud83cx\"", "\"a\tb\"", "\"a\nb\"", "1 2", "[1] x", "/* c */ 1", "NaNa",
        ]
        for c in cases {
            assertParseError(try parse(c))
        }
        assertParseError(try JSONRPC.decodeValue([0x22, 0xFF, 0x22]))  // invalid UTF-8
        assertParseError(try JSONRPC.decodeValue([0x22, 0xC3, 0x22]))  // truncated sequence
    }

    func testDeepNestingIsRefused() {
        assertParseError(try parse(String(repeating: "[", count: 100_000)))
        assertParseError(try parse(String(repeating: "[", count: 300) + String(repeating: "]", count: 300)))
        assertParseError(try parse(String(repeating: "{\"a\":", count: 300) + "1" + String(repeating: "}", count: 300)))
        XCTAssertNoThrow(try parse(String(repeating: "[", count: 200) + String(repeating: "]", count: 200)))
    }
}
