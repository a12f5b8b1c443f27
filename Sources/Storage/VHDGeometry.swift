// Cylinder/head/sector geometry stored in the footer, computed from the size exactly as the VHD
// specification's appendix "CHS Calculation" does (blktap vhd/lib/libvhd.c: vhd_chs).

/// Disk geometry as the BIOS would see it. Informational for images we write: readers that know
/// the creator "tap" (XenServer) take the footer's current size, not cylinders × heads × sectors.
public struct VHDGeometry: Hashable, Sendable, CustomStringConvertible {
    public var cylinders: UInt16
    public var heads: UInt8
    public var sectorsPerTrack: UInt8

    public init(cylinders: UInt16, heads: UInt8, sectorsPerTrack: UInt8) {
        self.cylinders = cylinders
        self.heads = heads
        self.sectorsPerTrack = sectorsPerTrack
    }

    /// The footer's 32-bit encoding: cylinders (16 bits), heads (8), sectors per track (8).
    public init(encoded: UInt32) {
        self.init(
            cylinders: UInt16(truncatingIfNeeded: encoded >> 16),
            heads: UInt8(truncatingIfNeeded: encoded >> 8),
            sectorsPerTrack: UInt8(truncatingIfNeeded: encoded))
    }

    public var encoded: UInt32 {
        UInt32(cylinders) << 16 | UInt32(heads) << 8 | UInt32(sectorsPerTrack)
    }

    /// cylinders × heads × sectors per track.
    public var totalSectors: UInt64 {
        UInt64(cylinders) * UInt64(heads) * UInt64(sectorsPerTrack)
    }

    /// The specification's algorithm. Sizes round up to whole sectors (at least one) and cap at
    /// 65535 × 16 × 255 sectors (about 127 GiB); larger disks all get the maximum geometry.
    public static func forSize(_ bytes: UInt64) -> VHDGeometry {
        var totalSectors = max((bytes + 511) / 512, 1)
        totalSectors = min(totalSectors, 65535 * 16 * 255)
        var sectorsPerTrack: UInt64
        var heads: UInt64
        var cylinderTimesHeads: UInt64
        if totalSectors >= 65535 * 16 * 63 {
            sectorsPerTrack = 255
            heads = 16
            cylinderTimesHeads = totalSectors / sectorsPerTrack
        } else {
            sectorsPerTrack = 17
            cylinderTimesHeads = totalSectors / sectorsPerTrack
            heads = (cylinderTimesHeads + 1023) / 1024
            if heads < 4 { heads = 4 }
            if cylinderTimesHeads >= heads * 1024 || heads > 16 {
                sectorsPerTrack = 31
                heads = 16
                cylinderTimesHeads = totalSectors / sectorsPerTrack
            }
            if cylinderTimesHeads >= heads * 1024 {
                sectorsPerTrack = 63
                heads = 16
                cylinderTimesHeads = totalSectors / sectorsPerTrack
            }
        }
        return VHDGeometry(
            cylinders: UInt16(cylinderTimesHeads / heads), heads: UInt8(heads),
            sectorsPerTrack: UInt8(sectorsPerTrack))
    }

    public var description: String { "\(cylinders)/\(heads)/\(sectorsPerTrack)" }
}
