// The storage service on a first-booted in-memory store whose local SR is a temporary directory:
// VDIs are real VHD files; clone and snapshot share data, deletion collects, copies are
// independent, raw import/export round-trip, and the checks answer xapi's errors.
@testable import API
import Database
import Datamodel
import Glibc
import Storage
import Wire
import XCTest

final class StorageServiceTests: XCTestCase {
    private var dataDirectory = ""
    private var store: ObjectStore!
    private var storage: StorageService!
    private var localSR: Ref<SRRecord>!

    override func setUpWithError() throws {
        var template = Array("/tmp/storage-service-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        dataDirectory = try XCTUnwrap(made.map { String(cString: $0) })
        store = try FirstBootTests.makeStore()
        try FirstBoot.run(store: store, control: FirstBootTests.makeXen(), facts: FirstBootTests.makeFacts(),
                          configuration: FirstBootConfiguration(dataDirectory: dataDirectory))
        let operations = OperationLocks(store: store, policies: OperationPolicies.all,
                                        dependencies: OperationPolicies.dependencies)
        try operations.resetAfterRestart()
        storage = StorageService(store: store, operations: operations, dataDirectory: dataDirectory)
        localSR = try XCTUnwrap(store.read { db in db.all(SRRecord.self).first { $0.1.type == "ext" }?.0 })
    }

    override func tearDown() {
        _ = system("rm -rf '\(dataDirectory)'")
    }

    // MARK: Helpers

    private func makeVDI(size: Int64 = 8 << 20, sr: Ref<SRRecord>? = nil, readOnly: Bool = false) throws
        -> Ref<VDIRecord>
    {
        var r = VDIRecord()
        r.sr = sr ?? localSR
        r.nameLabel = "disk"
        r.virtualSize = size
        r.type = .user
        r.readOnly = readOnly
        r.otherConfig = ["k": "v"]
        return try storage.createVDI(r, task: nil)
    }

    private func vdi(_ ref: Ref<VDIRecord>) throws -> VDIRecord { try storage.record(ref) }

    private func write(_ bytes: [UInt8], at offset: UInt64, into ref: Ref<VDIRecord>) throws {
        try storage.withImage(ref, writable: true) { image, _ in
            try bytes.withUnsafeBytes { try image.write($0, at: offset) }
        }
    }

    private func read(_ count: Int, at offset: UInt64, from ref: Ref<VDIRecord>) throws -> [UInt8] {
        try storage.withImage(ref, writable: false) { image, _ in
            var bytes = [UInt8](repeating: 0, count: count)
            try bytes.withUnsafeMutableBytes { try image.read(into: $0, at: offset) }
            return bytes
        }
    }

    private var srDirectory: String { try! storage.context(localSR).root }

    private func files() throws -> [String] {
        guard let dir = opendir(srDirectory) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let e = readdir(dir) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if !name.hasPrefix(".") { names.append(name) }
        }
        return names.sorted()
    }

