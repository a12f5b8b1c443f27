import Events
import Wire
import XCTest

final class SubscriptionTests: XCTestCase {
    func testParsesAllClassesAndObjects() throws {
        XCTAssertEqual(try Subscription(parsing: "*"), .all)
        XCTAssertEqual(try Subscription(parsing: "VM"), .class("vm"))
        XCTAssertEqual(try Subscription(parsing: "sr"), .class("sr"))
        XCTAssertEqual(try Subscription(parsing: "Vm/OpaqueRef:ab"), .object(class: "vm", ref: "OpaqueRef:ab"))
        // Split at the first '/': the ref keeps the rest, case and all.
        XCTAssertEqual(try Subscription(parsing: "vm/a/B"), .object(class: "vm", ref: "a/B"))
        // Unknown names parse (xapi accepts them); they select nothing.
        XCTAssertEqual(try Subscription(parsing: "nonsense"), .class("nonsense"))
    }

    func testEmptyClassIsAParseFailure() {
        for text in ["", "/OpaqueRef:x"] {
            XCTAssertThrowsError(try Subscription(parsing: text)) { error in
                XCTAssertEqual(error as? XenAPIError, XenAPIError("EVENT_SUBSCRIPTION_PARSE_FAILURE", [text]))
            }
        }
    }

    func testMatching() {
        XCTAssertTrue(Subscription.all.matches(class: "vm", ref: "r"))
        XCTAssertTrue(Subscription.class("vm").matches(class: "vm", ref: "r"))
        XCTAssertFalse(Subscription.class("vm").matches(class: "host", ref: "r"))
        XCTAssertTrue(Subscription.object(class: "vm", ref: "r").matches(class: "vm", ref: "r"))
        XCTAssertFalse(Subscription.object(class: "vm", ref: "r").matches(class: "vm", ref: "s"))
        XCTAssertTrue(Subscription.object(class: "vm", ref: "r").matches(class: "vm"))
    }
}
