import XCTest

final class DatabaseTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
