// A disk written as a dynamic-VHD stream and read back from it: only blocks with data travel,
// the stream is a VHD our own reader opens, and the reader rebuilds the bytes exactly.
import XCTest

@testable import Storage

final class VHDStreamTests: StorageTestCase {
    /// Collects a stream and serves it back sequentially.
    final class Bytes: SequentialSource {
        var data: [UInt8] = []
        var position = 0

        func fill(_ buffer: inout [UInt8], count: Int) throws -> Int {
            let n = min(count, data.count - position)
            buffer.replaceSubrange(0..<n, with: data[position..<position + n])
            position += n
            return n
        }
    }

    func testRoundTripThroughAStream() throws {
        let source = try VHD.create(at: path("source.vhd"), virtualSize: 20 * Self.mib + 512)
        let first = Fixtures.pattern(count: 3000, seed: 1)
        let second = Fixtures.pattern(count: 70_000, seed: 2)
        try source.write(first, at: 512)
        try source.write(second, at: 21 * Self.mib)  // the last, partial block
        let writer = try VHDStreamWriter(image: source)
        let stream = Bytes()
        try writer.write(from: source, to: { stream.data += $0 }) { _ in }
        XCTAssertEqual(UInt64(stream.data.count), writer.length)
        XCTAssertLessThan(writer.length, 5 * Self.mib)  // two blocks of data, not 22 MiB

        // The stream is a valid VHD file.
        XCTAssertTrue(FileManager.default.createFile(atPath: path("stream.vhd"), contents: Data(stream.data)))
        let reopened = try VHD.open(at: path("stream.vhd"))
        XCTAssertEqual(try reopened.check(), [])
        XCTAssertEqual(try reopened.read(count: first.count, at: 512), first)
        try reopened.close()

        let target = try VHD.create(at: path("target.vhd"), virtualSize: 32 * Self.mib)
        try VHDStreamReader.copy(from: stream, into: target) { _, _ in }
        XCTAssertEqual(try target.read(count: first.count, at: 512), first)
        XCTAssertEqual(try target.read(count: second.count, at: 21 * Self.mib), second)
        XCTAssertEqual(try target.read(count: 512, at: 0), [UInt8](repeating: 0, count: 512))
        XCTAssertEqual(target.leaf.allocatedBlockCount, 2)
        try source.close()
        try target.close()
    }

    func testATruncatedStreamIsMalformedAndTooLargeADiskIsRefused() throws {
        let source = try VHD.create(at: path("source.vhd"), virtualSize: 8 * Self.mib)
        try source.write(Fixtures.pattern(count: 4096, seed: 3), at: 0)
        let stream = Bytes()
        try VHDStreamWriter(image: source).write(from: source, to: { stream.data += $0 }) { _ in }
        stream.data.removeLast(Int(Self.mib))
        let target = try VHD.create(at: path("target.vhd"), virtualSize: 8 * Self.mib)
        XCTAssertThrowsError(try VHDStreamReader.copy(from: stream, into: target) { _, _ in }) {
            XCTAssertEqual(($0 as? StorageError)?.code, .malformed)
        }
        stream.position = 0
        let small = try VHD.create(at: path("small.vhd"), virtualSize: 4 * Self.mib)
        XCTAssertThrowsError(try VHDStreamReader.copy(from: stream, into: small) { _, _ in }) {
            XCTAssertEqual(($0 as? StorageError)?.code, .outOfRange)
        }
        try source.close()
        try target.close()
        try small.close()
    }
}
