// The SR drivers on a temporary directory: a VHD SR's snapshot makes a hidden base and two
// leaves without copying data, deletion collects bases and coalesces a lone leaf, a busy leaf
// is left until collected later; ISO libraries list their images; udev without devices is empty.
import Foundation
import XCTest

@testable import Storage

final class SRDriverTests: StorageTestCase {
    let driver = FileSRDriver(type: "file")

    func write(_ bytes: [UInt8], at offset: UInt64, _ location: String) throws {
        let image = try driver.open(root: directory, location: location, writable: true)
        try bytes.withUnsafeBytes { try image.write($0, at: offset) }
        try image.close()
    }

    func read(_ count: Int, at offset: UInt64, _ location: String) throws -> [UInt8] {
        let image = try driver.open(root: directory, location: location, writable: false)
        defer { try? image.close() }
        var bytes = [UInt8](repeating: 0, count: count)
        try bytes.withUnsafeMutableBytes { try image.read(into: $0, at: offset) }
        return bytes
    }

    func files() throws -> [String] { try SRDirectory.list(directory) }

    func testCreateScanAndSizes() throws {
        let volume = try driver.createVolume(root: directory, location: "a", virtualSize: 3 * Self.mib)
        XCTAssertEqual(volume.virtualSize, 4 * Self.mib)
        XCTAssertEqual(volume.format, .vhd)
        XCTAssertNil(volume.parentLocation)
        XCTAssertEqual(try driver.scan(root: directory).map(\.location), ["a"])
        let usage = try driver.usage(root: directory)
        XCTAssertGreaterThan(usage.physicalSize, usage.physicalUtilisation)
    }

    func testSnapshotSharesDataThroughAHiddenBase() throws {
        _ = try driver.createVolume(root: directory, location: "a", virtualSize: 100 * Self.gib)
        let data = Fixtures.pattern(count: 3 * Int(Self.mib), seed: 4)
        try write(data, at: 50 * Self.gib, "a")
        let started = Date()
        let snapshot = try driver.snapshotVolume(root: directory, location: "a", newLocation: "s")
        XCTAssertLessThan(Date().timeIntervalSince(started), 1.0)
        let base = try XCTUnwrap(snapshot.parentLocation)
        XCTAssertEqual(try driver.volume(root: directory, location: "a").parentLocation, base)
        XCTAssertEqual(try files().count, 3)
        XCTAssertEqual(Set(try driver.scan(root: directory).map(\.location)), ["a", "s"])  // base is hidden
        XCTAssertLessThan(snapshot.physicalUtilisation, Self.mib)
        XCTAssertEqual(try read(data.count, at: 50 * Self.gib, "s"), data)
        try write([7, 7, 7], at: 50 * Self.gib, "a")
        XCTAssertEqual(try read(3, at: 50 * Self.gib, "s"), Array(data[0..<3]))
        XCTAssertEqual(try read(3, at: 50 * Self.gib, "a"), [7, 7, 7])
    }

    func testDeletingCollectsAndCoalesces() throws {
        _ = try driver.createVolume(root: directory, location: "a", virtualSize: 8 * Self.mib)
        try write([1, 2, 3], at: 0, "a")
        _ = try driver.snapshotVolume(root: directory, location: "a", newLocation: "s1")
        try write([4], at: 4096, "a")
        _ = try driver.snapshotVolume(root: directory, location: "a", newLocation: "s2")
        try write([5], at: 8192, "a")
        XCTAssertEqual(try files().count, 5)  // two bases, three leaves
        try driver.deleteVolume(root: directory, location: "s2", busy: [], progress: nil)
        try driver.deleteVolume(root: directory, location: "s1", busy: [], progress: nil)
        XCTAssertEqual(try files(), ["a.vhd"])
        XCTAssertEqual(try read(3, at: 0, "a"), [1, 2, 3])
        XCTAssertEqual(try read(1, at: 4096, "a"), [4])
        XCTAssertEqual(try read(1, at: 8192, "a"), [5])
        let disk = try VHD.open(at: path("a.vhd"))
        XCTAssertEqual(disk.layers.count, 1)
        XCTAssertEqual(try disk.check(), [])
        try disk.close()
    }

