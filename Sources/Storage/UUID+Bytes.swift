// UUIDs as the 16 raw bytes VHD stores (footer unique id, header parent id), in RFC 4122 byte
// order, as libuuid's uuid_t.
import Foundation

extension UUID {
    /// The all-zero UUID: "no parent" in a dynamic disk header.
    static let null = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))

    init(bytes: [UInt8]) {
        precondition(bytes.count == 16, "a UUID is 16 bytes")
        self.init(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    var bytes: [UInt8] {
        withUnsafeBytes(of: uuid) { Array($0) }
    }

    var isNull: Bool { self == UUID.null }
}
