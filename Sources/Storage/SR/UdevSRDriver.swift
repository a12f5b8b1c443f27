// The `udev` SR type (sm udevSR): removable media and CD drives as udev names them under a
// directory of symlinks (/dev/xapi/block, /dev/xapi/cd). There may be none on this host: a missing
// directory is an SR with no devices. Devices cannot be created or deleted, only used.

public struct UdevSRDriver: SRDriver {
    public let type = "udev"
    public var isWritable: Bool { false }

    public init() {}

    public func create(root: String) throws {}
    public func destroy(root: String) throws {}
    public func attach(root: String) throws {}

    public func usage(root: String) throws -> SRUsage {
        let total = try scan(root: root).reduce(UInt64(0)) { $0 + $1.virtualSize }
        return SRUsage(physicalSize: total, physicalUtilisation: total)
    }

    public func scan(root: String) throws -> [SRVolume] {
        guard SRDirectory.isDirectory(root) else { return [] }
        return try SRDirectory.list(root).compactMap { fileVolume(root: root, name: $0, format: .raw, readOnly: false) }
    }

    public func volume(root: String, location: String) throws -> SRVolume {
        try fileVolume(root: root, location: location, listed: true, format: .raw, readOnly: false)
    }

    public func open(root: String, location: String, writable: Bool) throws -> DiskImage {
        try RawImage(path: root + "/" + location, writable: writable)
    }
}
