// The CHS algorithm of the VHD specification's appendix, checked against values worked by hand.
import XCTest

@testable import Storage

final class VHDGeometryTests: XCTestCase {
    func testSmallDiskUsesSeventeenSectorsAndAtLeastFourHeads() {
        // 2 MiB = 4096 sectors: 4096 / 17 = 240 cylinder-heads, heads (240 + 1023) / 1024 = 1
        // raised to 4, cylinders 240 / 4 = 60.
        XCTAssertEqual(VHDGeometry.forSize(2 << 20), VHDGeometry(cylinders: 60, heads: 4, sectorsPerTrack: 17))
    }

    func testHundredMiB() {
        // 204800 sectors / 17 = 12047; heads (12047 + 1023) / 1024 = 12; 12047 < 12 × 1024;
        // cylinders 12047 / 12 = 1003.
        XCTAssertEqual(VHDGeometry.forSize(100 << 20), VHDGeometry(cylinders: 1003, heads: 12, sectorsPerTrack: 17))
    }

    func testOneGiBSteppingUpToSixtyThreeSectors() {
        // 2097152 / 17 = 123361 needs 121 heads > 16, so 31 sectors: 67650 >= 16 × 1024, so 63:
        // 2097152 / 63 = 33288, / 16 = 2080.
        XCTAssertEqual(VHDGeometry.forSize(1 << 30), VHDGeometry(cylinders: 2080, heads: 16, sectorsPerTrack: 63))
    }

    func testLargeDisksUse255SectorsPerTrack() {
        // 100 GiB = 209715200 sectors >= 65535 × 16 × 63: 209715200 / 255 = 822412, / 16 = 51400.
        XCTAssertEqual(VHDGeometry.forSize(100 << 30), VHDGeometry(cylinders: 51400, heads: 16, sectorsPerTrack: 255))
    }

    func testSizesBeyondCHSClampToTheMaximum() {
        let maximum = VHDGeometry(cylinders: 65535, heads: 16, sectorsPerTrack: 255)
        XCTAssertEqual(VHDGeometry.forSize(2040 << 30), maximum)
        XCTAssertEqual(VHDGeometry.forSize(65535 * 16 * 255 * 512), maximum)
    }

    func testZeroBytesCountsAsOneSector() {
        XCTAssertEqual(VHDGeometry.forSize(0), VHDGeometry(cylinders: 0, heads: 4, sectorsPerTrack: 17))
    }

    func testEncodingIsCylindersHeadsSectorsBigEndian() {
        let geometry = VHDGeometry(cylinders: 0x03EC, heads: 0x0C, sectorsPerTrack: 0x11)
        XCTAssertEqual(geometry.encoded, 0x03EC_0C11)
        XCTAssertEqual(VHDGeometry(encoded: 0x03EC_0C11), geometry)
        XCTAssertEqual(geometry.totalSectors, 1004 * 12 * 17)
    }
}
