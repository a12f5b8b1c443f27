// Sources/Datamodel/Generated must be exactly what xapi-gen writes from datamodel/xenapi.json and
// datamodel/overlay.json: the built `xapi-gen` (next to this test bundle) regenerates into a temp
// directory and the two trees are compared file by file.
import Foundation
import XCTest

/// `swift test` builds every product first; a missing binary is a broken build, not a skip.
struct GeneratorNotFound: Error, CustomStringConvertible {
    let looked: [String]
    var description: String { "xapi-gen is not built next to the tests (looked in \(looked))" }
}

final class GeneratedIsFreshTests: XCTestCase {
    /// The repository root, from this file's path (Tests/DatamodelTests/<file>).
    private var repoRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// `swift build`/`swift test` put every product of the package in one directory.
    private func generatorBinary() throws -> URL {
        var candidates: [URL] = []
        if let arg0 = CommandLine.arguments.first {
            var dir = URL(fileURLWithPath: arg0).deletingLastPathComponent()
            // macOS: …/debug/xapiPackageTests.xctest/Contents/MacOS/xapiPackageTests
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("xapi-gen"))
                dir = dir.deletingLastPathComponent()
            }
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("xapi-gen"))
        guard
            let found = candidates.first(where: {
                FileManager.default.isExecutableFile(atPath: $0.path)
            })
        else {
            throw GeneratorNotFound(looked: candidates.map(\.path))
        }
        return found
    }

    /// Runs xapi-gen on the committed datamodel into a fresh temp directory.
    private func generate(overlay: String) throws -> URL {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent(
            "xapi-gen-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let process = Process()
        process.executableURL = try generatorBinary()
        process.arguments = [
            "--datamodel", repoRoot.appendingPathComponent("datamodel/xenapi.json").path,
            "--overlay", overlay,
            "--out", tmp.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "xapi-gen failed")
        return tmp
    }

    func testGeneratedSourcesMatchGenerator() throws {
        let fm = FileManager.default
        let tmp = try generate(
            overlay: repoRoot.appendingPathComponent("datamodel/overlay.json").path)
        defer { try? fm.removeItem(at: tmp) }

        let committedDir = repoRoot.appendingPathComponent("Sources/Datamodel/Generated")
        let fresh = try fm.contentsOfDirectory(atPath: tmp.path).sorted()
        let committed = try fm.contentsOfDirectory(atPath: committedDir.path).sorted()
        XCTAssertEqual(committed, fresh, "file set differs; run `swift run xapi-gen`")
        for name in fresh where committed.contains(name) {
            let a = try String(contentsOf: tmp.appendingPathComponent(name), encoding: .utf8)
            let b = try String(
                contentsOf: committedDir.appendingPathComponent(name), encoding: .utf8)
            XCTAssertTrue(a == b, "\(name) is stale; run `swift run xapi-gen`")
        }
    }

    /// Without datamodel/overlay.json the generator falls back to the documented class flags.
    func testGeneratorRunsWithoutOverlay() throws {
        let fm = FileManager.default
        let tmp = try generate(overlay: "/nonexistent/overlay.json")
        defer { try? fm.removeItem(at: tmp) }
        let files = try fm.contentsOfDirectory(atPath: tmp.path)
        XCTAssertEqual(files.count, 67 + 3)
        let registry = try String(
            contentsOf: tmp.appendingPathComponent("Registry.swift"), encoding: .utf8)
        XCTAssertTrue(registry.contains("public static let relations: [RelationSpec] = []"))
        for name in files {
            let text = try String(contentsOf: tmp.appendingPathComponent(name), encoding: .utf8)
            XCTAssertTrue(
                text.hasPrefix("// Generated from xenapi.json by xapi-gen. Do not edit.\n"))
        }
    }
}
