// One VHD file: its footer, dynamic disk header, BAT and (blktap) batmap, held in memory while it
// is open. Reading and writing its own sectors, allocation, resize, locators and checks are in the
// VHDFile+*.swift extensions; `VHD` stacks these into a chain.
// Invariant: `bat`, `footer`, `header` and `batmap` mirror the file, except batmap bits not yet
// flushed (a clear batmap bit is always safe); `nextFreeSector` is past every block and metadata.
import Foundation

/// An open VHD file (fixed, dynamic or differencing), without its parents. Not thread-safe: use
/// it from one thread at a time.
public final class VHDFile {
    /// The canonical (absolute, symlink-free) path.
    public let path: String
    public internal(set) var footer: VHDFooter
    /// The dynamic disk header; nil for fixed disks.
    public internal(set) var header: VHDDynamicHeader?
    public var isWritable: Bool { file.isWritable }

    let file: ImageFile
    /// BAT entries: the sector where each block's bitmap starts, or `unusedEntry`.
    var bat: [UInt32]
    var batmap: VHDBatmap?
    var batmapDirty = false
    /// Why a batmap the creator version promises was not usable (reported by `check()`).
    var batmapProblem: String?
    /// Blocks known to have every sector bitmap bit set (from the batmap or seen).
    var fullBlocks: [UInt8]
    /// Recently used sector bitmaps of blocks that are not full.
    var bitmapCache: [Int: SectorBitmap] = [:]
    /// The sector where the next block may start (before page alignment).
    var nextFreeSector: UInt64
    /// Where the footer at the end of the file is.
    var footerOffset: UInt64
    /// Whether the end-of-file footer was unreadable and the copy at offset 0 was used.
    public internal(set) var usedBackupFooter = false

