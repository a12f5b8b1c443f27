// SR.probe's view of VHD SR directories: the uuid recorded with the SR, or a uuid-named
// directory (ext SRs under the data directory); SR.destroy removes the record with the SR.
import Foundation
import XCTest

@testable import Storage

final class SRProbeTests: StorageTestCase {
    let driver = FileSRDriver(type: "file")
    let uuid = "0b6b1f5e-8c47-4b8e-9d33-3f6f0c2b1a77"

    func testARecordedSRIsFoundAtItsLocation() throws {
        let root = path("sr")
        try driver.create(root: root)
        XCTAssertEqual(try driver.probe(root: root, nested: false), [])
        try driver.recordUUID(root: root, uuid: uuid)
        XCTAssertEqual(driver.recordedUUID(root: root), uuid)
        _ = try driver.createVolume(root: root, location: "a", virtualSize: Self.mib)
        let found = try driver.probe(root: root, nested: false)
        XCTAssertEqual(found.map(\.uuid), [uuid])
        XCTAssertEqual(found.map(\.location), [root])
        XCTAssertGreaterThan(found[0].physicalSize, 0)
        XCTAssertEqual(try driver.scan(root: root).map(\.location), ["a"])  // the record is no volume
    }

    func testNestedProbeListsEverySRDirectory() throws {
        let named = "6f1f0d8e-2c1a-4c55-9a0b-5b8f3e4d2c10"
        try driver.create(root: path("srs/" + named))
        try driver.create(root: path("srs/recorded"))
        try driver.recordUUID(root: path("srs/recorded"), uuid: uuid)
        try driver.create(root: path("srs/unrelated"))
        let found = try driver.probe(root: path("srs"), nested: true)
        XCTAssertEqual(Set(found.map(\.uuid)), [named, uuid])
        XCTAssertEqual(try driver.probe(root: path("none"), nested: true), [])
    }

    func testAMissingLocationIsAnError() {
        XCTAssertThrowsError(try driver.probe(root: path("none"), nested: false)) {
            XCTAssertEqual(($0 as? StorageError)?.code, .notFound)
        }
        XCTAssertThrowsError(try ISOSRDriver().probe(root: directory, nested: false)) {
            XCTAssertEqual(($0 as? StorageError)?.code, .unsupported)
        }
    }

    func testDestroyRemovesTheRecord() throws {
        let root = path("sr")
        try driver.create(root: root)
        try driver.recordUUID(root: root, uuid: uuid)
        try driver.destroy(root: root)
        XCTAssertFalse(FileManager.default.fileExists(atPath: root))
    }
}
