import XCTest
@testable import HTTP

final class HTTPHeadersTests: XCTestCase {
    func testCaseInsensitiveLookupAndOrderedSet() {
        var headers: HTTPHeaders = ["Content-Type": "text/xml", "X-A": "1"]
        XCTAssertEqual(headers["content-type"], "text/xml")
        headers["CONTENT-TYPE"] = "application/json"
        XCTAssertEqual(headers.fields.map(\.name), ["CONTENT-TYPE", "X-A"])
        headers.add(name: "x-a", value: "2")
        headers["x-a"] = "3"
        XCTAssertEqual(headers.values(for: "X-A"), ["3"])
        headers["x-a"] = nil
        XCTAssertFalse(headers.contains("x-a"))
        XCTAssertEqual(headers.count, 1)
    }

    func testTokens() {
        let headers: HTTPHeaders = ["Connection": "Upgrade, Keep-Alive"]
        XCTAssertTrue(headers.hasToken("keep-alive", in: "connection"))
        XCTAssertFalse(headers.hasToken("close", in: "connection"))
    }

    func testEqualsIgnoringCaseOnlyFoldsLetters() {
        XCTAssertTrue(HTTPHeaders.equalsIgnoringCase("Content-Length", "content-length"))
        XCTAssertFalse(HTTPHeaders.equalsIgnoringCase("a-b", "a\rb"))
        XCTAssertFalse(HTTPHeaders.equalsIgnoringCase("@", "`"))
    }
}
