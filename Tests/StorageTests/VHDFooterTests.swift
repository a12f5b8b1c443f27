// The footer from first principles: its byte layout, the one's-complement checksum, and a
// footer written by an independent implementation (qemu-img 7.2, `create -f vpc -o
// subformat=dynamic 100M`).
import Foundation
import XCTest

@testable import Storage

final class VHDFooterTests: XCTestCase {
    static let qemuFooterHex =
        "636f6e656374697800000002000100000000000000000200329b5faa71656d75000500035769326b"
        + "0000000006402000000000000640200003ec0c1100000003ffffed294833bf4b82c74002ab91c9a1"
        + "cddfc87c" + String(repeating: "00", count: 512 - 84)

    func testDecodesQemuFooter() throws {
        let footer = try VHDFooter(decoding: Fixtures.bytes(hex: Self.qemuFooterHex))
        XCTAssertEqual(footer.creator, "qemu")
        XCTAssertEqual(footer.creatorVersion, 0x0005_0003)
        XCTAssertEqual(footer.creatorHostOS, 0x5769_326B)  // "Wi2k"
        XCTAssertEqual(footer.features, 2)
        XCTAssertEqual(footer.fileFormatVersion, 0x0001_0000)
        XCTAssertEqual(footer.dataOffset, 512)
        XCTAssertEqual(footer.timestamp, 0x329B_5FAA)
        XCTAssertEqual(footer.currentSize, 104_865_792)
        XCTAssertEqual(footer.originalSize, 104_865_792)
        XCTAssertEqual(footer.geometry, VHDGeometry(cylinders: 1004, heads: 12, sectorsPerTrack: 17))
        XCTAssertEqual(footer.diskType, .dynamic)
        XCTAssertEqual(footer.uniqueID.uuidString, "4833BF4B-82C7-4002-AB91-C9A1CDDFC87C")
        XCTAssertFalse(footer.savedState)
        XCTAssertFalse(footer.hidden)
        // Re-encoding reproduces qemu's bytes, checksum included.
        XCTAssertEqual(footer.encoded(), Fixtures.bytes(hex: Self.qemuFooterHex))
    }

    func testChecksumIsOnesComplementOfByteSumWithoutTheField() throws {
        let footer = VHDFooter(diskType: .dynamic, size: 100 << 20, timestamp: 12345)
        let bytes = footer.encoded()
        var sum: UInt32 = 0
        for (i, byte) in bytes.enumerated() where !(64..<68).contains(i) { sum += UInt32(byte) }
        let field = UInt32(bytes[64]) << 24 | UInt32(bytes[65]) << 16 | UInt32(bytes[66]) << 8
            | UInt32(bytes[67])
        XCTAssertEqual(field, ~sum)
        XCTAssertEqual(try VHDFooter(decoding: bytes), footer)
    }

    func testQemuChecksumByHand() {
        let bytes = Fixtures.bytes(hex: Self.qemuFooterHex)
        let sum = bytes.enumerated().filter { !(64..<68).contains($0.offset) }
            .reduce(UInt32(0)) { $0 + UInt32($1.element) }
        XCTAssertEqual(~sum, 0xFFFF_ED29)
    }

    func testTapFooterFields() {
        let id = UUID()
        let footer = VHDFooter(diskType: .differencing, size: 8 << 20, uniqueID: id, timestamp: 7)
        let bytes = footer.encoded()
        XCTAssertEqual(Array(bytes[0..<8]), Array("conectix".utf8))
        XCTAssertEqual(bytes.uint32(at: 8), 2, "reserved feature bit")
        XCTAssertEqual(bytes.uint32(at: 12), 0x0001_0000)
        XCTAssertEqual(bytes.uint64(at: 16), 512, "header right after the footer copy")
        XCTAssertEqual(bytes.uint32(at: 24), 7)
        XCTAssertEqual(Array(bytes[28..<32]), [0x74, 0x61, 0x70, 0], "creator \"tap\\0\" like blktap")
        XCTAssertEqual(bytes.uint32(at: 32), 0x0001_0003, "blktap VHD_CURRENT_VERSION 1.3")
        XCTAssertEqual(bytes.uint32(at: 36), 0, "blktap writes creator OS 0")
        XCTAssertEqual(bytes.uint64(at: 40), 8 << 20)
        XCTAssertEqual(bytes.uint64(at: 48), 8 << 20)
        XCTAssertEqual(bytes.uint32(at: 56), VHDGeometry.forSize(8 << 20).encoded)
        XCTAssertEqual(bytes.uint32(at: 60), 4)
        XCTAssertEqual(Array(bytes[68..<84]), id.bytes)
        XCTAssertEqual(bytes[84], 0, "not in a saved state")
        XCTAssertTrue(bytes[85...].allSatisfy { $0 == 0 })
        XCTAssertEqual(VHDFooter(diskType: .fixed, size: 512, timestamp: 0).dataOffset, .max)
    }

    func testRejectsBadCookieChecksumAndType() {
        var bytes = VHDFooter(diskType: .dynamic, size: 1 << 21, timestamp: 0).encoded()
        var wrongCookie = bytes
        wrongCookie[0] = 0x43
        XCTAssertThrowsError(try VHDFooter(decoding: wrongCookie)) {
            XCTAssertEqual(($0 as? StorageError)?.code, .malformed)
        }
        var wrongSum = bytes
        wrongSum[100] = 1
        XCTAssertThrowsError(try VHDFooter(decoding: wrongSum)) {
            XCTAssertTrue(($0 as? StorageError)?.detail.contains("checksum") ?? false)
        }
        bytes.set(UInt32(9), at: 60)
        bytes.set(bytes.onesComplementSum(excluding: 64..<68), at: 64)
        XCTAssertThrowsError(try VHDFooter(decoding: bytes))
        XCTAssertThrowsError(try VHDFooter(decoding: [UInt8](repeating: 0, count: 100)))
    }

    func testHiddenAndSavedStateRoundTrip() throws {
        var footer = VHDFooter(diskType: .dynamic, size: 1 << 21, timestamp: 1)
        footer.hidden = true
        footer.savedState = true
        let bytes = footer.encoded()
        XCTAssertEqual(bytes[84], 1)
        XCTAssertEqual(bytes[85], 1)
        XCTAssertEqual(try VHDFooter(decoding: bytes), footer)
    }
}
