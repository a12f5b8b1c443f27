// Allocated ranges for sparse export: the union over the chain, sector-exact, merged.
import XCTest

@testable import Storage

final class VHDAllocatedRangeIteratorTests: StorageTestCase {
    func ranges(_ vhd: VHD) throws -> [Range<UInt64>] {
        var result: [Range<UInt64>] = []
        try vhd.forEachAllocatedRange { result.append($0) }
        return result
    }

    func testEmptyDiskHasNoRanges() throws {
        XCTAssertEqual(try ranges(VHD.create(at: path("a.vhd"), virtualSize: 100 * Self.gib)), [])
    }

    func testUnionOverTheChainMergedAcrossBlocksAndChunks() throws {
        let parent = try VHD.create(at: path("p.vhd"), virtualSize: 64 * Self.mib)
        try parent.write([1], at: 1000)                                   // sector 1
        try parent.write([UInt8](repeating: 1, count: 1024), at: 2 * Self.mib - 512)  // crosses a block
        try parent.write([1], at: 40 * Self.mib)                          // a later chunk
        try parent.close()
        let child = try VHD.createDifferencing(at: path("c.vhd"), parent: path("p.vhd"))
        try child.write([2], at: 1536)                                    // sector 3
        try child.write([2], at: 1024)                                    // sector 2: joins 1 and 3
        try child.write([UInt8](repeating: 2, count: 512), at: 16 * Self.mib - 512)  // chunk edge
        try child.write([UInt8](repeating: 2, count: 512), at: 16 * Self.mib)
        XCTAssertEqual(try ranges(child), [
            512..<2048,
            2 * Self.mib - 512..<2 * Self.mib + 512,
            16 * Self.mib - 512..<16 * Self.mib + 512,
            40 * Self.mib..<40 * Self.mib + 512,
        ])
        XCTAssertEqual(try ranges(VHD.open(at: path("p.vhd"))), [
            512..<1024, 2 * Self.mib - 512..<2 * Self.mib + 512, 40 * Self.mib..<40 * Self.mib + 512,
        ])
    }

    func testFullDiskIsOneRange() throws {
        let vhd = try VHD.create(at: path("a.vhd"), virtualSize: 6 * Self.mib)
        try vhd.write([UInt8](repeating: 3, count: Int(6 * Self.mib)), at: 0)
        XCTAssertEqual(try ranges(vhd), [0..<6 * Self.mib])
    }
}
