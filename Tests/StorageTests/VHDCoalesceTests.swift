// Coalescing a child into its parent, then re-pointing the grandchild: the steps of XenServer's
// garbage collection after a snapshot is deleted.
import XCTest

@testable import Storage

final class VHDCoalesceTests: StorageTestCase {
    func testCoalesceThenReparentKeepsEveryView() throws {
        let size = 8 * Self.mib
        let parent = try VHD.create(at: path("p.vhd"), virtualSize: size)
        var model = DiskModel(size: size)
        let base = Fixtures.pattern(count: Int(size), seed: 1)
        try parent.write(base, at: 0)
        model.write(base, at: 0)
        try parent.close()
        let child = try VHD.createDifferencing(at: path("c.vhd"), parent: path("p.vhd"))
        for (offset, count) in [(UInt64(100), 1000), (3 * Self.mib, Int(2 * Self.mib) + 4096)] {
            let data = Fixtures.pattern(count: count, seed: 2, offset: offset)
            try child.write(data, at: offset)
            model.write(data, at: offset)
        }
        try child.close()
        let childModel = model
        let grandchild = try VHD.createDifferencing(at: path("g.vhd"), parent: path("c.vhd"))
        let top = Fixtures.pattern(count: 777, seed: 3, offset: 3 * Self.mib - 100)
        try grandchild.write(top, at: 3 * Self.mib - 100)
        model.write(top, at: 3 * Self.mib - 100)
        try grandchild.close()

        let written = try VHD.coalesce(childAt: path("c.vhd"))
        // Sectors 0-2 (bytes 100..<1100) and 4104 whole sectors from 3 MiB.
        XCTAssertEqual(written, 1536 + 2 * Self.mib + 4096, "whole sectors the child held")
        // The parent alone now reads as the child did; the chain above is unchanged.
        let merged = try VHD.open(at: path("p.vhd"))
        XCTAssertEqual(merged.layers.count, 1)
        XCTAssertEqual(try merged.read(count: Int(size), at: 0), childModel.bytes)
        XCTAssertEqual(try merged.check(), [])
        XCTAssertEqual(try VHD.open(at: path("g.vhd")).read(count: Int(size), at: 0), model.bytes)

        // Re-point the grandchild at the parent and drop the child.
        let leaf = try VHDFile.open(at: path("g.vhd"), writable: true)
        try leaf.setParent(path("p.vhd"))
        try leaf.close()
        try FilePaths.remove(path("c.vhd"))
        let chain = try VHD.open(at: path("g.vhd"))
        XCTAssertEqual(chain.layers.count, 2)
        XCTAssertEqual(try chain.read(count: Int(size), at: 0), model.bytes)
        XCTAssertEqual(try chain.check(), [])
    }

    func testCoalesceGrowsASmallerParent() throws {
        let parent = try VHD.create(at: path("p.vhd"), virtualSize: 2 * Self.mib)
        try parent.close()
        let child = try VHD.createDifferencing(at: path("c.vhd"), parent: path("p.vhd"))
        try child.resize(to: 6 * Self.mib)
        try child.write([5, 6, 7], at: 6 * Self.mib - 3)
        try child.close()
        try VHD.coalesce(childAt: path("c.vhd"))
        let merged = try VHD.open(at: path("p.vhd"))
        XCTAssertEqual(merged.virtualSize, 6 * Self.mib)
        XCTAssertEqual(try merged.read(count: 3, at: 6 * Self.mib - 3), [5, 6, 7])
        XCTAssertEqual(try merged.check(), [])
    }

    func testCoalesceOfADiskWithoutParentIsRefused() throws {
        try VHD.create(at: path("p.vhd"), virtualSize: 2 * Self.mib).close()
        XCTAssertThrowsError(try VHD.coalesce(childAt: path("p.vhd"))) {
            XCTAssertEqual(($0 as? StorageError)?.code, .invalidArgument)
        }
    }
}
