// The dynamic disk header, BAT, batmap and parent locators of images we create, read back byte
// by byte against the specification and blktap's layout, plus qemu's header as an independent
// sample.
import Foundation
import XCTest

@testable import Storage

final class VHDDynamicHeaderTests: StorageTestCase {
    static let qemuHeaderHex =
        "6378737061727365ffffffffffffffff0000000000000600000100000000003300200000fffff444"
        + String(repeating: "00", count: 1024 - 40)

    func testDecodesQemuHeader() throws {
        let header = try VHDDynamicHeader(decoding: Fixtures.bytes(hex: Self.qemuHeaderHex))
        XCTAssertEqual(header.tableOffset, 0x600)
        XCTAssertEqual(header.maxTableEntries, 51)
        XCTAssertEqual(header.blockSize, 2 << 20)
        XCTAssertTrue(header.parentUniqueID.isNull)
        XCTAssertEqual(header.parentLocators, Array(repeating: .unused, count: 8))
        XCTAssertEqual(header.encoded(), Fixtures.bytes(hex: Self.qemuHeaderHex))
        XCTAssertEqual(header.bitmapBytes, 512)
        XCTAssertEqual(header.tableBytes, 512)
    }

    func testRejectsBadBlockSizeAndPlatformCode() {
        var bytes = VHDDynamicHeader(tableOffset: 1536, maxTableEntries: 1, blockSize: 3 << 20).encoded()
        XCTAssertThrowsError(try VHDDynamicHeader(decoding: bytes))
        bytes = VHDDynamicHeader(tableOffset: 1536, maxTableEntries: 1, blockSize: 1 << 21).encoded()
        bytes.set(UInt32(0x1234_5678), at: 576)
        bytes.set(bytes.onesComplementSum(excluding: 36..<40), at: 36)
        XCTAssertThrowsError(try VHDDynamicHeader(decoding: bytes))
        bytes[36] ^= 1
        XCTAssertThrowsError(try VHDDynamicHeader(decoding: bytes))
    }

    func testCreatedDynamicDiskLayout() throws {
        let vhd = try VHD.create(at: path("a.vhd"), virtualSize: 100 << 20)
        try vhd.close()
        let file = try Fixtures.read(path("a.vhd"), at: 0, count: Int(try Fixtures.fileSize(path("a.vhd"))))
        // Footer copy at 0 and footer at the end, identical.
        XCTAssertEqual(Array(file[0..<512]), Array(file[(file.count - 512)...]))
        let footer = try VHDFooter(decoding: Array(file[0..<512]))
        XCTAssertEqual(footer.diskType, .dynamic)
        XCTAssertEqual(footer.currentSize, 100 << 20)
        XCTAssertEqual(footer.dataOffset, 512)
        // Header at 512.
        let header = Array(file[512..<1536])
        XCTAssertEqual(Array(header[0..<8]), Array("cxsparse".utf8))
        XCTAssertEqual(header.uint64(at: 8), .max)
        XCTAssertEqual(header.uint64(at: 16), 1536, "BAT right after the header")
        XCTAssertEqual(header.uint32(at: 24), 0x0001_0000)
        XCTAssertEqual(header.uint32(at: 28), 50, "100 MiB / 2 MiB")
        XCTAssertEqual(header.uint32(at: 32), 0x0020_0000)
        XCTAssertEqual(header.uint32(at: 36), header.onesComplementSum(excluding: 36..<40))
        XCTAssertTrue(header[40..<1024].allSatisfy { $0 == 0 }, "no parent, no locators")
        // BAT: 50 unused entries padded to a sector.
        XCTAssertTrue(file[1536..<1536 + 200].allSatisfy { $0 == 0xFF })
        XCTAssertTrue(file[1736..<2048].allSatisfy { $0 == 0 })
        // blktap batmap header right after the BAT, one-sector map, nothing else.
        XCTAssertEqual(Array(file[2048..<2056]), Array("tdbatmap".utf8))
        XCTAssertEqual(Array(file).uint64(at: 2056), 2560)
        XCTAssertEqual(Array(file).uint32(at: 2064), 1)
        XCTAssertEqual(Array(file).uint32(at: 2068), 0x0001_0002)
        XCTAssertEqual(Array(file).uint32(at: 2072), ~UInt32(0), "checksum of an all-zero map")
        XCTAssertEqual(file.count, 3072 + 512)
    }

