// Parent locator platform codes (VHD specification, "Parent Locator Entry"; blktap
// include/vhd.h PLAT_CODE_*). XenServer writes MacX, W2ku and W2ru.

/// How a parent locator encodes the parent's location. An open set: unknown codes decode and
/// are ignored when resolving the parent.
public struct VHDPlatformCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// An unused locator slot.
    public static let none = VHDPlatformCode(rawValue: 0)
    /// "Wi2r": deprecated Windows relative path.
    public static let wi2r = VHDPlatformCode(rawValue: 0x5769_3272)
    /// "Wi2k": deprecated Windows absolute path.
    public static let wi2k = VHDPlatformCode(rawValue: 0x5769_326B)
    /// "W2ru": a relative path, UTF-16LE, backslash separators, starting ".\".
    public static let w2ru = VHDPlatformCode(rawValue: 0x5732_7275)
    /// "W2ku": an absolute path, UTF-16LE, backslash separators.
    public static let w2ku = VHDPlatformCode(rawValue: 0x5732_6B75)
    /// "Mac ": a Mac OS alias blob (not resolvable here).
    public static let mac = VHDPlatformCode(rawValue: 0x4D61_6320)
    /// "MacX": a file URL in UTF-8 (RFC 2396), e.g. "file://./parent.vhd".
    public static let macX = VHDPlatformCode(rawValue: 0x4D61_6358)

    /// The codes the specification defines; anything else makes blktap reject the header.
    public var isKnown: Bool {
        [Self.none, .wi2r, .wi2k, .w2ru, .w2ku, .mac, .macX].contains(self)
    }

    public var description: String {
        if self == .none { return "none" }
        let bytes = (0..<4).map { UInt8(truncatingIfNeeded: rawValue >> (24 - 8 * UInt32($0))) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
