// VDI.copy's engine: an independent dynamic VHD with the chain's contents, sparse.
import XCTest

@testable import Storage

final class VHDCopyTests: StorageTestCase {
    func testCopyOfAChainIsIndependentAndSparse() throws {
        let size = 64 * Self.mib
        let parent = try VHD.create(at: path("p.vhd"), virtualSize: size)
        var model = DiskModel(size: size)
        for (offset, count, seed) in [(UInt64(0), 5000, UInt8(1)), (10 * Self.mib + 7, 3 * Int(Self.mib), 2)] {
            let data = Fixtures.pattern(count: count, seed: seed, offset: offset)
            try parent.write(data, at: offset)
            model.write(data, at: offset)
        }
        // A whole block of zeros is allocated but carries nothing.
        try parent.write([UInt8](repeating: 0, count: Int(2 * Self.mib)), at: 40 * Self.mib)
        try parent.close()
        let child = try VHD.createDifferencing(at: path("c.vhd"), parent: path("p.vhd"))
        let data = Fixtures.pattern(count: 100_000, seed: 3, offset: 11 * Self.mib)
        try child.write(data, at: 11 * Self.mib)
        model.write(data, at: 11 * Self.mib)

        var reports: [UInt64] = []
        let copy = try child.copy(to: path("copy.vhd")) { done, total in
            XCTAssertEqual(total, size)
            reports.append(done)
            return true
        }
        XCTAssertEqual(copy.layers.count, 1)
        XCTAssertEqual(copy.leaf.diskType, .dynamic)
        XCTAssertNotEqual(copy.uniqueID, child.uniqueID)
        XCTAssertEqual(reports, reports.sorted())
        XCTAssertEqual(try copy.read(count: Int(size), at: 0), model.bytes)
        // Blocks 0, 5 and 6 hold data; the zero block 20 was skipped.
        XCTAssertEqual(copy.leaf.allocatedBlockCount, 3)
        XCTAssertEqual(try copy.check(), [])

        try child.write([1, 2, 3], at: 0)
        XCTAssertEqual(try copy.read(count: 3, at: 0), Array(model.bytes[0..<3]))
    }

    func testCancelledCopyRemovesTheFile() throws {
        let vhd = try VHD.create(at: path("a.vhd"), virtualSize: 16 * Self.mib)
        try vhd.write(Fixtures.pattern(count: Int(16 * Self.mib), seed: 1), at: 0)
        XCTAssertThrowsError(try vhd.copy(to: path("copy.vhd")) { done, _ in done < 4 * Self.mib }) {
            XCTAssertEqual(($0 as? StorageError)?.code, .cancelled)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path("copy.vhd")))
    }
}
