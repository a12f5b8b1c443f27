// Deadlines for blocked waiters, on CLOCK_MONOTONIC so wall-clock steps cannot stretch or cut a
// wait (the condition variables in WakeSignal are set to the same clock).
import Glibc

/// Nanoseconds on CLOCK_MONOTONIC. Wraps `clock_gettime`.
public enum MonotonicClock {
    public static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// `now` plus `seconds` (clamped at zero and at a year).
    public static func deadline(after seconds: Double) -> UInt64 {
        let clamped = min(max(seconds, 0), 365 * 86_400)
        return now() + UInt64(clamped * 1e9)
    }
}
