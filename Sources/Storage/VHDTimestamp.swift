// VHD time stamps: seconds since 2000-01-01 00:00:00 UTC (VHD specification, "Time Stamp";
// blktap VHD_EPOCH_START).
import Glibc

enum VHDTimestamp {
    /// 2000-01-01 00:00:00 UTC in Unix time.
    static let epochOffset = 946_684_800

    /// Unix seconds to VHD seconds, clamped to the 32-bit field.
    static func from(unix seconds: Int) -> UInt32 {
        UInt32(clamping: max(seconds - epochOffset, 0))
    }

    static func now() -> UInt32 { from(unix: Int(time(nil))) }
}
