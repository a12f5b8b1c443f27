// Creating, opening, reading and writing VHDs and chains, against an in-memory model of what
// every byte of the virtual disk should be.
import Foundation
import XCTest

@testable import Storage

final class VHDTests: StorageTestCase {
    func assertDisk(_ vhd: VHD, equals model: DiskModel, file: StaticString = #filePath, line: UInt = #line)
        throws
    {
        XCTAssertEqual(vhd.virtualSize, UInt64(model.bytes.count), file: file, line: line)
        let actual = try vhd.read(count: model.bytes.count, at: 0)
        if actual != model.bytes {
            let first = actual.indices.first { actual[$0] != model.bytes[$0] } ?? -1
            XCTFail("disk differs from model first at byte \(first) (sector \(first / 512))",
                    file: file, line: line)
        }
    }

    // MARK: Sizes

    func testVirtualSizeRoundsUpToWholeTwoMiBBlocks() throws {
        XCTAssertEqual(try VHD.roundedVirtualSize(0), 2 * Self.mib)
        XCTAssertEqual(try VHD.roundedVirtualSize(1), 2 * Self.mib)
        XCTAssertEqual(try VHD.roundedVirtualSize(2 * Self.mib), 2 * Self.mib)
        XCTAssertEqual(try VHD.roundedVirtualSize(2 * Self.mib + 1), 4 * Self.mib)
        XCTAssertEqual(try VHD.roundedVirtualSize(100 * Self.gib), 100 * Self.gib)
        XCTAssertEqual(try VHD.roundedVirtualSize(2040 * Self.gib), 2040 * Self.gib)
        XCTAssertThrowsError(try VHD.roundedVirtualSize(2040 * Self.gib + 1)) {
            XCTAssertEqual(($0 as? StorageError)?.code, .invalidArgument)
        }
        let vhd = try VHD.create(at: path("odd.vhd"), virtualSize: 5 * Self.mib + 3)
        XCTAssertEqual(vhd.virtualSize, 6 * Self.mib)
        XCTAssertEqual(vhd.leaf.header?.maxTableEntries, 3)
    }

    func testHundredGiBDiskAndSnapshotAreCreatedInMillisecondsWithoutData() throws {
        let start = Date()
        let base = try VHD.create(at: path("big.vhd"), virtualSize: 100 * Self.gib)
        try base.close()
        let created = Date()
        let child = try VHD.createDifferencing(at: path("snap.vhd"), parent: path("big.vhd"))
        let snapshotted = Date()
        XCTAssertLessThan(created.timeIntervalSince(start), 0.25)
        XCTAssertLessThan(snapshotted.timeIntervalSince(created), 0.25)
        // Footer copy, header, 51200-entry BAT (200 KiB), batmap (1 sector map), footer.
        // 51200 entries need 6400 bytes of batmap: 13 sectors.
        let expectedSize: UInt64 = 1536 + 204_800 + 512 + 13 * 512 + 512
        XCTAssertEqual(try Fixtures.fileSize(path("big.vhd")), expectedSize)
        XCTAssertLessThan(try Fixtures.fileSize(path("snap.vhd")), 256 * 1024)
        XCTAssertEqual(child.virtualSize, 100 * Self.gib)
        XCTAssertEqual(try child.read(count: 4096, at: 50 * Self.gib), [UInt8](repeating: 0, count: 4096))
        XCTAssertEqual(try child.check(), [])
    }

    func testCreateRefusesToReplaceAFile() throws {
        _ = try VHD.create(at: path("a.vhd"), virtualSize: Self.mib)
        XCTAssertThrowsError(try VHD.create(at: path("a.vhd"), virtualSize: Self.mib)) {
            XCTAssertEqual(($0 as? StorageError)?.code, .alreadyExists)
        }
        XCTAssertThrowsError(try VHD.create(at: path("missing/dir/a.vhd"), virtualSize: Self.mib)) {
            XCTAssertEqual(($0 as? StorageError)?.code, .notFound)
        }
    }

    // MARK: Reads and writes

    func testFreshDiskReadsZeros() throws {
        let vhd = try VHD.create(at: path("a.vhd"), virtualSize: 8 * Self.mib)
        XCTAssertEqual(try vhd.read(count: Int(8 * Self.mib), at: 0),
                       [UInt8](repeating: 0, count: Int(8 * Self.mib)))
        XCTAssertEqual(vhd.leaf.allocatedBlockCount, 0)
    }

    func testRandomUnalignedWritesRoundTrip() throws {
        let size = 16 * Self.mib
        let vhd = try VHD.create(at: path("a.vhd"), virtualSize: size)
        var model = DiskModel(size: size)
        var rng = SeededGenerator(state: 42)
        for i in 0..<200 {
            let count = Int.random(in: 1...300_000, using: &rng)
            let offset = UInt64.random(in: 0...(size - UInt64(count)), using: &rng)
            let data = Fixtures.pattern(count: count, seed: UInt8(i), offset: offset)
            try vhd.write(data, at: offset)
            model.write(data, at: offset)
        }
        try assertDisk(vhd, equals: model)
        for _ in 0..<100 {
            let count = Int.random(in: 0...100_000, using: &rng)
            let offset = UInt64.random(in: 0...(size - UInt64(count)), using: &rng)
            XCTAssertEqual(try vhd.read(count: count, at: offset),
                           Array(model.bytes[Int(offset)..<Int(offset) + count]))
        }
        try vhd.close()
        let reopened = try VHD.open(at: path("a.vhd"))
        try assertDisk(reopened, equals: model)
        XCTAssertEqual(try reopened.check(), [])
    }

    func testWholeBlockWritesAllocateOneBlockEachAtPageAlignedData() throws {
        let vhd = try VHD.create(at: path("a.vhd"), virtualSize: 8 * Self.mib)
        let before = try vhd.leaf.physicalSize()
        try vhd.write(Fixtures.pattern(count: Int(4 * Self.mib), seed: 1), at: 2 * Self.mib)
        XCTAssertEqual(vhd.leaf.allocatedBlockCount, 2)
        for block in [1, 2] {
            XCTAssertEqual(vhd.leaf.dataOffset(ofBlock: block) % 4096, 0)
            XCTAssertTrue(vhd.leaf.isKnownFull(block))
        }
        // Each block costs its bitmap, data and at most seven sectors of alignment.
        XCTAssertEqual(try vhd.physicalUtilisation(), try Fixtures.fileSize(path("a.vhd")))
        let grown = try vhd.leaf.physicalSize() - before
        XCTAssertGreaterThanOrEqual(grown, 2 * (2 * Self.mib + 512))
        XCTAssertLessThanOrEqual(grown, 2 * (2 * Self.mib + 4096))
        try vhd.close()
        // The batmap marks both blocks full after close.
        let reopened = try VHDFile.open(at: path("a.vhd"))
        XCTAssertEqual(reopened.batmap?.isFull(1), true)
        XCTAssertEqual(reopened.batmap?.isFull(0), false)
        XCTAssertEqual(try reopened.check(), [])
    }

    func testPartialBlockWriteSetsOnlyItsBitsAndLeavesTheRestZero() throws {
        let vhd = try VHD.create(at: path("a.vhd"), virtualSize: 4 * Self.mib)
        try vhd.write([UInt8](repeating: 0xAB, count: 1024), at: Self.mib)
        let bitmap = try vhd.leaf.sectorBitmap(ofBlock: 0)
        XCTAssertFalse(bitmap.isSet(2047))
        XCTAssertTrue(bitmap.isSet(2048))
        XCTAssertTrue(bitmap.isSet(2049))
        XCTAssertFalse(bitmap.isSet(2050))
        XCTAssertEqual(try vhd.leaf.allocatedRuns(in: 0..<8192), [2048..<2050])
        XCTAssertEqual(try vhd.read(count: 2048, at: Self.mib - 512),
                       [UInt8](repeating: 0, count: 512) + [UInt8](repeating: 0xAB, count: 1024)
                       + [UInt8](repeating: 0, count: 512))
    }

    func testOutOfRangeAndReadOnlyAreErrors() throws {
        let vhd = try VHD.create(at: path("a.vhd"), virtualSize: 2 * Self.mib)
        XCTAssertThrowsError(try vhd.read(count: 2, at: 2 * Self.mib - 1)) {
            XCTAssertEqual(($0 as? StorageError)?.code, .outOfRange)
        }
        XCTAssertThrowsError(try vhd.write([1], at: 2 * Self.mib)) {
            XCTAssertEqual(($0 as? StorageError)?.code, .outOfRange)
        }
        XCTAssertNoThrow(try vhd.read(count: 0, at: 2 * Self.mib))
        try vhd.close()
        let readOnly = try VHD.open(at: path("a.vhd"))
        XCTAssertThrowsError(try readOnly.write([1], at: 0)) {
            XCTAssertEqual(($0 as? StorageError)?.code, .readOnly)
        }
        XCTAssertThrowsError(try VHD.open(at: path("nothing.vhd"))) {
            XCTAssertEqual(($0 as? StorageError)?.code, .notFound)
        }
    }

    // MARK: Chains

    /// Parent, child and grandchild, each written in overlapping ranges, sector-aligned or not.
    func makeChainOfThree() throws -> (models: [DiskModel], paths: [String]) {
        let size = 12 * Self.mib
        let paths = [path("parent.vhd"), path("child.vhd"), path("grandchild.vhd")]
        var model = DiskModel(size: size)
        var models: [DiskModel] = []
        let writes: [[(UInt64, Int)]] = [
            [(0, Int(3 * Self.mib)), (5 * Self.mib + 100, 70_000), (11 * Self.mib, Int(Self.mib))],
            [(Self.mib - 7, 1000), (2 * Self.mib + 512, 4096), (5 * Self.mib, 10), (8 * Self.mib, 600_000)],
            [(3, 5), (2 * Self.mib, 2_200_000), (11 * Self.mib + 4095, 8193)],
        ]
        for (level, path) in paths.enumerated() {
            let vhd = level == 0
                ? try VHD.create(at: path, virtualSize: size)
                : try VHD.createDifferencing(at: path, parent: paths[level - 1])
            for (i, (offset, count)) in writes[level].enumerated() {
                let data = Fixtures.pattern(count: count, seed: UInt8(level * 16 + i), offset: offset)
                try vhd.write(data, at: offset)
                model.write(data, at: offset)
            }
            try vhd.close()
            models.append(model)
        }
        return (models, paths)
    }

    func testChainOfThreeReadsEachLevelsView() throws {
        let (models, paths) = try makeChainOfThree()
        for level in 0..<3 {
            let vhd = try VHD.open(at: paths[level])
            XCTAssertEqual(vhd.layers.count, level + 1)
            XCTAssertEqual(vhd.layers.map(\.path), paths[0...level].reversed().map {
                try? FilePaths.canonical($0)
            })
            try assertDisk(vhd, equals: models[level])
            XCTAssertEqual(try vhd.check(), [])
        }
    }

    func testWritesToAChildNeverTouchItsParents() throws {
        let (models, paths) = try makeChainOfThree()
        let parentBytes = try Fixtures.read(paths[0], at: 0, count: Int(try Fixtures.fileSize(paths[0])))
        let childBytes = try Fixtures.read(paths[1], at: 0, count: Int(try Fixtures.fileSize(paths[1])))
        let leaf = try VHD.open(at: paths[2], writable: true)
        var model = models[2]
        let data = Fixtures.pattern(count: Int(12 * Self.mib) - 3, seed: 99, offset: 1)
        try leaf.write(data, at: 1)
        model.write(data, at: 1)
        try leaf.flush()
        try assertDisk(leaf, equals: model)
        try leaf.close()
        XCTAssertEqual(try Fixtures.read(paths[0], at: 0, count: parentBytes.count + 1), parentBytes)
        XCTAssertEqual(try Fixtures.read(paths[1], at: 0, count: childBytes.count + 1), childBytes)
        try assertDisk(try VHD.open(at: paths[1]), equals: models[1])
    }

    func testPartialSectorWriteInChildKeepsTheParentsBytesAround() throws {
        let parent = try VHD.create(at: path("p.vhd"), virtualSize: 2 * Self.mib)
        let old = Fixtures.pattern(count: 512, seed: 5, offset: 4096)
        try parent.write(old, at: 4096)
        try parent.close()
        let child = try VHD.createDifferencing(at: path("c.vhd"), parent: path("p.vhd"))
        try child.write([1, 2, 3], at: 4096 + 100)
        var expected = old
        expected.replaceSubrange(100..<103, with: [1, 2, 3])
        XCTAssertEqual(try child.read(count: 512, at: 4096), expected)
        XCTAssertEqual(try child.leaf.allocatedRuns(in: 0..<4096), [8..<9])
    }

    func testParentFoundThroughRelativeLocatorAfterMovingTheChain() throws {
        let (models, paths) = try makeChainOfThree()
        let moved = path("moved")
        try FileManager.default.createDirectory(atPath: moved, withIntermediateDirectories: true)
        for p in paths {
            try FileManager.default.moveItem(atPath: p, toPath: moved + "/" + FilePaths.baseName(of: p))
        }
        // The absolute W2ku locator names the old place; MacX and W2ru are relative.
        let vhd = try VHD.open(at: moved + "/grandchild.vhd")
        XCTAssertEqual(vhd.layers.count, 3)
        try assertDisk(vhd, equals: models[2])
    }

    func testChildLargerThanParentReadsZerosPastTheParent() throws {
        let parent = try VHD.create(at: path("p.vhd"), virtualSize: 2 * Self.mib)
        try parent.write([UInt8](repeating: 7, count: Int(2 * Self.mib)), at: 0)
        try parent.close()
        let child = try VHD.createDifferencing(at: path("c.vhd"), parent: path("p.vhd"),
                                               virtualSize: 6 * Self.mib)
        XCTAssertEqual(child.virtualSize, 6 * Self.mib)
        XCTAssertEqual(try child.read(count: 4, at: 2 * Self.mib - 2), [7, 7, 0, 0])
        XCTAssertThrowsError(try VHD.createDifferencing(at: path("d.vhd"), parent: path("c.vhd"),
                                                        virtualSize: 2 * Self.mib))
    }

    // MARK: Metadata changes

    func testHiddenFlagIsWrittenToBothFooters() throws {
        let vhd = try VHD.create(at: path("a.vhd"), virtualSize: 2 * Self.mib)
        try vhd.leaf.setHidden(true)
        try vhd.close()
        let reopened = try VHDFile.open(at: path("a.vhd"))
        XCTAssertTrue(reopened.footer.hidden)
        XCTAssertEqual(try reopened.check(), [])
    }

    func testSetParentRepointsAChild() throws {
        let (models, paths) = try makeChainOfThree()
        // A copy of the child is a different file with the same contents but a new UUID, so the
        // grandchild no longer opens until it is re-pointed.
        let copy = try VHD.open(at: paths[1]).copy(to: path("child-copy.vhd"))
        try copy.close()
        try FilePaths.remove(paths[1])
        try FileManager.default.moveItem(atPath: path("child-copy.vhd"), toPath: paths[1])
        XCTAssertThrowsError(try VHD.open(at: paths[2])) {
            XCTAssertEqual(($0 as? StorageError)?.code, .parentMismatch)
        }
        let grandchild = try VHDFile.open(at: paths[2], writable: true)
        try grandchild.setParent(paths[1])
        try grandchild.close()
        let vhd = try VHD.open(at: paths[2])
        XCTAssertEqual(vhd.layers.count, 2, "the copy has no parent")
        try assertDisk(vhd, equals: models[2])
        XCTAssertEqual(try vhd.check(), [])
    }

    // MARK: Fixed disks

    func testFixedDiskReadWriteAndResize() throws {
        let vhd = try VHD.createFixed(at: path("f.vhd"), virtualSize: 3 * Self.mib)
        XCTAssertEqual(vhd.virtualSize, 4 * Self.mib)
        XCTAssertEqual(try Fixtures.fileSize(path("f.vhd")), 4 * Self.mib + 512)
        let data = Fixtures.pattern(count: 10_000, seed: 3, offset: 777)
        try vhd.write(data, at: 777)
        try vhd.resize(to: 6 * Self.mib)
        try vhd.close()
        let reopened = try VHD.open(at: path("f.vhd"))
        XCTAssertEqual(reopened.leaf.diskType, .fixed)
        XCTAssertEqual(reopened.virtualSize, 6 * Self.mib)
        XCTAssertEqual(try reopened.read(count: 10_000, at: 777), data)
        XCTAssertEqual(try reopened.read(count: 1024, at: 4 * Self.mib - 512),
                       [UInt8](repeating: 0, count: 1024))
        XCTAssertEqual(try reopened.check(), [])
    }
}