    func testABusyLeafIsCoalescedOnlyLater() throws {
        _ = try driver.createVolume(root: directory, location: "a", virtualSize: 8 * Self.mib)
        try write([9], at: 0, "a")
        _ = try driver.snapshotVolume(root: directory, location: "a", newLocation: "s")
        try driver.deleteVolume(root: directory, location: "s", busy: ["a"], progress: nil)
        XCTAssertEqual(try files().count, 2)
        try driver.collectGarbage(root: directory, busy: [], progress: nil)
        XCTAssertEqual(try files(), ["a.vhd"])
        XCTAssertEqual(try read(1, at: 0, "a"), [9])
    }

    func testDeletingAMissingVolumeIsNotFound() {
        XCTAssertThrowsError(try driver.deleteVolume(root: directory, location: "x", busy: [], progress: nil)) {
            XCTAssertEqual(($0 as? StorageError)?.code, .notFound)
        }
    }

    func testISOLibraryListsImagesReadOnly() throws {
        let iso = ISOSRDriver()
        XCTAssertTrue(FileManager.default.createFile(atPath: path("b.iso"), contents: Data(repeating: 1, count: 4096)))
        XCTAssertTrue(FileManager.default.createFile(atPath: path("notes.txt"), contents: Data()))
        let volumes = try iso.scan(root: directory)
        XCTAssertEqual(volumes.map(\.location), ["b.iso"])
        XCTAssertEqual(volumes.first?.virtualSize, 4096)
        XCTAssertEqual(volumes.first?.readOnly, true)
        XCTAssertThrowsError(try iso.snapshotVolume(root: directory, location: "b.iso", newLocation: "c")) {
            XCTAssertEqual(($0 as? StorageError)?.code, .unsupported)
        }
    }

    /// One volume is looked up alone, and only under a name the scan would list.
    func testISOAndUdevVolumeLookupMatchesTheScan() throws {
        let iso = ISOSRDriver()
        XCTAssertTrue(FileManager.default.createFile(atPath: path("b.iso"), contents: Data(repeating: 1, count: 4096)))
        XCTAssertTrue(FileManager.default.createFile(atPath: path("notes.txt"), contents: Data()))
        XCTAssertEqual(try iso.volume(root: directory, location: "b.iso"), try iso.scan(root: directory).first)
        let sub = path("sub")
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        let udev = UdevSRDriver()
        for (driver, root, location) in [(iso as any SRDriver, directory, "notes.txt"), (iso, directory, "missing.iso"),
                                         (iso, sub, "../b.iso"), (udev, sub, ".."), (udev, sub, "../b.iso")] {
            XCTAssertThrowsError(try driver.volume(root: root, location: location), location) {
                XCTAssertEqual(($0 as? StorageError)?.code, .notFound)
            }
        }
        XCTAssertEqual(try udev.volume(root: directory, location: "notes.txt").virtualSize, 0)
    }

    func testAVHDLocationCannotReachOutsideItsSR() throws {
        let sub = path("sub")
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        _ = try driver.createVolume(root: directory, location: "outside", virtualSize: Self.mib)
        for location in ["../outside", "", "sub/../outside"] {
            XCTAssertThrowsError(try driver.volume(root: sub, location: location), location) {
                XCTAssertEqual(($0 as? StorageError)?.code, .notFound)
            }
        }
        XCTAssertEqual(try driver.volume(root: directory, location: "outside").location, "outside")
    }

    func testUdevWithoutDevicesIsEmpty() throws {
        let udev = UdevSRDriver()
        XCTAssertEqual(try udev.scan(root: path("none")), [])
        XCTAssertEqual(try udev.usage(root: path("none")).physicalSize, 0)
    }

    func testRawImageCopiesSparsely() throws {
        let raw = try RawImage.create(at: path("r.img"), size: 16 * Self.mib)
        let data = Fixtures.pattern(count: 4096, seed: 2)
        try data.withUnsafeBytes { try raw.write($0, at: 8 * Self.mib) }
        let vhd = try VHD.create(at: path("v.vhd"), virtualSize: 16 * Self.mib)
        try raw.copyData(to: vhd)
        XCTAssertEqual(try vhd.read(count: 4096, at: 8 * Self.mib), data)
        XCTAssertEqual(vhd.leaf.allocatedBlockCount, 1)
        try raw.close()
        try vhd.close()
    }
}
