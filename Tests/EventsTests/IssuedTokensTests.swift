@testable import Events
import XCTest

final class IssuedTokensTests: XCTestCase {
    func testRemembersTheFirstHandOutAndForgetsWhenFull() {
        let issued = IssuedTokens(capacity: 2)
        XCTAssertNil(issued.time(of: 5))
        issued.handedOut(5, at: 100)
        issued.handedOut(5, at: 200)
        XCTAssertEqual(issued.time(of: 5), 100)
        issued.handedOut(6, at: 300)
        issued.handedOut(7, at: 400)   // full: starts again
        XCTAssertNil(issued.time(of: 5))
        XCTAssertEqual(issued.time(of: 7), 400)
    }
}
