// One of the eight parent locator entries of a dynamic disk header, and the encodings of the
// parent's path that blktap writes and reads (libvhd.c: vhd_macx_encode_location,
// vhd_w2u_encode_location, vhd_parent_locator_read).

import Foundation

/// Where the locator's data lives in the file and how it is encoded.
public struct VHDParentLocator: Hashable, Sendable {
    public static let size = 24

    public var platformCode: VHDPlatformCode
    /// Space reserved for the data. The specification says sectors; Hyper-V and blktap write
    /// bytes. Below 512 it is read as sectors, otherwise as bytes (libvhd.h:
    /// vhd_parent_locator_size), and we write bytes, as blktap does.
    public var dataSpace: UInt32
    /// Length of the encoded path in bytes.
    public var dataLength: UInt32
    public var reserved: UInt32
    /// Absolute file offset of the data.
    public var dataOffset: UInt64

    public static let unused = VHDParentLocator(
        platformCode: .none, dataSpace: 0, dataLength: 0, reserved: 0, dataOffset: 0)

    public init(
        platformCode: VHDPlatformCode, dataSpace: UInt32, dataLength: UInt32, reserved: UInt32 = 0,
        dataOffset: UInt64
    ) {
        self.platformCode = platformCode
        self.dataSpace = dataSpace
        self.dataLength = dataLength
        self.reserved = reserved
        self.dataOffset = dataOffset
    }

    init(decoding bytes: [UInt8], at offset: Int) {
        platformCode = VHDPlatformCode(rawValue: bytes.uint32(at: offset))
        dataSpace = bytes.uint32(at: offset + 4)
        dataLength = bytes.uint32(at: offset + 8)
        reserved = bytes.uint32(at: offset + 12)
        dataOffset = bytes.uint64(at: offset + 16)
    }

    func encode(into bytes: inout [UInt8], at offset: Int) {
        bytes.set(platformCode.rawValue, at: offset)
        bytes.set(dataSpace, at: offset + 4)
        bytes.set(dataLength, at: offset + 8)
        bytes.set(reserved, at: offset + 12)
        bytes.set(dataOffset, at: offset + 16)
    }

    /// Reserved bytes for the data, interpreting `dataSpace` as blktap does; nil if nonsense.
    public var reservedBytes: UInt64? {
        if dataSpace < 512 { return UInt64(dataSpace) * 512 }
        if dataSpace % 512 == 0 { return UInt64(dataSpace) }
        return nil
    }

    /// Whether this entry describes a path we can decode (MacX, W2ku, W2ru).
    var isPath: Bool { [.macX, .w2ku, .w2ru].contains(platformCode) }

    /// The path as stored: `location` encoded for `code`. Relative W2ru paths start ".\";
    /// all separators become backslashes in the Windows forms.
    static func encode(_ location: String, as code: VHDPlatformCode) -> [UInt8] {
        switch code {
        case .macX:
            return Array(("file://" + location).utf8)
        default:
            var text = location
            if code == .w2ru && !text.hasPrefix("/") {
                if text.hasPrefix("./") { text.removeFirst(2) }
                text = "./" + text
            }
            text = text.replacingOccurrences(of: "/", with: "\\")
            return text.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8($0 >> 8)] }
        }
    }

    /// The path an entry's data names, with forward slashes; nil if undecodable.
    static func decode(_ data: [UInt8], as code: VHDPlatformCode) -> String? {
        switch code {
        case .macX:
            guard let text = String(validating: data, as: UTF8.self),
                text.hasPrefix("file://")
            else { return nil }
            return String(text.dropFirst("file://".count))
        case .w2ku, .w2ru:
            guard data.count % 2 == 0 else { return nil }
            let units = stride(from: 0, to: data.count, by: 2).map {
                UInt16(data[$0]) | UInt16(data[$0 + 1]) << 8
            }
            guard var text = String(validating: units, as: UTF16.self) else { return nil }
            text = text.replacingOccurrences(of: "\\", with: "/")
            if text.hasPrefix("C:") || text.hasPrefix("c:") { text.removeFirst(2) }
            return text
        default:
            return nil
        }
    }
}
