// Growing disks: within the BAT's capacity (footers only) and past it (BAT grown in place,
// blocks in the way moved), with data, chains and other tools' expectations intact.
import XCTest

@testable import Storage

final class VHDFileResizeTests: StorageTestCase {
    func testGrowWithinBATCapacityOnlyRewritesFooters() throws {
        // 3 MiB needs two 2 MiB entries, which also cover 4 MiB.
        let file = try VHDFile.createSparse(at: path("a.vhd"), virtualSize: 3 * Self.mib,
                                            blockSize: 2 << 20, parent: nil)
        let vhd = VHD(layers: [file])
        let data = Fixtures.pattern(count: Int(3 * Self.mib), seed: 1)
        try vhd.write(data, at: 0)
        let sizeBefore = try file.physicalSize()
        try file.resize(to: 4 * Self.mib)
        XCTAssertEqual(try file.physicalSize(), sizeBefore)
        XCTAssertEqual(file.header?.maxTableEntries, 2)
        XCTAssertEqual(file.footer.currentSize, 4 * Self.mib)
        XCTAssertEqual(file.footer.originalSize, 3 * Self.mib)
        XCTAssertEqual(file.footer.geometry, VHDGeometry.forSize(4 * Self.mib))
        try vhd.close()
        let reopened = try VHD.open(at: path("a.vhd"))
        XCTAssertEqual(try reopened.read(count: data.count, at: 0), data)
        XCTAssertEqual(try reopened.read(count: Int(Self.mib), at: 3 * Self.mib),
                       [UInt8](repeating: 0, count: Int(Self.mib)))
        XCTAssertEqual(try reopened.check(), [])
    }

    func testGrowPastBATCapacityMovesBlocksOutOfTheWay() throws {
        let vhd = try VHD.create(at: path("a.vhd"), virtualSize: 4 * Self.mib)
        var model = DiskModel(size: 4 * Self.mib)
        let data = Fixtures.pattern(count: Int(4 * Self.mib) - 1000, seed: 2, offset: 500)
        try vhd.write(data, at: 500)
        model.write(data, at: 500)
        let firstBlockBefore = vhd.leaf.bat[0]
        // 1 GiB needs 512 entries: 2 KiB of BAT where 512 bytes were, so block 0 must move.
        try vhd.resize(to: Self.gib)
        model.grow(to: Self.gib)
        XCTAssertEqual(vhd.leaf.header?.maxTableEntries, 512)
        XCTAssertNotEqual(vhd.leaf.bat[0], firstBlockBefore)
        XCTAssertEqual(vhd.virtualSize, Self.gib)
        let tail = Fixtures.pattern(count: 3000, seed: 3, offset: Self.gib - 3000)
        try vhd.write(tail, at: Self.gib - 3000)
        model.write(tail, at: Self.gib - 3000)
        XCTAssertEqual(try vhd.read(count: Int(4 * Self.mib), at: 0), Array(model.bytes[0..<Int(4 * Self.mib)]))
        try vhd.close()
        let reopened = try VHD.open(at: path("a.vhd"))
        XCTAssertEqual(try reopened.check(), [])
        XCTAssertEqual(try reopened.read(count: Int(4 * Self.mib), at: 0), Array(model.bytes[0..<Int(4 * Self.mib)]))
        XCTAssertEqual(try reopened.read(count: 3000, at: Self.gib - 3000), tail)
        XCTAssertEqual(try reopened.read(count: 4096, at: Self.gib / 2), [UInt8](repeating: 0, count: 4096))
        XCTAssertEqual(reopened.leaf.batmap?.isFull(1), true, "batmap carried over")
    }

    func testGrowingAnEmptyDiskAndAChildOfASmallerParent() throws {
        let parent = try VHD.create(at: path("p.vhd"), virtualSize: 2 * Self.mib)
        let data = Fixtures.pattern(count: Int(2 * Self.mib), seed: 4)
        try parent.write(data, at: 0)
        try parent.close()
        let child = try VHD.createDifferencing(at: path("c.vhd"), parent: path("p.vhd"))
        try child.resize(to: 100 * Self.gib)
        XCTAssertEqual(child.virtualSize, 100 * Self.gib)
        try child.write([9, 9], at: 100 * Self.gib - 2)
        try child.close()
        let reopened = try VHD.open(at: path("c.vhd"))
        XCTAssertEqual(try reopened.check(), [])
        XCTAssertEqual(try reopened.read(count: Int(2 * Self.mib), at: 0), data)
        XCTAssertEqual(try reopened.read(count: 4, at: 2 * Self.mib - 2), [data[data.count - 2], data[data.count - 1], 0, 0])
        XCTAssertEqual(try reopened.read(count: 2, at: 100 * Self.gib - 2), [9, 9])
        XCTAssertEqual(try reopened.leaf.parentLocations().count, 3, "locators moved intact")
    }

    func testShrinkingIsRefused() throws {
        let vhd = try VHD.create(at: path("a.vhd"), virtualSize: 8 * Self.mib)
        XCTAssertThrowsError(try vhd.resize(to: 4 * Self.mib)) {
            XCTAssertEqual(($0 as? StorageError)?.code, .invalidArgument)
        }
        XCTAssertNoThrow(try vhd.resize(to: 8 * Self.mib - 5), "rounds to the current size")
        XCTAssertThrowsError(try vhd.resize(to: 3000 * Self.gib))
    }
}
