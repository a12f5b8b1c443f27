// blktap's batmap, a XenServer extension stored after the BAT of images whose creator is "tap"
// version 1.2 or later: one bit per block, set when every sector of the block is allocated, so
// tapdisk can skip reading that block's bitmap (include/vhd.h struct dd_batmap_hdr; libvhd.c
// vhd_create_batmap, vhd_checksum_batmap). A clear bit is always safe; a set bit promises a full
// sector bitmap.

struct VHDBatmap: Hashable, Sendable {
    static let headerSize = 512
    static let cookie: [UInt8] = Array("tdbatmap".utf8)
    /// VHD_BATMAP_CURRENT_VERSION 1.2: the checksum sums unsigned bytes.
    static let currentVersion: UInt32 = 0x0001_0002

    /// Absolute offset of the bitmap itself (right after this 512-byte header).
    var mapOffset: UInt64
    /// Size of the bitmap in sectors.
    var mapSectors: UInt32
    var version: UInt32
    /// Everything after the checksum (marker, key hash), kept as found.
    var trailer: [UInt8]
    /// The bitmap, `mapSectors` × 512 bytes, MSB first.
    var map: [UInt8]

    /// An empty batmap for `entries` blocks whose header sits at `headerOffset`.
    init(headerOffset: UInt64, entries: UInt32) {
        mapOffset = headerOffset + UInt64(Self.headerSize)
        mapSectors = Self.sectors(forEntries: entries)
        version = Self.currentVersion
        trailer = [UInt8](repeating: 0, count: Self.headerSize - 28)
        map = [UInt8](repeating: 0, count: Int(mapSectors) * 512)
    }

    /// Sectors of bitmap for `entries` blocks: at least one (libvhd.c: secs_round_up_no_zero).
    static func sectors(forEntries entries: UInt32) -> UInt32 {
        max((UInt32((UInt64(entries) + 7) / 8) + 511) / 512, 1)
    }

    /// Decodes the header; the caller reads `map` separately. Returns nil without the cookie.
    init?(decodingHeader bytes: [UInt8]) {
        guard bytes.count == Self.headerSize, Array(bytes[0..<8]) == Self.cookie else { return nil }
        mapOffset = bytes.uint64(at: 8)
        mapSectors = bytes.uint32(at: 16)
        version = bytes.uint32(at: 20)
        trailer = Array(bytes[28..<Self.headerSize])
        map = []
        storedChecksum = bytes.uint32(at: 24)
    }

    /// The checksum read from disk (for validation after reading `map`).
    var storedChecksum: UInt32 = 0

    /// The header's 512 bytes, with the checksum of `map` for a disk of `currentSize` bytes.
    func encodedHeader(currentSize: UInt64) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: Self.headerSize)
        bytes.set(bytes: Self.cookie, at: 0)
        bytes.set(mapOffset, at: 8)
        bytes.set(mapSectors, at: 16)
        bytes.set(version, at: 20)
        bytes.set(checksum(currentSize: currentSize), at: 24)
        bytes.set(bytes: trailer, at: 28)
        return bytes
    }

    /// The one's complement of the sum of the map's first bytes, as many whole sectors as
    /// `currentSize >> 24` bytes need, at least one (vhd_checksum_batmap). Version 1.1 summed
    /// signed chars.
    func checksum(currentSize: UInt64) -> UInt32 {
        let count = min(Int(max(((currentSize >> 24) + 511) / 512, 1)) * 512, map.count)
        var sum: UInt32 = 0
        for byte in map[0..<count] {
            if version == 0x0001_0001 {
                sum &+= UInt32(bitPattern: Int32(Int8(bitPattern: byte)))
            } else {
                sum &+= UInt32(byte)
            }
        }
        return ~sum
    }

    func isFull(_ block: Int) -> Bool {
        block / 8 < map.count && map[block / 8] & (0x80 >> UInt8(block % 8)) != 0
    }

    mutating func setFull(_ block: Int) {
        guard block / 8 < map.count else { return }
        map[block / 8] |= 0x80 >> UInt8(block % 8)
    }

    /// The blocks whose bit is set, ascending.
    func markedBlocks() -> [Int] {
        var blocks: [Int] = []
        for (index, byte) in map.enumerated() where byte != 0 {
            for bit in 0..<8 where byte & (0x80 >> UInt8(bit)) != 0 { blocks.append(index * 8 + bit) }
        }
        return blocks
    }

    /// Bytes from the header's offset to the end of the map.
    var byteCount: UInt64 { UInt64(Self.headerSize) + UInt64(mapSectors) * 512 }
}
