// A log-linear latency histogram (HdrHistogram-style, 64 sub-buckets per power of two: < 1.6 %
// relative error), merged across threads at the end.

struct Histogram {
    static let subBits = 6
    static let subCount = 1 << subBits            // 64
    static let bucketCount = 64 * subCount         // plenty for any UInt64

    var counts: [UInt64]
    var total: UInt64 = 0
    var maxValue: UInt64 = 0
    var minValue: UInt64 = .max
    var sum: Double = 0

    init() { counts = [UInt64](repeating: 0, count: Histogram.bucketCount) }

    @inline(__always)
    static func index(_ v: UInt64) -> Int {
        let msb = 63 - (v | 1).leadingZeroBitCount
        let magnitude = max(0, msb - subBits)
        return magnitude * subCount + Int(v >> UInt64(magnitude))
    }

    /// The middle of the bucket at `index`.
    static func value(at index: Int) -> Double {
        if index < 2 * subCount { return Double(index) }
        let magnitude = index / subCount - 1
        let sub = index - magnitude * subCount
        let lower = UInt64(sub) << UInt64(magnitude)
        return Double(lower) + Double(UInt64(1) << UInt64(magnitude)) / 2
    }

    @inline(__always)
    mutating func record(_ ns: UInt64) {
        counts[Histogram.index(ns)] &+= 1
        total &+= 1
        sum += Double(ns)
        if ns > maxValue { maxValue = ns }
        if ns < minValue { minValue = ns }
    }

    mutating func merge(_ other: Histogram) {
        for i in 0..<counts.count { counts[i] &+= other.counts[i] }
        total += other.total
        sum += other.sum
        maxValue = max(maxValue, other.maxValue)
        minValue = min(minValue, other.minValue)
    }

    /// The value (ns) at quantile q in [0, 1].
    func percentile(_ q: Double) -> Double {
        guard total > 0 else { return 0 }
        let rank = max(1, UInt64((q * Double(total)).rounded(.up)))
        var seen: UInt64 = 0
        for (i, c) in counts.enumerated() where c > 0 {
            seen += c
            if seen >= rank { return min(Histogram.value(at: i), Double(maxValue)) }
        }
        return Double(maxValue)
    }

    var mean: Double { total > 0 ? sum / Double(total) : 0 }
}
