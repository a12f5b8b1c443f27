// Big-endian field access on byte arrays: every VHD structure is big-endian on disk
// (Microsoft VHD specification, "Hard Disk Footer Format": "All values are stored in
// network byte order").

extension Array where Element == UInt8 {
    func uint16(at offset: Int) -> UInt16 {
        UInt16(self[offset]) << 8 | UInt16(self[offset + 1])
    }

    func uint32(at offset: Int) -> UInt32 {
        var value: UInt32 = 0
        for i in 0..<4 { value = value << 8 | UInt32(self[offset + i]) }
        return value
    }

    func uint64(at offset: Int) -> UInt64 {
        var value: UInt64 = 0
        for i in 0..<8 { value = value << 8 | UInt64(self[offset + i]) }
        return value
    }

    mutating func set(_ value: UInt16, at offset: Int) {
        self[offset] = UInt8(truncatingIfNeeded: value >> 8)
        self[offset + 1] = UInt8(truncatingIfNeeded: value)
    }

    mutating func set(_ value: UInt32, at offset: Int) {
        for i in 0..<4 { self[offset + i] = UInt8(truncatingIfNeeded: value >> (24 - 8 * UInt32(i))) }
    }

    mutating func set(_ value: UInt64, at offset: Int) {
        for i in 0..<8 { self[offset + i] = UInt8(truncatingIfNeeded: value >> (56 - 8 * UInt64(i))) }
    }

    mutating func set(bytes: [UInt8], at offset: Int) {
        precondition(offset >= 0 && offset + bytes.count <= count)
        withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes {
                UnsafeMutableRawBufferPointer(rebasing: target[offset..<offset + $0.count])
                    .copyMemory(from: $0)
            }
        }
    }

    /// Whether every byte in `range` is zero.
    func isZero(_ range: Range<Int>) -> Bool {
        self[range].allSatisfy { $0 == 0 }
    }

    /// The one's complement of the byte sum, skipping `excluded` (the checksum field itself):
    /// the checksum of the VHD footer, dynamic disk header and (blktap) batmap.
    func onesComplementSum(excluding excluded: Range<Int>? = nil) -> UInt32 {
        var sum: UInt32 = 0
        for (i, byte) in enumerated() where !(excluded?.contains(i) ?? false) {
            sum &+= UInt32(byte)
        }
        return ~sum
    }
}
