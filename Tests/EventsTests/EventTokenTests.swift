import Events
import Wire
import XCTest

final class EventTokenTests: XCTestCase {
    func testFormatIsTwoZeroPaddedTwentyDigitNumbers() {
        XCTAssertEqual(EventToken(generation: 1234, messageGeneration: 7).description,
                       "00000000000000001234,00000000000000000007")
        XCTAssertEqual(EventToken.start.description, "00000000000000000000,00000000000000000000")
        XCTAssertEqual(EventToken(generation: Int64.max).description.count, 41)
    }

    func testParsing() throws {
        XCTAssertEqual(try EventToken(parsing: ""), .start)
        XCTAssertEqual(try EventToken(parsing: "00000000000000001234,00000000000000000007"),
                       EventToken(generation: 1234, messageGeneration: 7))
        XCTAssertEqual(try EventToken(parsing: "5,6"), EventToken(generation: 5, messageGeneration: 6))
        let t = EventToken(generation: 987_654_321, messageGeneration: 3)
        XCTAssertEqual(try EventToken(parsing: t.description), t)
    }

    func testBadTokensFail() {
        for text in ["x", "1", "1,2,3", "a,b", ",", "1,", " 1,2"] {
            XCTAssertThrowsError(try EventToken(parsing: text), text) { error in
                XCTAssertEqual(error as? XenAPIError, XenAPIError("EVENT_FROM_TOKEN_PARSE_FAILURE", [text]))
            }
        }
    }

    func testTokensCompareAsStrings() {
        let a = EventToken(generation: 99).description
        let b = EventToken(generation: 100).description
        XCTAssertLessThan(a, b)
    }
}
