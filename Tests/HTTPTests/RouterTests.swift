import XCTest
@testable import HTTP

final class RouterTests: XCTestCase {
    private func tagged(_ tag: String) -> ClosureHTTPHandler {
        ClosureHTTPHandler { _ in HTTPResponse(text: tag) }
    }

    private func route(_ router: Router, _ method: String, _ target: String) -> (Int, String) {
        let response = router.handle(HTTPRequest(method: method, target: target))
        guard case .bytes(let body) = response.body else { return (response.status.code, "") }
        return (response.status.code, String(decoding: body, as: UTF8.self))
    }

    func testLongestPrefixPerMethod() {
        var router = Router()
        router.add("POST", "/", tagged("xmlrpc"))
        router.add("POST", "/json", tagged("json"))
        router.add("POST", "/jsonrpc", tagged("jsonrpc"))
        router.add("POST", "/cli", tagged("cli"))
        router.add("GET", "/export", tagged("export"))
        XCTAssertEqual(route(router, "POST", "/").1, "xmlrpc")
        XCTAssertEqual(route(router, "POST", "/RPC2").1, "xmlrpc")
        XCTAssertEqual(route(router, "POST", "/xmlrpc").1, "xmlrpc")
        XCTAssertEqual(route(router, "POST", "/json").1, "json")
        XCTAssertEqual(route(router, "POST", "/jsonrpc?x=1").1, "jsonrpc")
        XCTAssertEqual(route(router, "POST", "/cli").1, "cli")
        XCTAssertEqual(route(router, "GET", "/export?uuid=1").1, "export")
        XCTAssertEqual(route(router, "GET", "/export_raw_vdi").1, "export")
    }

    func testUnmatchedAndUnknownMethod() {
        var router = Router()
        router.add("GET", "/export", tagged("export"))
        XCTAssertEqual(route(router, "GET", "/nothing").0, 403)
        let unknown = router.handle(HTTPRequest(method: "BREW", target: "/"))
        XCTAssertEqual(unknown.status.code, 501)
        XCTAssertEqual(unknown.status.reason, "Method not implemented")
    }

    func testReplaceRoute() {
        var router = Router()
        router.add("GET", "/", tagged("a"))
        router.add("GET", "/", tagged("b"))
        XCTAssertEqual(route(router, "GET", "/x").1, "b")
    }
}
