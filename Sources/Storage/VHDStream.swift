// A virtual disk as one sequential dynamic-VHD byte stream, both ways (/export_raw_vdi and
// /import_raw_vdi with format=vhd): the writer lays out footer copy, header and BAT first, then
// each block holding data (a full bitmap and 2 MiB) in order, then the footer, so the length is
// known before the first byte; the reader takes any dynamic VHD whose blocks follow its BAT and
// writes the sectors its bitmaps mark. Neither holds more than one block in memory.

/// Where a stream's bytes come from, in order.
public protocol SequentialSource: AnyObject {
    /// Fills `buffer[0..<count]`; fewer bytes only at the end of the stream.
    func fill(_ buffer: inout [UInt8], count: Int) throws -> Int
}

public struct VHDStreamWriter {
    public let virtualSize: UInt64
    /// Blocks with data, ascending.
    let blocks: [Int]
    let entries: Int
    let dataStart: UInt64
    static let blockSize = Int(VHDDynamicHeader.defaultBlockSize)

    public init(image: DiskImage) throws {
        virtualSize = (image.virtualSize + 511) / 512 * 512
        entries = Int((virtualSize + UInt64(Self.blockSize) - 1) / UInt64(Self.blockSize))
        var blocks: [Int] = []
        try image.forEachDataRange { range in
            guard !range.isEmpty else { return }
            let first = Int(range.lowerBound / UInt64(Self.blockSize))
            let last = Int((range.upperBound - 1) / UInt64(Self.blockSize))
            for block in max(first, (blocks.last ?? -1) + 1)...last { blocks.append(block) }
        }
        self.blocks = blocks
        dataStart = 1536 + (UInt64(entries) * 4 + 511) / 512 * 512
    }

    /// The stream's length in bytes.
    public var length: UInt64 { dataStart + UInt64(blocks.count) * UInt64(512 + Self.blockSize) + 512 }

    /// Sends the stream through `sink`; `progress` gets the bytes of virtual disk done.
    public func write(from image: DiskImage, to sink: ([UInt8]) throws -> Void,
                      progress: (UInt64) throws -> Void) throws {
        var footer = VHDFooter(diskType: .dynamic, size: virtualSize, timestamp: VHDTimestamp.now())
        footer.dataOffset = 512
        // tap 1.1: the version before batmaps, which the stream does not carry (1.2+ promises one).
        footer.creatorVersion = 0x0001_0001
        let header = VHDDynamicHeader(tableOffset: 1536, maxTableEntries: UInt32(entries),
                                      blockSize: UInt32(Self.blockSize))
        var head = footer.encoded() + header.encoded()
        var table = [UInt8](repeating: 0xFF, count: Int(dataStart) - 1536)
        let blockSectors = UInt64(512 + Self.blockSize) / 512
        for (i, block) in blocks.enumerated() {
            table.set(UInt32(dataStart / 512 + UInt64(i) * blockSectors), at: block * 4)
        }
        head += table
        try sink(head)
        var buffer = [UInt8](repeating: 0xFF, count: 512 + Self.blockSize)
        for block in blocks {
            let start = UInt64(block) * UInt64(Self.blockSize)
            let count = Int(min(UInt64(Self.blockSize), image.virtualSize - min(start, image.virtualSize)))
            try buffer.withUnsafeMutableBytes { all in
                let data = UnsafeMutableRawBufferPointer(rebasing: all[512..<512 + Self.blockSize])
                if count < Self.blockSize {
                    UnsafeMutableRawBufferPointer(rebasing: data[count...]).initializeMemory(as: UInt8.self, repeating: 0)
                }
                try image.read(into: UnsafeMutableRawBufferPointer(rebasing: data[0..<count]), at: start)
            }
            try sink(buffer)
            try progress(start + UInt64(count))
        }
        try sink(footer.encoded())
    }
}

