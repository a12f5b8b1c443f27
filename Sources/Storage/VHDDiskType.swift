// The footer's disk type (VHD specification, "Disk Type"; blktap include/vhd.h HD_TYPE_*).

/// Fixed disks hold the data raw before a footer; dynamic disks allocate 2 MiB blocks on demand;
/// differencing disks are dynamic disks whose unwritten sectors come from a parent.
public enum VHDDiskType: UInt32, Sendable, CustomStringConvertible {
    case fixed = 2
    case dynamic = 3
    case differencing = 4

    /// Dynamic and differencing disks have a dynamic disk header and a BAT.
    public var isSparse: Bool { self != .fixed }

    public var description: String {
        switch self {
        case .fixed: "fixed"
        case .dynamic: "dynamic"
        case .differencing: "differencing"
        }
    }
}