    func testDifferencingDiskRecordsParentLikeBlktap() throws {
        let parent = try VHD.create(at: path("parent.vhd"), virtualSize: 8 << 20)
        try parent.close()
        try FileManager.default.createDirectory(atPath: path("sub"), withIntermediateDirectories: true)
        let child = try VHD.createDifferencing(at: path("sub/child.vhd"), parent: path("parent.vhd"))
        let header = try XCTUnwrap(child.leaf.header)
        XCTAssertEqual(child.leaf.diskType, .differencing)
        XCTAssertEqual(header.parentUniqueID, parent.uniqueID)
        XCTAssertEqual(header.parentUnicodeName, "parent.vhd")
        XCTAssertEqual(child.virtualSize, 8 << 20)
        let codes = header.parentLocators.map(\.platformCode)
        XCTAssertEqual(codes, [.macX, .w2ku, .w2ru] + Array(repeating: .none, count: 5))
        let canonicalParent = try XCTUnwrap(parent.path)
        XCTAssertEqual(try child.leaf.parentLocations(),
                       ["../parent.vhd", canonicalParent, "./../parent.vhd"])
        // Raw encodings: MacX a UTF-8 file URL; W2ru UTF-16LE with backslashes, prefixed ".\"
        // as blktap's vhd_w2u_encode_location does for every relative path.
        let macX = header.parentLocators[0]
        XCTAssertEqual(try Fixtures.read(child.path, at: macX.dataOffset, count: Int(macX.dataLength)),
                       Array("file://../parent.vhd".utf8))
        XCTAssertEqual(macX.dataSpace, 512, "bytes, as blktap and Hyper-V write it")
        let w2ru = header.parentLocators[2]
        XCTAssertEqual(try Fixtures.read(child.path, at: w2ru.dataOffset, count: Int(w2ru.dataLength)),
                       ".\\..\\parent.vhd".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        // Parent name is UTF-16BE.
        let raw = try Fixtures.read(child.path, at: 512 + 64, count: 4)
        XCTAssertEqual(raw, [0, 0x70, 0, 0x61])
        XCTAssertEqual(try child.check(), [])
    }

    func testLocatorEncodingsRoundTrip() {
        for code in [VHDPlatformCode.macX, .w2ku, .w2ru] {
            for location in ["./a.vhd", "../x/b.vhd", "/abs/dir/c.vhd"] {
                let decoded = VHDParentLocator.decode(VHDParentLocator.encode(location, as: code), as: code)
                let expected = code == .w2ru && location.hasPrefix("..") ? "./" + location : location
                XCTAssertEqual(decoded, expected, "\(code) \(location)")
            }
        }
        XCTAssertEqual(VHDParentLocator.decode(Array("C:\\dir\\p.vhd".utf16).flatMap {
            [UInt8($0 & 0xFF), UInt8($0 >> 8)]
        }, as: .w2ku), "/dir/p.vhd")
        XCTAssertNil(VHDParentLocator.decode(Array("http://x".utf8), as: .macX))
        XCTAssertNil(VHDParentLocator.decode([1, 2, 3], as: .w2ru))
        XCTAssertEqual(VHDPlatformCode.w2ku.description, "W2ku")
        XCTAssertEqual(VHDPlatformCode.macX.description, "MacX")
    }

    func testLocatorDataSpaceReadAsSectorsOrBytes() {
        XCTAssertEqual(VHDParentLocator(platformCode: .w2ku, dataSpace: 1, dataLength: 10, dataOffset: 0)
            .reservedBytes, 512)
        XCTAssertEqual(VHDParentLocator(platformCode: .w2ku, dataSpace: 1024, dataLength: 10, dataOffset: 0)
            .reservedBytes, 1024)
        XCTAssertNil(VHDParentLocator(platformCode: .w2ku, dataSpace: 1000, dataLength: 10, dataOffset: 0)
            .reservedBytes)
    }
}
