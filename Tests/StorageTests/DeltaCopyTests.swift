// VDI.copy's delta copy (copyDifferences): in one VHD chain only the blocks written above the
// common ancestor, on either side, are written; between unrelated images the chunks that differ;
// either way the target ends up byte for byte the source.
import Foundation
import XCTest

@testable import Storage

final class DeltaCopyTests: StorageTestCase {
    let driver = FileSRDriver(type: "file")

    func open(_ location: String, writable: Bool = false) throws -> DiskImage {
        try driver.open(root: directory, location: location, writable: writable)
    }

    func write(_ bytes: [UInt8], at offset: UInt64, _ location: String) throws {
        let image = try open(location, writable: true)
        try bytes.withUnsafeBytes { try image.write($0, at: offset) }
        try image.close()
    }

    func contents(_ image: DiskImage) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: Int(image.virtualSize))
        try bytes.withUnsafeMutableBytes { try image.read(into: $0, at: 0) }
        return bytes
    }

    /// The source, the base and the target of a delta copy: a full copy of the base, as the
    /// target starts. All three are closed when the test ends.
    func images(source: String, base: String) throws -> (source: DiskImage, base: DiskImage, target: DiskImage) {
        let opened = (source: try open(source), base: try open(base))
        _ = try driver.createVolume(root: directory, location: "target", virtualSize: opened.base.virtualSize)
        let target = try open("target", writable: true)
        try opened.base.copyData(to: target)
        addTeardownBlock {
            for image in [opened.source, opened.base, target] { try? image.close() }
        }
        return (opened.source, opened.base, target)
    }

    func testChainDeltaWritesOnlyBlocksAboveTheCommonAncestor() throws {
        _ = try driver.createVolume(root: directory, location: "disk", virtualSize: 32 * Self.mib)
        try write(Fixtures.pattern(count: 8 * Int(Self.mib), seed: 1), at: 0, "disk")
        _ = try driver.snapshotVolume(root: directory, location: "disk", newLocation: "snap")
        // After the snapshot: new data in block 5, zeros over part of block 1, data in block 9.
        try write(Fixtures.pattern(count: Int(Self.mib), seed: 2), at: 10 * Self.mib, "disk")
        try write([UInt8](repeating: 0, count: 65536), at: 2 * Self.mib + 4096, "disk")
        try write(Fixtures.pattern(count: 512, seed: 3), at: 18 * Self.mib, "disk")

        let (source, base, target) = try images(source: "disk", base: "snap")
        var reports = 0
        let writes = try source.copyDifferences(from: base, to: target) { done, total in
            reports += 1
            XCTAssertLessThanOrEqual(done, total)
            return true
        }
        XCTAssertEqual(writes, 3)
        XCTAssertEqual(reports, 3)
        XCTAssertEqual(try contents(target), try contents(source))
    }

    func testChainDeltaAlsoUndoesWritesOnTheBaseSide() throws {
        _ = try driver.createVolume(root: directory, location: "disk", virtualSize: 8 * Self.mib)
        try write(Fixtures.pattern(count: 4 * Int(Self.mib), seed: 1), at: 0, "disk")
        _ = try driver.snapshotVolume(root: directory, location: "disk", newLocation: "clone")
        // The clone (the base of the delta) changes after the fork; the target copies it.
        try write(Fixtures.pattern(count: 4096, seed: 7), at: 6 * Self.mib, "clone")
        let (source, base, target) = try images(source: "disk", base: "clone")
        XCTAssertEqual(try source.copyDifferences(from: base, to: target), 1)
        XCTAssertEqual(try contents(target), try contents(source))
    }

    func testUnrelatedImagesAreComparedChunkByChunk() throws {
        let base = try RawImage.create(at: path("base.raw"), size: 16 * Self.mib)
        defer { try? base.close() }
        let source = try RawImage.create(at: path("source.raw"), size: 16 * Self.mib)
        defer { try? source.close() }
        let data = Fixtures.pattern(count: 6 * Int(Self.mib), seed: 5)
        try data.withUnsafeBytes { try base.write($0, at: 0) }
        try data.withUnsafeBytes { try source.write($0, at: 0) }
        try [UInt8](repeating: 9, count: 100).withUnsafeBytes { try source.write($0, at: 3 * Self.mib) }
        try [UInt8](repeating: 0, count: 2 * Int(Self.mib)).withUnsafeBytes { try source.write($0, at: 4 * Self.mib) }
        let target = try RawImage.create(at: path("target.raw"), size: 16 * Self.mib)
        defer { try? target.close() }
        try base.copyData(to: target)

        XCTAssertEqual(try source.copyDifferences(from: base, to: target), 2)
        XCTAssertEqual(try contents(target), try contents(source))
    }

    func testCancellationStopsTheCopy() throws {
        _ = try driver.createVolume(root: directory, location: "disk", virtualSize: 16 * Self.mib)
        _ = try driver.snapshotVolume(root: directory, location: "disk", newLocation: "snap")
        try write(Fixtures.pattern(count: 8 * Int(Self.mib), seed: 1), at: 0, "disk")
        let (source, base, target) = try images(source: "disk", base: "snap")
        XCTAssertThrowsError(try source.copyDifferences(from: base, to: target) { _, _ in false }) {
            XCTAssertEqual(($0 as? StorageError)?.code, .cancelled)
        }
    }
}
