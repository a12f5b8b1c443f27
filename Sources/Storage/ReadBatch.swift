// Batching of positional reads from one file into vectored reads (see ReadBatch).

/// Reads of one file queued while they lie close together on disk: the gaps between (a block's
/// bitmap and alignment) go to scratch space, so a sequential read of the virtual disk is one
/// sequential read of the file, which the kernel's readahead follows.
struct ReadBatch {
    static let maxGap = 64 * 1024
    static let maxSegments = 256

    private var start: UInt64 = 0
    private var end: UInt64 = 0
    private var segments: [UnsafeMutableRawBufferPointer] = []
    private let scratch: UnsafeMutableRawBufferPointer
    private let file: ImageFile

    init(file: ImageFile, scratch: UnsafeMutableRawBufferPointer) {
        self.file = file
        self.scratch = scratch
    }

    mutating func add(_ buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) throws {
        if !segments.isEmpty, offset >= end, offset - end <= UInt64(Self.maxGap),
            segments.count < Self.maxSegments - 1
        {
            if offset > end {
                segments.append(UnsafeMutableRawBufferPointer(rebasing: scratch[0..<Int(offset - end)]))
            }
        } else {
            try flush()
            start = offset
        }
        segments.append(buffer)
        end = offset + UInt64(buffer.count)
    }

    mutating func flush() throws {
        switch segments.count {
        case 0: return
        case 1: try file.read(into: segments[0], at: start)
        default: try file.read(into: segments, at: start)
        }
        segments.removeAll(keepingCapacity: true)
    }
}
