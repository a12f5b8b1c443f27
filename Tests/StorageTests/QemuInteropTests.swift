// Interoperability with an independent implementation, qemu-img (Debian's qemu-utils; installed
// by scripts/install-deps): it must take our images for what they are, and we must read its.
// Two limits of qemu's "vpc" driver shape these tests: it has no consistency check
// (`qemu-img check` exits 63, "This image format does not support checks"), so our own
// `check()` (after vhd-util check) stands in; and it ignores parents and sector bitmaps, reading
// a differencing disk as a stand-alone dynamic disk, so a child is compared with its own layer
// and the whole chain is compared after coalescing it into the root.
import Foundation
import XCTest

@testable import Storage

final class QemuInteropTests: StorageTestCase {
    var qemuImg = ""
    var qemuIO = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        guard let img = Self.which("qemu-img") else {
            throw XCTSkip("qemu-img not found: install Debian's qemu-utils (scripts/install-deps) "
                + "to run the VHD interoperability tests")
        }
        qemuImg = img
        qemuIO = Self.which("qemu-io") ?? ""
    }

    static func which(_ tool: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            .split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        return paths.map { $0 + "/" + tool }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @discardableResult
    func run(_ tool: String, _ arguments: [String], expecting status: Int32? = 0,
             line: UInt = #line) throws -> (status: Int32, output: String, error: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let error = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if let status {
            XCTAssertEqual(process.terminationStatus, status,
                           "\(tool) \(arguments.joined(separator: " ")): \(error)", line: line)
            // qemu warns on stderr but carries on, e.g. about a bad footer checksum.
            XCTAssertEqual(error, "", "\(tool) \(arguments.joined(separator: " "))", line: line)
        }
        return (process.terminationStatus, output, error)
    }

    func info(_ file: String) throws -> [String: Any] {
        let json = try run(qemuImg, ["info", "--output=json", file]).output
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    /// qemu-img check on a vpc image: it passes, or qemu says it cannot check vpc at all.
    func qemuCheck(_ file: String, line: UInt = #line) throws {
        let result = try run(qemuImg, ["check", "-f", "vpc", file], expecting: nil)
        if result.status != 0 {
            XCTAssertEqual(result.status, 63, result.error, line: line)
            XCTAssertTrue(result.error.contains("does not support checks"), result.error, line: line)
        }
    }

    func rawConversion(_ file: String) throws -> [UInt8] {
        let raw = file + ".raw"
        try run(qemuImg, ["convert", "-f", "vpc", "-O", "raw", file, raw])
        defer { try? FilePaths.remove(raw) }
        return try Fixtures.read(raw, at: 0, count: Int(try Fixtures.fileSize(raw)))
    }

    // MARK: Images we write

    func testQemuReportsVirtualSizeAndFormatOfOurImages() throws {
        for (name, size) in [("small.vhd", 5 * Self.mib + 1), ("big.vhd", 100 * Self.gib),
                             ("max.vhd", 2040 * Self.gib)] {
            let vhd = try VHD.create(at: path(name), virtualSize: size)
            try vhd.close()
            let report = try info(path(name))
            XCTAssertEqual(report["format"] as? String, "vpc", name)
            XCTAssertEqual((report["virtual-size"] as? NSNumber)?.uint64Value, vhd.virtualSize, name)
            XCTAssertEqual((report["cluster-size"] as? NSNumber)?.intValue, 2 << 20, name)
            try qemuCheck(path(name))
        }
        try VHD.createDifferencing(at: path("snap.vhd"), parent: path("big.vhd")).close()
        let report = try info(path("snap.vhd"))
        XCTAssertEqual(report["format"] as? String, "vpc")
        XCTAssertEqual((report["virtual-size"] as? NSNumber)?.uint64Value, 100 * Self.gib)
    }

    func testQemuConvertsOurDynamicDiskToExactlyTheBytesWeWrote() throws {
        let size = 24 * Self.mib
        let vhd = try VHD.create(at: path("a.vhd"), virtualSize: size)
        var model = DiskModel(size: size)
        var rng = SeededGenerator(state: 9)
        for i in 0..<60 {
            let count = Int.random(in: 1...700_000, using: &rng)
            let offset = UInt64.random(in: 0...(size - UInt64(count)), using: &rng)
            let data = Fixtures.pattern(count: count, seed: UInt8(i), offset: offset)
            try vhd.write(data, at: offset)
            model.write(data, at: offset)
        }
        try vhd.resize(to: size + 4 * Self.mib)  // past the BAT: blocks move
        model.grow(to: size + 4 * Self.mib)
        try vhd.write([0xEE], at: size + 4 * Self.mib - 1)
        model.write([0xEE], at: size + 4 * Self.mib - 1)
        try vhd.close()
        XCTAssertEqual(try VHD.open(at: path("a.vhd")).check(), [])
        try qemuCheck(path("a.vhd"))
        XCTAssertEqual(try rawConversion(path("a.vhd")), model.bytes)
        let raw = path("expected.raw")
        XCTAssertTrue(FileManager.default.createFile(atPath: raw, contents: Data(model.bytes)))
        try run(qemuImg, ["compare", "-f", "vpc", "-F", "raw", path("a.vhd"), raw])
    }

    func testQemuReadsOurDifferencingLayersAndTheCoalescedChain() throws {
        let size = 16 * Self.mib
        let parent = try VHD.create(at: path("p.vhd"), virtualSize: size)
        var model = DiskModel(size: size)
        let base = Fixtures.pattern(count: Int(10 * Self.mib), seed: 1)
        try parent.write(base, at: 0)
        model.write(base, at: 0)
        try parent.close()
        let child = try VHD.createDifferencing(at: path("c.vhd"), parent: path("p.vhd"))
        var own = DiskModel(size: size)
        for (offset, count) in [(UInt64(1000), 5000), (4 * Self.mib - 10, 3 * Int(Self.mib)),
                                (15 * Self.mib, Int(Self.mib))] {
            let data = Fixtures.pattern(count: count, seed: 2, offset: offset)
            try child.write(data, at: offset)
            model.write(data, at: offset)
            // qemu sees whole sectors of the child; partial ones hold the parent's bytes too.
            let first = offset / 512 * 512
            let last = (offset + UInt64(count) + 511) / 512 * 512
            own.write(Array(model.bytes[Int(first)..<Int(last)]), at: first)
        }
        try child.close()
        try qemuCheck(path("c.vhd"))
        XCTAssertEqual(try rawConversion(path("p.vhd")), Array(base + [UInt8](repeating: 0, count: Int(6 * Self.mib))))
        // The child's own layer, as qemu reads a differencing disk.
        let layer = VHD(layers: [try VHDFile.open(at: path("c.vhd"))])
        XCTAssertEqual(try layer.read(count: Int(size), at: 0), own.bytes)
        XCTAssertEqual(try rawConversion(path("c.vhd")), own.bytes)
        // The whole chain, once coalesced into the root.
        XCTAssertEqual(try VHD.open(at: path("c.vhd")).read(count: Int(size), at: 0), model.bytes)
        try VHD.coalesce(childAt: path("c.vhd"))
        XCTAssertEqual(try rawConversion(path("p.vhd")), model.bytes)
    }

    func testQemuConvertsOurCopyOfAChain() throws {
        let parent = try VHD.create(at: path("p.vhd"), virtualSize: 8 * Self.mib)
        var model = DiskModel(size: 8 * Self.mib)
        let a = Fixtures.pattern(count: 3_000_000, seed: 4, offset: 77)
        try parent.write(a, at: 77)
        model.write(a, at: 77)
        try parent.close()
        let child = try VHD.createDifferencing(at: path("c.vhd"), parent: path("p.vhd"))
        let b = Fixtures.pattern(count: 100_000, seed: 5, offset: 2 * Self.mib + 1)
        try child.write(b, at: 2 * Self.mib + 1)
        model.write(b, at: 2 * Self.mib + 1)
        try child.copy(to: path("copy.vhd")).close()
        XCTAssertEqual(try rawConversion(path("copy.vhd")), model.bytes)
    }

    // MARK: Images qemu writes

    func testWeReadAndWriteAnImageQemuConvertedFromRaw() throws {
        // A raw disk with data, a hole of zeros, and an odd tail; qemu rounds the VHD up to its
        // CHS geometry, so the VHD is at least as large and zero past the raw data.
        var raw = Fixtures.pattern(count: Int(3 * Self.mib), seed: 6)
        raw += [UInt8](repeating: 0, count: Int(5 * Self.mib))
        raw += Fixtures.pattern(count: Int(Self.mib) + 4096, seed: 7, offset: 8 * Self.mib)
        XCTAssertTrue(FileManager.default.createFile(atPath: path("src.raw"), contents: Data(raw)))
        try run(qemuImg, ["convert", "-f", "raw", "-O", "vpc", "-o", "subformat=dynamic",
                          path("src.raw"), path("q.vhd")])
        let vhd = try VHD.open(at: path("q.vhd"), writable: true)
        XCTAssertEqual(vhd.leaf.footer.creator, "qemu")
        XCTAssertEqual(vhd.leaf.diskType, .dynamic)
        XCTAssertGreaterThanOrEqual(vhd.virtualSize, UInt64(raw.count))
        XCTAssertEqual((try info(path("q.vhd"))["virtual-size"] as? NSNumber)?.uint64Value, vhd.virtualSize)
        var expected = raw + [UInt8](repeating: 0, count: Int(vhd.virtualSize) - raw.count)
        XCTAssertEqual(try vhd.read(count: expected.count, at: 0), expected)
        XCTAssertEqual(try vhd.check(), [])
        // qemu left the zero megabytes unallocated.
        var ranges: [Range<UInt64>] = []
        try vhd.forEachAllocatedRange { ranges.append($0) }
        XCTAssertEqual(ranges.first, 0..<4 * Self.mib)

        // Our writes into qemu's image read back through qemu.
        let data = Fixtures.pattern(count: 1_500_000, seed: 8, offset: 5 * Self.mib + 3)
        try vhd.write(data, at: 5 * Self.mib + 3)
        expected.replaceSubrange(Int(5 * Self.mib + 3)..<Int(5 * Self.mib + 3) + data.count, with: data)
        try vhd.close()
        XCTAssertEqual(try rawConversion(path("q.vhd")), expected)
    }

    func testWeReadAnImageQemuCreatedAndWroteInto() throws {
        guard !qemuIO.isEmpty else { throw XCTSkip("qemu-io not found (part of qemu-utils)") }
        try run(qemuImg, ["create", "-f", "vpc", "-o", "subformat=dynamic", path("q.vhd"), "20M"])
        try run(qemuIO, ["-f", "vpc", "-c", "write -P 0x5a 1M 64k", "-c", "write -P 0xa5 7340544 1536",
                         "-c", "write -P 0x11 19M 512", path("q.vhd")])
        let vhd = try VHD.open(at: path("q.vhd"))
        XCTAssertEqual((try info(path("q.vhd"))["virtual-size"] as? NSNumber)?.uint64Value, vhd.virtualSize)
        var expected = [UInt8](repeating: 0, count: Int(vhd.virtualSize))
        expected.replaceSubrange(Int(Self.mib)..<Int(Self.mib) + 65536, with: repeatElement(0x5A, count: 65536))
        expected.replaceSubrange(7_340_544..<7_340_544 + 1536, with: repeatElement(0xA5, count: 1536))
        expected.replaceSubrange(Int(19 * Self.mib)..<Int(19 * Self.mib) + 512, with: repeatElement(0x11, count: 512))
        XCTAssertEqual(try vhd.read(count: expected.count, at: 0), expected)
        XCTAssertEqual(try vhd.check(), [])
        // A snapshot of qemu's image, written by us, reads through to qemu's data.
        let child = try VHD.createDifferencing(at: path("c.vhd"), parent: path("q.vhd"))
        try child.write([1, 2, 3], at: Self.mib + 10)
        expected.replaceSubrange(Int(Self.mib) + 10..<Int(Self.mib) + 13, with: [1, 2, 3])
        XCTAssertEqual(try child.read(count: expected.count, at: 0), expected)
    }
}
