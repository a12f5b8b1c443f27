// The 1024-byte dynamic disk header of dynamic and differencing disks (VHD specification,
// "Dynamic Disk Header Format"; blktap include/vhd.h, struct dd_hdr).
import Foundation

/// A decoded dynamic disk header. `encoded()` computes the checksum; decoding verifies it.
public struct VHDDynamicHeader: Hashable, Sendable {
    public static let size = 1024
    public static let cookie: [UInt8] = Array("cxsparse".utf8)
    public static let headerVersion: UInt32 = 0x0001_0000
    /// 2 MiB, the default and the size XenServer always uses (blktap VHD_BLOCK_SIZE).
    public static let defaultBlockSize: UInt32 = 0x0020_0000
    public static let locatorCount = 8

    /// Absolute offset of the block allocation table.
    public var tableOffset: UInt64
    /// BAT capacity in entries: the largest virtual size this header can describe is
    /// maxTableEntries × blockSize.
    public var maxTableEntries: UInt32
    /// Bytes of virtual disk per block: a power of two.
    public var blockSize: UInt32
    /// The parent's footer unique id (differencing disks); null otherwise.
    public var parentUniqueID: UUID
    /// The parent file's modification time (blktap) in VHD seconds.
    public var parentTimestamp: UInt32
    /// The parent's file name, UTF-16BE on disk (blktap stores the base name).
    public var parentUnicodeName: String
    /// Always eight entries.
    public var parentLocators: [VHDParentLocator]

    public init(tableOffset: UInt64, maxTableEntries: UInt32, blockSize: UInt32) {
        self.tableOffset = tableOffset
        self.maxTableEntries = maxTableEntries
        self.blockSize = blockSize
        parentUniqueID = UUID.null
        parentTimestamp = 0
        parentUnicodeName = ""
        parentLocators = Array(repeating: .unused, count: Self.locatorCount)
    }

    /// Decodes and validates 1024 bytes: cookie, checksum, version, data offset, block size
    /// (a power of two from 512 bytes to 2 MiB, as blktap accepts) and platform codes.
    public init(decoding bytes: [UInt8], path: String = "") throws {
        guard bytes.count == Self.size else {
            throw StorageError.malformed(path, "dynamic disk header is \(bytes.count) bytes")
        }
        guard Array(bytes[0..<8]) == Self.cookie else {
            throw StorageError.malformed(path, "no dynamic disk header cookie \"cxsparse\"")
        }
        let stored = bytes.uint32(at: 36)
        let computed = bytes.onesComplementSum(excluding: 36..<40)
        guard stored == computed else {
            throw StorageError.malformed(
                path, "dynamic disk header checksum 0x\(String(stored, radix: 16)) does not "
                    + "match computed 0x\(String(computed, radix: 16))")
        }
        guard bytes.uint32(at: 24) == Self.headerVersion else {
            throw StorageError.malformed(
                path, "dynamic disk header version 0x\(String(bytes.uint32(at: 24), radix: 16))")
        }
        let blockSize = bytes.uint32(at: 32)
        guard blockSize >= 512, blockSize <= Self.defaultBlockSize,
            blockSize & (blockSize - 1) == 0
        else {
            throw StorageError.malformed(path, "block size \(blockSize) is not a power of two "
                + "from 512 to 2097152")
        }
        tableOffset = bytes.uint64(at: 16)
        maxTableEntries = bytes.uint32(at: 28)
        self.blockSize = blockSize
        parentUniqueID = UUID(bytes: Array(bytes[40..<56]))
        parentTimestamp = bytes.uint32(at: 56)
        parentUnicodeName = Self.decodeName(Array(bytes[64..<576]))
        parentLocators = (0..<Self.locatorCount).map {
            VHDParentLocator(decoding: bytes, at: 576 + $0 * VHDParentLocator.size)
        }
        if let bad = parentLocators.first(where: { !$0.platformCode.isKnown }) {
            throw StorageError.malformed(
                path, "parent locator platform code 0x\(String(bad.platformCode.rawValue, radix: 16))")
        }
    }

    /// The 1024 on-disk bytes, checksum included.
    public func encoded() -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: Self.size)
        bytes.set(bytes: Self.cookie, at: 0)
        bytes.set(UInt64.max, at: 8)
        bytes.set(tableOffset, at: 16)
        bytes.set(Self.headerVersion, at: 24)
        bytes.set(maxTableEntries, at: 28)
        bytes.set(blockSize, at: 32)
        bytes.set(bytes: parentUniqueID.bytes, at: 40)
        bytes.set(parentTimestamp, at: 56)
        let name = Self.encodeName(parentUnicodeName)
        bytes.set(bytes: name, at: 64)
        for (i, locator) in parentLocators.prefix(Self.locatorCount).enumerated() {
            locator.encode(into: &bytes, at: 576 + i * VHDParentLocator.size)
        }
        bytes.set(bytes.onesComplementSum(excluding: 36..<40), at: 36)
        return bytes
    }

    /// Sectors per block.
    public var sectorsPerBlock: UInt32 { blockSize / 512 }

    /// Bytes of the per-block sector bitmap: one bit per sector, padded to whole sectors.
    public var bitmapBytes: UInt32 { ((sectorsPerBlock / 8) + 511) / 512 * 512 }

    /// Bytes the BAT occupies on disk, padded to whole sectors.
    public var tableBytes: UInt64 { (UInt64(maxTableEntries) * 4 + 511) / 512 * 512 }

    /// UTF-16BE, NUL-padded to 512 bytes (names longer than 256 units are cut).
    static func encodeName(_ name: String) -> [UInt8] {
        let units = Array(name.utf16.prefix(256))
        return units.flatMap { [UInt8($0 >> 8), UInt8(truncatingIfNeeded: $0)] }
    }

    static func decodeName(_ bytes: [UInt8]) -> String {
        var units: [UInt16] = []
        for i in stride(from: 0, to: bytes.count - 1, by: 2) {
            let unit = UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            if unit == 0 { break }
            units.append(unit)
        }
        return String(decoding: units, as: UTF16.self)
    }
}
