import XCTest

final class DatamodelTestsPlaceholder: XCTestCase {
    func testBuilds() {}
}
