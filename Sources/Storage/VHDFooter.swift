// The 512-byte hard disk footer at the end of every VHD, copied at offset 0 of sparse disks
// (VHD specification, "Hard Disk Footer Format"; blktap include/vhd.h, struct hd_ftr).
import Foundation

/// A decoded footer. `encoded()` computes the checksum; decoding verifies it.
public struct VHDFooter: Hashable, Sendable {
    public static let size = 512
    public static let cookie: [UInt8] = Array("conectix".utf8)
    /// Feature bit 1 ("reserved") must always be set; bit 0 marks a temporary disk.
    public static let reservedFeature: UInt32 = 0x0000_0002
    public static let temporaryFeature: UInt32 = 0x0000_0001
    /// File format version 1.0.
    public static let formatVersion: UInt32 = 0x0001_0000
    /// What fixed disks store as the data offset ("no next structure").
    public static let noDataOffset: UInt64 = .max
    /// blktap's creator application, "tap" NUL-padded (libvhd.c: vhd_initialize_footer).
    public static let tapCreator: [UInt8] = [0x74, 0x61, 0x70, 0x00]
    /// blktap's VHD_CURRENT_VERSION, 1.3: big-endian sector bitmaps and a batmap whose
    /// checksum sums unsigned bytes (include/vhd.h).
    public static let tapCreatorVersion: UInt32 = 0x0001_0003

    public var features: UInt32
    public var fileFormatVersion: UInt32
    /// Absolute offset of the dynamic disk header; all ones for fixed disks.
    public var dataOffset: UInt64
    /// Creation time, seconds since 2000-01-01 00:00:00 UTC.
    public var timestamp: UInt32
    /// Four bytes naming the writer: "tap\0" (XenServer), "qemu", "vpc ", "win "...
    public var creatorApplication: [UInt8]
    public var creatorVersion: UInt32
    /// blktap writes 0; Windows writes "Wi2k" (0x5769326B).
    public var creatorHostOS: UInt32
    public var originalSize: UInt64
    /// The virtual size in bytes.
    public var currentSize: UInt64
    public var geometry: VHDGeometry
    public var diskType: VHDDiskType
    public var uniqueID: UUID
    public var savedState: Bool
    /// Byte 85, which the specification reserves and tapdisk uses as the "hidden" flag that
    /// XenServer sets on the read-only parents of snapshots and clones.
    public var hidden: Bool

    /// A footer as blktap's vhd_initialize_footer writes one, for `size` bytes.
    public init(diskType: VHDDiskType, size: UInt64, uniqueID: UUID = UUID(), timestamp: UInt32) {
        features = Self.reservedFeature
        fileFormatVersion = Self.formatVersion
        dataOffset = diskType.isSparse ? 512 : Self.noDataOffset
        self.timestamp = timestamp
        creatorApplication = Self.tapCreator
        creatorVersion = Self.tapCreatorVersion
        creatorHostOS = 0
        originalSize = size
        currentSize = size
        geometry = VHDGeometry.forSize(size)
        self.diskType = diskType
        self.uniqueID = uniqueID
        savedState = false
        hidden = false
    }

    /// Decodes and validates 512 bytes (cookie, checksum, disk type). `path` is for errors.
    public init(decoding bytes: [UInt8], path: String = "") throws {
        guard bytes.count == Self.size else {
            throw StorageError.malformed(path, "footer is \(bytes.count) bytes, not 512")
        }
        guard Array(bytes[0..<8]) == Self.cookie else {
            throw StorageError.malformed(path, "no footer cookie \"conectix\"")
        }
        let stored = bytes.uint32(at: 64)
        let computed = bytes.onesComplementSum(excluding: 64..<68)
        guard stored == computed else {
            throw StorageError.malformed(
                path, "footer checksum 0x\(String(stored, radix: 16)) does not match computed "
                    + "0x\(String(computed, radix: 16))")
        }
        guard let type = VHDDiskType(rawValue: bytes.uint32(at: 60)) else {
            throw StorageError.malformed(path, "unsupported disk type \(bytes.uint32(at: 60))")
        }
        features = bytes.uint32(at: 8)
        fileFormatVersion = bytes.uint32(at: 12)
        dataOffset = bytes.uint64(at: 16)
        timestamp = bytes.uint32(at: 24)
        creatorApplication = Array(bytes[28..<32])
        creatorVersion = bytes.uint32(at: 32)
        creatorHostOS = bytes.uint32(at: 36)
        originalSize = bytes.uint64(at: 40)
        currentSize = bytes.uint64(at: 48)
        geometry = VHDGeometry(encoded: bytes.uint32(at: 56))
        diskType = type
        uniqueID = UUID(bytes: Array(bytes[68..<84]))
        savedState = bytes[84] != 0
        hidden = bytes[85] != 0
    }

    /// The 512 on-disk bytes, checksum included.
    public func encoded() -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: Self.size)
        bytes.set(bytes: Self.cookie, at: 0)
        bytes.set(features, at: 8)
        bytes.set(fileFormatVersion, at: 12)
        bytes.set(dataOffset, at: 16)
        bytes.set(timestamp, at: 24)
        bytes.set(bytes: Array((creatorApplication + [0, 0, 0, 0]).prefix(4)), at: 28)
        bytes.set(creatorVersion, at: 32)
        bytes.set(creatorHostOS, at: 36)
        bytes.set(originalSize, at: 40)
        bytes.set(currentSize, at: 48)
        bytes.set(geometry.encoded, at: 56)
        bytes.set(diskType.rawValue, at: 60)
        bytes.set(bytes: uniqueID.bytes, at: 68)
        bytes[84] = savedState ? 1 : 0
        bytes[85] = hidden ? 1 : 0
        bytes.set(bytes.onesComplementSum(excluding: 64..<68), at: 64)
        return bytes
    }

    /// The creator application as text, NULs dropped ("tap", "qemu").
    public var creator: String {
        String(decoding: creatorApplication.filter { $0 != 0 }, as: UTF8.self)
    }

    /// Whether blktap wrote this image (creator "tap"): such images carry a batmap from
    /// version 1.2 on (libvhd.c: vhd_has_batmap).
    var isTapCreated: Bool { creatorApplication.starts(with: [0x74, 0x61, 0x70]) }
}
