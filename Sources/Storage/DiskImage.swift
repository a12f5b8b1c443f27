// The byte-level view of a volume that transfers and copies use, whatever its format: a VHD
// chain or a raw file (ISO images, block devices). Memory use is the caller's buffers only.
import Glibc

/// A virtual disk open for reading (and writing, if opened so). Not thread-safe.
public protocol DiskImage: AnyObject {
    var virtualSize: UInt64 { get }
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) throws
    func write(_ bytes: UnsafeRawBufferPointer, at offset: UInt64) throws
    /// Whether any byte of `range` may hold data (false: it reads as zeros without storage).
    func hasData(in range: Range<UInt64>) throws -> Bool
    /// Calls `body` with ascending ranges outside which the image reads as zeros.
    func forEachDataRange(_ body: (Range<UInt64>) throws -> Void) throws
    /// Makes writes durable.
    func flush() throws
    func close() throws
}

extension DiskImage {
    /// Writes `bytes` unless they are all zeros where the image already reads zeros, so a
    /// sparse source stays sparse. Returns whether it wrote.
    @discardableResult
    public func writeSparse(_ bytes: UnsafeRawBufferPointer, at offset: UInt64) throws -> Bool {
        if VHD.isZero(bytes), try !hasData(in: offset..<offset + UInt64(bytes.count)) { return false }
        try write(bytes, at: offset)
        return true
    }
}

extension VHD: DiskImage {
    public func hasData(in range: Range<UInt64>) throws -> Bool {
        guard !range.isEmpty else { return false }
        let sectors = range.lowerBound / 512..<(range.upperBound + 511) / 512
        for layer in layers where try !layer.allocatedRuns(in: sectors).isEmpty { return true }
        return false
    }

    public func forEachDataRange(_ body: (Range<UInt64>) throws -> Void) throws {
        try forEachAllocatedRange(body)
    }
}

/// A raw image file: its bytes are the disk's. Holes (SEEK_HOLE) read as zeros.
public final class RawImage: DiskImage {
    let file: ImageFile
    public let virtualSize: UInt64

    public init(path: String, writable: Bool) throws {
        file = try ImageFile(path: path, mode: writable ? .readWrite : .readOnly)
        virtualSize = try file.size()
    }

    /// Creates a sparse raw file of `size` bytes.
    public static func create(at path: String, size: UInt64) throws -> RawImage {
        let file = try ImageFile(path: path, mode: .createExclusive)
        try file.truncate(to: size)
        try file.close()
        return try RawImage(path: path, writable: true)
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) throws {
        try file.read(into: buffer, at: offset)
    }

    public func write(_ bytes: UnsafeRawBufferPointer, at offset: UInt64) throws {
        guard offset + UInt64(bytes.count) <= virtualSize else {
            throw StorageError(.outOfRange, path: file.path, detail: "\(bytes.count) bytes at offset "
                + "\(offset) exceed the \(virtualSize)-byte image")
        }
        try file.write(bytes, at: offset)
    }

    public func hasData(in range: Range<UInt64>) throws -> Bool {
        var found = false
        try file.forEachDataRange(in: range) { _ in found = true }
        return found
    }

    public func forEachDataRange(_ body: (Range<UInt64>) throws -> Void) throws {
        try file.forEachDataRange(in: 0..<virtualSize, body)
    }

    public func flush() throws { try file.sync() }
    public func close() throws { try file.close() }
}

extension ImageFile {
    /// The data extents of `range` (SEEK_DATA/SEEK_HOLE); the whole range where unsupported.
    func forEachDataRange(in range: Range<UInt64>, _ body: (Range<UInt64>) throws -> Void) throws {
        var position = range.lowerBound
        while position < range.upperBound {
            let data = lseek(fd, off_t(position), SEEK_DATA)
            if data < 0 {
                if errno == ENXIO { return }  // only a hole remains
                try body(position..<range.upperBound)  // no SEEK_DATA here: assume data
                return
            }
            guard UInt64(data) < range.upperBound else { return }
            let hole = lseek(fd, data, SEEK_HOLE)
            let end = hole < 0 ? range.upperBound : min(UInt64(hole), range.upperBound)
            try body(UInt64(data)..<end)
            position = end
        }
    }
}

/// Linux's lseek whence values for sparse files (not exported by Glibc to Swift).
private let SEEK_DATA: Int32 = 3
private let SEEK_HOLE: Int32 = 4

@available(*, unavailable)
extension RawImage: Sendable {}
