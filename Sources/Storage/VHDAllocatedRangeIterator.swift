// The byte ranges of a virtual disk that hold data somewhere in its chain, found from BATs and
// sector bitmaps without reading data: what a sparse export sends and a copy reads. Walks the
// disk a chunk at a time, so memory stays bounded whatever the disk's size or fragmentation.

/// Yields maximal, ascending, disjoint byte ranges (sector-aligned) for which some file of the
/// chain has data. Unlisted bytes read as zeros.
public struct VHDAllocatedRangeIterator {
    /// Sectors examined per step: 16 MiB of virtual disk.
    static let chunkSectors: UInt64 = 32768

    private let layers: [VHDFile]
    private let totalSectors: UInt64
    private var position: UInt64 = 0
    private var pending: Range<UInt64>?
    private var ready: [Range<UInt64>] = []
    private var readyIndex = 0

    /// The ranges where any of `layers` (some files of `disk`'s chain) has data.
    init(disk: VHD, layers: [VHDFile]? = nil) {
        self.layers = layers ?? disk.layers
        totalSectors = disk.virtualSize / 512
    }

    /// The next range in bytes, or nil at the end of the disk.
    public mutating func next() throws -> Range<UInt64>? {
        while true {
            if readyIndex < ready.count {
                let run = ready[readyIndex]
                readyIndex += 1
                return run.lowerBound * 512..<run.upperBound * 512
            }
            ready.removeAll(keepingCapacity: true)
            readyIndex = 0
            guard position < totalSectors else {
                guard let last = pending else { return nil }
                pending = nil
                return last.lowerBound * 512..<last.upperBound * 512
            }
            let end = min(position + Self.chunkSectors, totalSectors)
            var runs: [Range<UInt64>] = []
            for layer in layers {
                runs += try layer.allocatedRuns(in: position..<end)
            }
            runs.sort { $0.lowerBound < $1.lowerBound }
            for run in runs {
                if let current = pending, run.lowerBound <= current.upperBound {
                    pending = current.lowerBound..<max(current.upperBound, run.upperBound)
                } else {
                    if let current = pending { ready.append(current) }
                    pending = run
                }
            }
            position = end
        }
    }
}

extension VHD {
    /// An iterator over the allocated byte ranges of the whole chain.
    public func allocatedRanges() -> VHDAllocatedRangeIterator {
        VHDAllocatedRangeIterator(disk: self)
    }

    /// Calls `body` with each allocated byte range, in order.
    public func forEachAllocatedRange(_ body: (Range<UInt64>) throws -> Void) throws {
        var iterator = allocatedRanges()
        while let range = try iterator.next() { try body(range) }
    }
}

@available(*, unavailable)
extension VHDAllocatedRangeIterator: Sendable {}
