import XCTest
@testable import HTTP

final class HTTPRequestTests: XCTestCase {
    func testCookies() {
        let request = HTTPRequest(
            method: "GET", target: "/export?session_id=fromquery&task_id=t",
            headers: ["Cookie": "a=1; session_id=OpaqueRef:abc", "cookie": "q=\"quoted\""])
        XCTAssertEqual(request.cookie("session_id"), "OpaqueRef:abc")
        XCTAssertEqual(request.cookie("q"), "quoted")
        XCTAssertNil(request.cookie("missing"))
        XCTAssertEqual(request.cookieOrQueryValue("session_id"), "OpaqueRef:abc")
        XCTAssertEqual(request.cookieOrQueryValue("task_id"), "t")
    }

    func testBasicCredentials() {
        // "root:pass:word" — the password may contain colons.
        let request = HTTPRequest(method: "GET", target: "/", headers: ["Authorization": "Basic cm9vdDpwYXNzOndvcmQ="])
        XCTAssertEqual(request.basicCredentials?.username, "root")
        XCTAssertEqual(request.basicCredentials?.password, "pass:word")
        XCTAssertNil(HTTPRequest(method: "GET", target: "/", headers: ["Authorization": "Bearer x"]).basicCredentials)
        XCTAssertNil(HTTPRequest(method: "GET", target: "/", headers: ["Authorization": "Basic !!"]).basicCredentials)
    }

    func testKeepAliveRules() {
        XCTAssertTrue(HTTPRequest(method: "GET", target: "/").wantsKeepAlive)
        XCTAssertFalse(HTTPRequest(method: "GET", target: "/", headers: ["Connection": "Close"]).wantsKeepAlive)
        XCTAssertFalse(HTTPRequest(method: "GET", target: "/", version: .http10).wantsKeepAlive)
        XCTAssertTrue(
            HTTPRequest(method: "GET", target: "/", version: .http10, headers: ["connection": "keep-alive"])
                .wantsKeepAlive)
    }

    func testTargets() {
        XCTAssertEqual(HTTPRequest(method: "OPTIONS", target: "*").path, "*")
        XCTAssertEqual(HTTPRequest(method: "GET", target: "http://h").path, "/")
        XCTAssertEqual(HTTPRequest(method: "GET", target: "/a?").query, [])
        XCTAssertEqual(HTTPRequest(method: "GET", target: "/a%zz?x=%41").path, "/a%zz")
        XCTAssertEqual(HTTPRequest(method: "GET", target: "/a%zz?x=%41").queryValue("x"), "A")
        XCTAssertEqual(HTTPRequest(method: "GET", target: "/%E2%82%AC#frag").path, "/€")
    }

    func testHeadersFromArrayLiteralKeepRepeats() {
        let headers: HTTPHeaders = [("Set-Cookie", "a=1"), ("Set-Cookie", "b=2")]
        XCTAssertEqual(headers.values(for: "set-cookie"), ["a=1", "b=2"])
    }
}
