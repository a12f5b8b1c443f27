// A XenAPI datetime: whole seconds since the Unix epoch, always UTC on the wire.

/// Datetimes go out as `YYYYMMDDTHH:MM:SSZ`; xapi keeps whole seconds.
public struct XenDate: Sendable, Hashable, Comparable {
    public var secondsSince1970: Int64

    public init(secondsSince1970: Int64) { self.secondsSince1970 = secondsSince1970 }

    /// `19700101T00:00:00Z`, the datamodel's default for every datetime field.
    public static let epoch = XenDate(secondsSince1970: 0)

    public static func < (a: XenDate, b: XenDate) -> Bool { a.secondsSince1970 < b.secondsSince1970 }
}