    private func assertError(_ code: String, _ body: () throws -> Void, file: StaticString = #filePath,
                             line: UInt = #line) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            XCTAssertEqual((error as? XenAPIError)?.code, code, "\(error)", file: file, line: line)
        }
    }

    // MARK: Tests

    func testLocalSRDirectoryExistsAndHasRealSizes() throws {
        var st = stat()
        XCTAssertEqual(stat(srDirectory, &st), 0)
        let sr = try storage.record(localSR)
        XCTAssertGreaterThan(sr.physicalSize, 0)
        XCTAssertGreaterThan(sr.physicalUtilisation, 0)
        XCTAssertTrue(sr.allowedOperations.contains(.vdiCreate))
    }

    func testCreateMakesASparseRoundedVHD() throws {
        let ref = try makeVDI(size: 5 << 20 + 1)
        let r = try vdi(ref)
        XCTAssertEqual(r.virtualSize, 6 << 20)
        XCTAssertEqual(r.location, r.uuid)
        XCTAssertEqual(r.smConfig["vdi_type"], "vhd")
        XCTAssertEqual(try files(), [r.uuid + ".vhd"])
        XCTAssertLessThan(r.physicalUtilisation, 1 << 20)
        XCTAssertEqual(try storage.record(localSR).virtualAllocation, 6 << 20)
        XCTAssertTrue(r.allowedOperations.contains(.clone))
        XCTAssertEqual(try read(4096, at: 0, from: ref), [UInt8](repeating: 0, count: 4096))
    }

    func testSnapshotAndCloneShareDataButNotWrites() throws {
        let source = try makeVDI()
        let pattern = (0..<65536).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        try write(pattern, at: 1 << 20, into: source)
        let snapshot = try storage.snapshotVDI(source, driverParams: [:], task: nil)
        let clone = try storage.cloneVDI(source, driverParams: [:], task: nil)
        XCTAssertEqual(try read(pattern.count, at: 1 << 20, from: snapshot), pattern)
        XCTAssertEqual(try read(pattern.count, at: 1 << 20, from: clone), pattern)

        try write([UInt8](repeating: 0xEE, count: 4096), at: 1 << 20, into: clone)
        XCTAssertEqual(try read(pattern.count, at: 1 << 20, from: source), pattern)
        XCTAssertEqual(try read(pattern.count, at: 1 << 20, from: snapshot), pattern)
        XCTAssertEqual(try read(4096, at: 1 << 20, from: clone), [UInt8](repeating: 0xEE, count: 4096))

        let s = try vdi(snapshot)
        XCTAssertTrue(s.isASnapshot)
        XCTAssertEqual(s.snapshotOf, source)
        XCTAssertEqual(try vdi(source).snapshots, [snapshot])
        XCTAssertEqual(s.nameLabel, "disk")
        XCTAssertEqual(s.otherConfig, ["k": "v"])
        let c = try vdi(clone)
        XCTAssertFalse(c.isASnapshot)
        XCTAssertEqual(c.snapshotOf, .null)
        XCTAssertNotNil(c.smConfig["vhd-parent"])
        XCTAssertNotNil(try vdi(source).smConfig["vhd-parent"])
    }

    func testDestroyCollectsBasesAndCoalescesTheLoneLeaf() throws {
        let source = try makeVDI()
        let pattern = [UInt8](repeating: 0x5A, count: 8192)
        try write(pattern, at: 0, into: source)
        let snapshot = try storage.snapshotVDI(source, driverParams: [:], task: nil)
        try write([UInt8](repeating: 0x11, count: 512), at: 4096, into: source)
        XCTAssertEqual(try files().count, 3)  // base, source leaf, snapshot leaf

        try storage.destroyVDI(snapshot, task: nil)
        let r = try vdi(source)
        XCTAssertEqual(try files(), [r.location + ".vhd"])
        XCTAssertNil(r.smConfig["vhd-parent"])
        XCTAssertEqual(try read(4096, at: 0, from: source), [UInt8](repeating: 0x5A, count: 4096))
        XCTAssertEqual(try read(512, at: 4096, from: source), [UInt8](repeating: 0x11, count: 512))
        let disk = try VHD.open(at: srDirectory + "/" + r.location + ".vhd")
        XCTAssertEqual(try disk.check(), [])
        XCTAssertFalse(disk.leaf.footer.hidden)
        try disk.close()

        try storage.destroyVDI(source, task: nil)
        XCTAssertEqual(try files(), [])
        XCTAssertEqual(try storage.record(localSR).virtualAllocation, 0)
    }

    func testCopyIsAnIndependentSparseDisk() throws {
        let source = try makeVDI(size: 64 << 20)
        try write([UInt8](repeating: 0x42, count: 4096), at: 32 << 20, into: source)
        let copy = try storage.copyVDI(source, to: localSR, task: nil)
        let c = try vdi(copy)
        XCTAssertEqual(c.virtualSize, 64 << 20)
        XCTAssertNil(c.smConfig["vhd-parent"])
        XCTAssertLessThan(c.physicalUtilisation, 4 << 20)
        XCTAssertEqual(try read(4096, at: 32 << 20, from: copy), [UInt8](repeating: 0x42, count: 4096))
        try write([UInt8](repeating: 0x01, count: 512), at: 32 << 20, into: copy)
        XCTAssertEqual(try read(512, at: 32 << 20, from: source), [UInt8](repeating: 0x42, count: 512))
    }

    func testCopyWithBaseIntoAnExistingVDIWritesTheDifferences() throws {
        let source = try makeVDI(size: 16 << 20)
        try write([UInt8](repeating: 0x11, count: 4 << 20), at: 0, into: source)
        let snapshot = try storage.snapshotVDI(source, driverParams: [:], task: nil)
        try write([UInt8](repeating: 0x22, count: 4096), at: 8 << 20, into: source)
        let target = try storage.copyVDI(snapshot, to: localSR, task: nil)
        XCTAssertEqual(try storage.copyVDI(source, to: localSR, base: snapshot, into: target, task: nil), target)
        XCTAssertEqual(try read(4096, at: 8 << 20, from: target), [UInt8](repeating: 0x22, count: 4096))
        XCTAssertEqual(try read(4096, at: 0, from: target), [UInt8](repeating: 0x11, count: 4096))
        let small = try makeVDI(size: 8 << 20)
        assertError("VDI_TOO_SMALL") { _ = try storage.copyVDI(source, to: localSR, into: small, task: nil) }
        let readOnly = try makeVDI(size: 16 << 20, readOnly: true)
        assertError("VDI_READONLY") { _ = try storage.copyVDI(source, to: localSR, into: readOnly, task: nil) }
    }

    func testProbeFindsTheLocalSRAndRefusesTypesWithoutSRProbe() throws {
        let host = storage.localHost
        let document = try storage.probeSR(host: host, deviceConfig: [:], type: "ext")
        let uuid = try localSRUUID()
        XCTAssertTrue(document.contains("\t\t<UUID>\(uuid)</UUID>\n\t\t<Devlist>\(srDirectory)</Devlist>\n"), document)
        assertError("SR_BACKEND_FAILURE") { _ = try storage.probeSR(host: host, deviceConfig: [:], type: "iso") }
        assertError("SR_OPERATION_NOT_SUPPORTED") { _ = try storage.probeSRExt(host: host, deviceConfig: [:], type: "ext") }
        // A file SR at a location that needs escaping: the whole document, as minidom prints it.
        let location = dataDirectory + "/a&b"
        let sr = try storage.createSR(host: host, deviceConfig: ["location": location], name: "f", description: "",
                                      type: "file", contentType: "user", shared: false, smConfig: [:], task: nil)
        let size = try FileSRDriver(type: "file").usage(root: location).physicalSize
        XCTAssertEqual(try storage.probeSR(host: host, deviceConfig: ["location": location], type: "file"),
                       "<?xml version=\"1.0\" ?>\n<SRlist>\n\t<SR>\n\t\t<UUID>\(try storage.record(sr).uuid)</UUID>\n"
                           + "\t\t<Devlist>\(dataDirectory)/a&amp;b</Devlist>\n\t\t<size>\(size)</size>\n\t</SR>\n</SRlist>\n")
    }

    private func localSRUUID() throws -> String { try XCTUnwrap(store.read { $0.get(localSR) }?.uuid) }

    func testRawImportAndExportRoundTrip() throws {
        let ref = try makeVDI(size: 4 << 20)
        let input = dataDirectory + "/in.raw"
        let output = dataDirectory + "/out.raw"
        let bytes = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 / 511) }
        XCTAssertTrue(FileManagerFree.write(bytes, to: input))
        try storage.importRaw(ref, fromFile: input, task: nil)
        try storage.exportRaw(ref, toFile: output, length: 3 << 20, task: nil)
        XCTAssertEqual(FileManagerFree.read(output), bytes)
        try storage.exportRaw(ref, toFile: output, length: nil, task: nil)
        XCTAssertEqual(FileManagerFree.read(output)?.count, 4 << 20)
    }

    func testResizeGrows() throws {
        let ref = try makeVDI(size: 4 << 20)
        try storage.resizeVDI(ref, size: 9 << 20, task: nil)
        XCTAssertEqual(try vdi(ref).virtualSize, 10 << 20)
        XCTAssertEqual(try storage.record(localSR).virtualAllocation, 10 << 20)
        assertError("SR_BACKEND_FAILURE") { try self.storage.resizeVDI(ref, size: 2 << 20, task: nil) }
    }

    func testAttachGivesThePathAndRefusesWritingReadOnly() throws {
        let ref = try makeVDI(readOnly: true)
        let r = try vdi(ref)
        let attachment = try storage.attach(ref, writable: false)
        XCTAssertEqual(attachment.path, srDirectory + "/" + r.uuid + ".vhd")
        XCTAssertEqual(attachment.format, "vhd")
        assertError("VDI_READONLY") { _ = try self.storage.attach(ref, writable: true) }
        assertError("VDI_READONLY") { try self.write([1], at: 0, into: ref) }
    }

    func testErrors() throws {
        let ref = try makeVDI()
        // An attached VBD makes the VDI in use for destroy and resize, not for snapshot.
        try store.write { tx in
            var vbd = VBDRecord()
            vbd.vdi = ref
            vbd.currentlyAttached = true
            vbd.mode = .rw
            _ = try tx.insert(vbd)
        }
        assertError("VDI_IN_USE") { try self.storage.destroyVDI(ref, task: nil) }
        assertError("VDI_IN_USE") { try self.storage.resizeVDI(ref, size: 16 << 20, task: nil) }
        XCTAssertFalse(try vdi(ref).allowedOperations.contains(.destroy))
        _ = try storage.snapshotVDI(ref, driverParams: [:], task: nil)

        var cbt = VDIRecord()
        cbt.sr = localSR
        cbt.type = .cbtMetadata
        assertError("VDI_INCOMPATIBLE_TYPE") { _ = try self.storage.createVDI(cbt, task: nil) }

        // Without a plugged PBD the SR cannot be used; a plain PBD change refreshes the SR's and
        // its VDIs' allowed operations (PBDDependents).
        try store.write { tx in
            for pbd in try tx.require(localSR).pbds { try tx.update(pbd) { $0.currentlyAttached = false } }
        }
        XCTAssertFalse(try vdi(ref).allowedOperations.contains(.resize))
        assertError("SR_NO_PBDS") { _ = try self.makeVDI() }
        XCTAssertFalse(try storage.record(localSR).allowedOperations.contains(.vdiCreate))
    }

    func testToolsAndUdevSRsRefuseWhatTheyCannotDo() throws {
        let tools = try XCTUnwrap(store.read { db in db.all(SRRecord.self).first { $0.1.isToolsSR }?.0 })
        assertError("SR_OPERATION_NOT_SUPPORTED") { _ = try self.makeVDI(sr: tools) }
        let udev = try XCTUnwrap(store.read { db in db.all(SRRecord.self).first { $0.1.type == "udev" }?.0 })
        assertError("SR_OPERATION_NOT_SUPPORTED") { _ = try self.makeVDI(sr: udev) }
    }

    func testStorageErrorsMapToXenAPIErrors() throws {
        let sr = try storage.context(localSR)
        XCTAssertEqual(sr.xenAPIError(StorageError(.noSpace), task: nil).code, "SR_FULL")
        XCTAssertEqual(sr.xenAPIError(StorageError(.cancelled), task: nil).code, "TASK_CANCELLED")
        XCTAssertEqual(sr.xenAPIError(StorageError(.notFound), task: nil).code, "VDI_MISSING")
    }
}

/// Whole-file reads and writes without Foundation (whose UUID would clash with Datamodel's).
enum FileManagerFree {
    static func write(_ bytes: [UInt8], to path: String) -> Bool {
        guard let f = fopen(path, "wb") else { return false }
        defer { fclose(f) }
        return bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) } == bytes.count
    }

    static func read(_ path: String) -> [UInt8]? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, f) }
            if n == 0 { break }
            out += chunk[0..<n]
        }
        return out
    }
}