    /// Where reads of the gaps between blocks land (see `ReadBatch`).
    let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: ReadBatch.maxGap, alignment: 4096)

    static let unusedEntry: UInt32 = 0xFFFF_FFFF
    /// Partial bitmaps kept in memory (512 bytes each with 2 MiB blocks).
    static let bitmapCacheLimit = 1024

    init(
        path: String, file: ImageFile, footer: VHDFooter, header: VHDDynamicHeader?,
        bat: [UInt32], batmap: VHDBatmap?, nextFreeSector: UInt64, footerOffset: UInt64
    ) {
        self.path = path
        self.file = file
        self.footer = footer
        self.header = header
        self.bat = bat
        self.batmap = batmap
        self.nextFreeSector = nextFreeSector
        self.footerOffset = footerOffset
        fullBlocks = [UInt8](repeating: 0, count: (bat.count + 7) / 8)
        for block in batmap?.markedBlocks() ?? [] where block < bat.count {
            if bat[block] != Self.unusedEntry { markFull(block) }
        }
    }

    deinit {
        scratch.deallocate()
    }

    // MARK: Derived geometry

    /// The virtual disk size in bytes.
    public var virtualSize: UInt64 { footer.currentSize }
    public var diskType: VHDDiskType { footer.diskType }
    public var uniqueID: UUID { footer.uniqueID }
    var sectorCount: UInt64 { footer.currentSize / 512 }
    var sectorsPerBlock: Int { Int(header?.sectorsPerBlock ?? 4096) }
    var bitmapSectors: UInt64 { UInt64(header?.bitmapBytes ?? 512) / 512 }
    var blockBytes: Int { Int(header?.blockSize ?? VHDDynamicHeader.defaultBlockSize) }

    /// File offset of block `block`'s first data sector.
    func dataOffset(ofBlock block: Int) -> UInt64 {
        (UInt64(bat[block]) + bitmapSectors) * 512
    }

    /// The file's size in bytes: what XenServer reports as a VDI's physical utilisation.
    public func physicalSize() throws -> UInt64 { try file.size() }

    /// Bytes the file occupies on disk (holes excluded).
    public func allocatedDiskBytes() throws -> UInt64 { try file.allocatedSize() }

    /// How many blocks have space in this file.
    public var allocatedBlockCount: Int { bat.lazy.filter { $0 != Self.unusedEntry }.count }

    func isKnownFull(_ block: Int) -> Bool {
        fullBlocks[block >> 3] & (0x80 >> UInt8(block & 7)) != 0
    }

    func markFull(_ block: Int) {
        fullBlocks[block >> 3] |= 0x80 >> UInt8(block & 7)
    }

    // MARK: Opening

    /// Opens one VHD file and validates its footer, header, BAT and batmap; parents are not
    /// opened. A writable open whose end-of-file footer is damaged (an interrupted write)
    /// restores it from the copy at offset 0.
    public static func open(at path: String, writable: Bool = false) throws -> VHDFile {
        let canonical = try FilePaths.canonical(path)
        let file = try ImageFile(path: canonical, mode: writable ? .readWrite : .readOnly)
        return try open(file)
    }

    static func open(_ file: ImageFile) throws -> VHDFile {
        let path = file.path
        let size = try file.size()
        guard size >= UInt64(VHDFooter.size) else {
            throw StorageError.malformed(path, "file is \(size) bytes, too small for a VHD footer")
        }
        // blktap accepts a 511-byte footer from early tapdisks (vhd-util-check.c).
        let footerOffset = size % 512 == 511 ? size - 511 : size - 512
        var footerBytes = try file.read(count: Int(size - footerOffset), at: footerOffset)
        footerBytes += [UInt8](repeating: 0, count: 512 - footerBytes.count)
        var footer: VHDFooter
        var usedBackup = false
        do {
            footer = try VHDFooter(decoding: footerBytes, path: path)
        } catch {
            // A dynamic disk keeps a copy at offset 0 (libvhd.c: vhd_read_footer falls back).
            // The primary's error is the one reported if the copy is no better.
            let backup: VHDFooter
            do {
                backup = try VHDFooter(decoding: file.read(count: 512, at: 0), path: path)
            } catch _ {
                throw error
            }
            guard backup.diskType.isSparse else { throw error }
            footer = backup
            usedBackup = true
        }
        guard footer.currentSize % 512 == 0 else {
            throw StorageError.malformed(
                path, "virtual size \(footer.currentSize) is not a multiple of 512")
        }

        if footer.diskType == .fixed {
            guard footer.currentSize <= footerOffset else {
                throw StorageError.malformed(
                    path, "fixed disk of \(footer.currentSize) bytes in a \(size)-byte file")
            }
            return VHDFile(
                path: path, file: file, footer: footer, header: nil, bat: [], batmap: nil,
                nextFreeSector: 0, footerOffset: footerOffset)
        }

        guard footer.dataOffset >= 512, footer.dataOffset % 512 == 0,
            size >= UInt64(VHDDynamicHeader.size),
            footer.dataOffset <= size - UInt64(VHDDynamicHeader.size)
        else {
            throw StorageError.malformed(path, "dynamic disk header offset \(footer.dataOffset) "
                + "outside the \(size)-byte file")
        }
        let header = try VHDDynamicHeader(
            decoding: file.read(count: VHDDynamicHeader.size, at: footer.dataOffset), path: path)
        let entries = UInt64(header.maxTableEntries)
        guard entries * UInt64(header.blockSize) >= footer.currentSize else {
            throw StorageError.malformed(path, "BAT of \(entries) entries of \(header.blockSize) "
                + "bytes cannot hold a \(footer.currentSize)-byte disk")
        }
        guard header.tableOffset % 512 == 0, header.tableOffset >= 512,
            header.tableOffset <= size, entries * 4 <= size - header.tableOffset
        else {
            throw StorageError.malformed(path, "BAT of \(entries) entries at offset "
                + "\(header.tableOffset) does not fit in the \(size)-byte file")
        }
        var bat = [UInt32](repeating: 0, count: Int(entries))
        try bat.withUnsafeMutableBytes { try file.read(into: $0, at: header.tableOffset) }
        for i in bat.indices { bat[i] = UInt32(bigEndian: bat[i]) }

        let bitmapSectors = UInt64(header.bitmapBytes) / 512
        let blockSectors = bitmapSectors + UInt64(header.sectorsPerBlock)
        var endOfBlocks: UInt64 = 0
        // Blocks end before the footer; with a damaged footer, before the end of the file.
        let dataLimit = usedBackup ? size : footerOffset
        for (i, entry) in bat.enumerated() where entry != unusedEntry {
            let end = UInt64(entry) + blockSectors
            guard UInt64(entry) * 512 >= header.tableOffset, end * 512 <= dataLimit else {
                throw StorageError.malformed(path, "block \(i) at sector \(entry) lies outside "
                    + "the data area of the \(size)-byte file")
            }
            endOfBlocks = max(endOfBlocks, end)
        }

        var batmap: VHDBatmap?
        var batmapProblem: String?
        if footer.isTapCreated && footer.creatorVersion >= 0x0001_0002 {
            (batmap, batmapProblem) = readBatmap(file, header: header, footer: footer, size: size)
        }

        var metadataEnd = max(footer.dataOffset + UInt64(VHDDynamicHeader.size),
                              header.tableOffset + header.tableBytes)
        if let batmap {
            metadataEnd = max(metadataEnd, batmap.mapOffset + UInt64(batmap.mapSectors) * 512)
        }
        for locator in header.parentLocators where locator.platformCode != .none {
            guard let space = locator.reservedBytes, locator.dataOffset <= size,
                space <= size - locator.dataOffset
            else {
                throw StorageError.malformed(path, "parent locator \(locator.platformCode) at "
                    + "offset \(locator.dataOffset) lies outside the \(size)-byte file")
            }
            metadataEnd = max(metadataEnd, locator.dataOffset + space)
        }

        let dataEnd = max((metadataEnd + 511) / 512, endOfBlocks)
        let vhd = VHDFile(
            path: path, file: file, footer: footer, header: header, bat: bat, batmap: batmap,
            nextFreeSector: max(dataEnd, usedBackup ? dataEnd : footerOffset / 512),
            footerOffset: usedBackup ? dataEnd * 512 : footerOffset)
        vhd.batmapProblem = batmapProblem
        vhd.usedBackupFooter = usedBackup
        if usedBackup && file.isWritable {
            // Cut whatever an interrupted allocation left past the last block, then restore
            // the footer there.
            try file.truncate(to: vhd.footerOffset)
            try vhd.writeFooters()
        }
        return vhd
    }

    /// Reads and validates the batmap after the BAT; returns it, or why it is unusable.
    private static func readBatmap(
        _ file: ImageFile, header: VHDDynamicHeader, footer: VHDFooter, size: UInt64
    ) -> (VHDBatmap?, String?) {
        let offset = header.tableOffset + header.tableBytes
        guard offset + UInt64(VHDBatmap.headerSize) <= size else {
            return (nil, "no room for a batmap header at offset \(offset)")
        }
        let bytes: [UInt8]
        do {
            bytes = try file.read(count: VHDBatmap.headerSize, at: offset)
        } catch {
            return (nil, "batmap header unreadable: \(error)")
        }
        guard var batmap = VHDBatmap(decodingHeader: bytes) else {
            return (nil, "no batmap cookie at offset \(offset)")
        }
        guard batmap.version <= VHDBatmap.currentVersion else {
            return (nil, "unsupported batmap version 0x\(String(batmap.version, radix: 16))")
        }
        guard batmap.mapSectors > 0,
            UInt64(batmap.mapSectors) * 512 * 8 >= UInt64(header.maxTableEntries)
        else { return (nil, "batmap of \(batmap.mapSectors) sectors is smaller than the BAT") }
        let mapBytes = UInt64(batmap.mapSectors) * 512
        guard batmap.mapOffset % 512 == 0, batmap.mapOffset > 0, batmap.mapOffset <= size,
            mapBytes <= size - batmap.mapOffset
        else { return (nil, "batmap at offset \(batmap.mapOffset) lies outside the file") }
        do {
            batmap.map = try file.read(count: Int(mapBytes), at: batmap.mapOffset)
        } catch {
            return (nil, "batmap unreadable: \(error)")
        }
        guard batmap.checksum(currentSize: footer.currentSize) == batmap.storedChecksum else {
            return (nil, "batmap checksum does not match")
        }
        return (batmap, nil)
    }

    /// Writes pending metadata (batmap bits) and closes the file. Further use is an error.
    public func close() throws {
        var failure: (any Error)?
        if file.isWritable {
            do { try writeBatmapIfDirty() } catch { failure = error }
        }
        do { try file.close() } catch { failure = failure ?? error }
        if let failure { throw failure }
    }
}

@available(*, unavailable)
extension VHDFile: Sendable {}
