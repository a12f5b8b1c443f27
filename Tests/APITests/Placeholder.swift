import XCTest

final class APITestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
