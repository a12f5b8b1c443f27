// The `iso` SR type (sm ISOSR): a directory (a local path or a mounted library) of ISO images.
// Each `*.iso`/`*.img` file is a VDI whose location is its file name; scanned images are
// read-only. New volumes are empty raw files, written through /import_raw_vdi.

public struct ISOSRDriver: SRDriver {
    public let type = "iso"
    public var isWritable: Bool { true }

    public init() {}

    static func isImageName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return !name.hasPrefix(".") && (lower.hasSuffix(".iso") || lower.hasSuffix(".img"))
    }

    public func create(root: String) throws { try SRDirectory.create(root) }

    /// The library's files are the user's: destroying the SR leaves them.
    public func destroy(root: String) throws {}

    public func attach(root: String) throws {
        guard SRDirectory.isDirectory(root) else {
            throw StorageError(.notFound, path: root, detail: "the ISO library's directory does not exist")
        }
    }

    public func scan(root: String) throws -> [SRVolume] {
        try SRDirectory.list(root).filter(Self.isImageName).compactMap {
            fileVolume(root: root, name: $0, format: .iso, readOnly: true)
        }
    }

    public func volume(root: String, location: String) throws -> SRVolume {
        try fileVolume(root: root, location: location, listed: Self.isImageName(location), format: .iso, readOnly: true)
    }

    public func createVolume(root: String, location: String, virtualSize: UInt64) throws -> SRVolume {
        let path = root + "/" + location
        try RawImage.create(at: path, size: virtualSize).close()
        return SRVolume(location: location, path: path, format: .iso, virtualSize: virtualSize,
                        physicalUtilisation: virtualSize, parentLocation: nil, readOnly: false)
    }

    public func deleteVolume(root: String, location: String, busy: Set<String>, progress: VHD.Progress?) throws {
        let path = root + "/" + location
        guard FilePaths.isImageCandidate(path) else {
            throw StorageError(.notFound, path: path, detail: "no such volume")
        }
        try FilePaths.remove(path)
    }

    public func open(root: String, location: String, writable: Bool) throws -> DiskImage {
        try RawImage(path: root + "/" + location, writable: writable)
    }
}
