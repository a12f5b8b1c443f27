// The hypervisor's version as `xc_version` reports it: XENVER_version packs major.minor, and
// XENVER_extraversion carries the rest, dot included (".7-pre").

public struct XenVersion: Sendable, Hashable, CustomStringConvertible {
    public var major: Int
    public var minor: Int
    public var extra: String

    public init(major: Int, minor: Int, extra: String) {
        self.major = major
        self.minor = minor
        self.extra = extra
    }

    /// As xapi reports it in `software_version.xen`: `4.17.7-pre`.
    public var description: String { "\(major).\(minor)\(extra)" }
}