public enum VHDStreamReader {
    /// Writes the disk a dynamic-VHD stream holds into `image`, from offset 0.
    public static func copy(from source: SequentialSource, into image: DiskImage,
                            progress: (UInt64, UInt64) throws -> Void) throws {
        var stream = Cursor(source: source)
        let footer = try VHDFooter(decoding: stream.read(512), path: "stream")
        guard footer.diskType == .dynamic else {
            throw StorageError(.unsupported, detail: "a \(footer.diskType) VHD stream (only dynamic disks "
                + "can be streamed; send a fixed disk as raw)")
        }
        guard footer.currentSize <= image.virtualSize else {
            throw StorageError(.outOfRange, detail: "the \(footer.currentSize)-byte disk does not fit "
                + "the \(image.virtualSize)-byte VDI")
        }
        try stream.skip(to: footer.dataOffset)
        let header = try VHDDynamicHeader(decoding: stream.read(VHDDynamicHeader.size), path: "stream")
        try stream.skip(to: header.tableOffset)
        let table = try stream.read(Int(header.maxTableEntries) * 4)
        var placed: [(sector: UInt64, block: Int)] = []
        for block in 0..<Int(header.maxTableEntries) {
            let entry = table.uint32(at: block * 4)
            if entry != 0xFFFF_FFFF { placed.append((UInt64(entry), block)) }
        }
        placed.sort { $0.sector < $1.sector }
        let blockSize = Int(header.blockSize)
        let bitmapBytes = Int(header.bitmapBytes)
        var buffer = [UInt8](repeating: 0, count: bitmapBytes + blockSize)
        for (sector, block) in placed {
            try stream.skip(to: sector * 512)
            try stream.read(into: &buffer)
            let bitmap = SectorBitmap(bytes: Array(buffer[0..<bitmapBytes]))
            let start = UInt64(block) * UInt64(blockSize)
            guard start < footer.currentSize else { continue }
            let sectors = Int(min(UInt64(blockSize), footer.currentSize - start) / 512)
            try buffer.withUnsafeBytes { all in
                try bitmap.forEachRun(in: 0..<sectors) { run, isSet in
                    guard isSet else { return }
                    let bytes = UnsafeRawBufferPointer(
                        rebasing: all[bitmapBytes + run.lowerBound * 512..<bitmapBytes + run.upperBound * 512])
                    try image.writeSparse(bytes, at: start + UInt64(run.lowerBound) * 512)
                }
            }
            try progress(start + UInt64(sectors) * 512, footer.currentSize)
        }
        try stream.drain()
    }

    /// The stream with its position, for skipping forward to offsets.
    struct Cursor {
        let source: SequentialSource
        var position: UInt64 = 0

        mutating func read(_ count: Int) throws -> [UInt8] {
            var bytes = [UInt8](repeating: 0, count: count)
            try read(into: &bytes)
            return bytes
        }

        mutating func read(into buffer: inout [UInt8]) throws {
            let n = try source.fill(&buffer, count: buffer.count)
            position += UInt64(n)
            guard n == buffer.count else {
                throw StorageError(.malformed, detail: "the VHD stream ends at byte \(position), inside its data")
            }
        }

        mutating func skip(to offset: UInt64) throws {
            guard offset >= position else {
                throw StorageError(.unsupported, detail: "the VHD stream's parts are out of order (offset "
                    + "\(offset) after \(position))")
            }
            var scratch = [UInt8](repeating: 0, count: Int(min(offset - position, 1 << 20)))
            while position < offset {
                let n = try source.fill(&scratch, count: Int(min(offset - position, UInt64(scratch.count))))
                guard n > 0 else { throw StorageError(.malformed, detail: "the VHD stream ends at byte \(position)") }
                position += UInt64(n)
            }
        }

        /// Reads what follows the last block (batmap, footer) to the end.
        mutating func drain() throws {
            var scratch = [UInt8](repeating: 0, count: 64 << 10)
            while try source.fill(&scratch, count: scratch.count) > 0 {}
        }
    }
}
