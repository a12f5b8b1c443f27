// Shared fixtures for the Storage tests: a fresh temporary directory per test, deterministic
// byte patterns, and hex literals.
import Foundation
import XCTest

@testable import Storage

class StorageTestCase: XCTestCase {
    /// A directory removed after each test.
    var directory = ""

    override func setUpWithError() throws {
        try super.setUpWithError()
        let template = NSTemporaryDirectory() + "storage-tests.XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw StorageError(.io, detail: "mkdtemp failed") }
        directory = String(cString: made)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
        try super.tearDownWithError()
    }

    func path(_ name: String) -> String { directory + "/" + name }

    static let mib: UInt64 = 1 << 20
    static let gib: UInt64 = 1 << 30
}

enum Fixtures {
    /// `count` bytes that differ with `seed` and with position, none of them zero runs: byte i
    /// of the disk is a function of (seed, offset + i), so any misplaced sector shows.
    static func pattern(count: Int, seed: UInt8, offset: UInt64 = 0) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var position = offset
            var i = 0
            while i < count {
                let sector = UInt8(truncatingIfNeeded: position >> 9)
                buffer[i] = (UInt8(truncatingIfNeeded: position) &+ sector &* 31 &+ seed) | 1
                position &+= 1
                i &+= 1
            }
            initialized = count
        }
    }

    static func bytes(hex: String) -> [UInt8] {
        let digits = Array(hex.utf8)
        return stride(from: 0, to: digits.count - 1, by: 2).map {
            UInt8(String(decoding: digits[$0..<$0 + 2], as: UTF8.self), radix: 16) ?? 0
        }
    }

    /// Overwrites `bytes` at `offset` of the file at `path`.
    static func patch(_ path: String, at offset: UInt64, with bytes: [UInt8]) throws {
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: offset)
        try handle.write(contentsOf: Data(bytes))
    }

    static func read(_ path: String, at offset: UInt64, count: Int) throws -> [UInt8] {
        let handle = try XCTUnwrap(FileHandle(forReadingAtPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: offset)
        return [UInt8](try handle.read(upToCount: count) ?? Data())
    }

    static func fileSize(_ path: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.size] as? NSNumber)?.uint64Value ?? 0
    }
}

/// What a virtual disk should contain: a byte array the same size, written alongside.
struct DiskModel {
    var bytes: [UInt8]

    init(size: UInt64) { bytes = [UInt8](repeating: 0, count: Int(size)) }

    mutating func write(_ data: [UInt8], at offset: UInt64) {
        bytes.replaceSubrange(Int(offset)..<Int(offset) + data.count, with: data)
    }

    mutating func grow(to size: UInt64) {
        bytes += [UInt8](repeating: 0, count: Int(size) - bytes.count)
    }
}

/// A deterministic generator (SplitMix64), so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
