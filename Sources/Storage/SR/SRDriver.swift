// The storage-driver interface: one driver per SR type, each serving SRs rooted at a directory
// (what xapi's SMAPIv1 plugins do for the types we ship). Volumes are named by a location unique
// within the SR: a VDI uuid for VHD SRs, a file name for ISO and udev SRs. Drivers know nothing
// of the API; they report what is on disk and change it.

/// What a volume is stored as.
public enum VolumeFormat: String, Sendable, Hashable {
    case vhd, raw, iso
}

/// One volume as found on disk.
public struct SRVolume: Sendable, Hashable {
    /// The name unique in the SR (a VDI's `location`).
    public var location: String
    public var path: String
    public var format: VolumeFormat
    public var virtualSize: UInt64
    /// Bytes the volume's own file takes (ancestors are accounted to themselves).
    public var physicalUtilisation: UInt64
    /// The hidden base this volume's data continues in (`sm_config["vhd-parent"]`).
    public var parentLocation: String?
    /// Media the SR cannot write (ISO images, CD devices).
    public var readOnly: Bool
}

/// An SR's space on its filesystem.
public struct SRUsage: Sendable, Hashable {
    public var physicalSize: UInt64
    public var physicalUtilisation: UInt64
    public var free: UInt64 { physicalSize > physicalUtilisation ? physicalSize - physicalUtilisation : 0 }
}

/// One SR type's operations on an SR rooted at `root`.
public protocol SRDriver: Sendable {
    var type: String { get }
    /// Whether volumes can be written (false for ISO libraries and udev media).
    var isWritable: Bool { get }
    /// SR.create: prepares `root` (creating it where the type owns its storage).
    func create(root: String) throws
    /// SR.destroy: removes what `create` made; fails if volumes remain.
    func destroy(root: String) throws
    /// PBD.plug: checks that the SR's storage is there.
    func attach(root: String) throws
    func usage(root: String) throws -> SRUsage
    /// Every visible volume (hidden VHD bases are not VDIs).
    func scan(root: String) throws -> [SRVolume]
    func volume(root: String, location: String) throws -> SRVolume
    /// A new empty volume of at least `virtualSize` bytes (rounded as the format rounds).
    func createVolume(root: String, location: String, virtualSize: UInt64) throws -> SRVolume
    /// Instant clone/snapshot: the source's data becomes a shared read-only base with two leaves,
    /// the source (same location) and a new one at `newLocation`. Returns the new volume.
    func snapshotVolume(root: String, location: String, newLocation: String) throws -> SRVolume
    /// Deletes the volume, then garbage-collects bases nothing needs, coalescing a base's lone
    /// child into it unless that child is in `busy` (attached).
    func deleteVolume(root: String, location: String, busy: Set<String>, progress: VHD.Progress?) throws
    func resizeVolume(root: String, location: String, size: UInt64) throws -> SRVolume
    /// Collection that `deleteVolume` left for later because a child was busy.
    func collectGarbage(root: String, busy: Set<String>, progress: VHD.Progress?) throws
    func open(root: String, location: String, writable: Bool) throws -> DiskImage
    /// The uuid of the SR stored at `root`, as recorded there by `recordUUID` (nil: none).
    func recordedUUID(root: String) -> String?
    /// Records the SR's uuid with its storage, so SR.probe finds the SR after an SR.forget.
    func recordUUID(root: String, uuid: String) throws
    /// SR.probe: the SRs stored at `root`, or in the directories under it when `nested`.
    func probe(root: String, nested: Bool) throws -> [SRProbeResult]
}

/// An SR that SR.probe found.
public struct SRProbeResult: Sendable, Hashable {
    public var uuid: String
    /// Where its storage is (the PBD's `location`).
    public var location: String
    /// The size of the filesystem holding it.
    public var physicalSize: UInt64
}

extension SRDriver {
    func unsupported(_ what: String) -> StorageError {
        StorageError(.unsupported, detail: "\(what) is not supported by \(type) SRs")
    }

    public func createVolume(root: String, location: String, virtualSize: UInt64) throws -> SRVolume {
        throw unsupported("creating a volume")
    }
    public func snapshotVolume(root: String, location: String, newLocation: String) throws -> SRVolume {
        throw unsupported("cloning or snapshotting a volume")
    }
    public func deleteVolume(root: String, location: String, busy: Set<String>, progress: VHD.Progress?) throws {
        throw unsupported("deleting a volume")
    }
    public func resizeVolume(root: String, location: String, size: UInt64) throws -> SRVolume {
        throw unsupported("resizing a volume")
    }
    public func collectGarbage(root: String, busy: Set<String>, progress: VHD.Progress?) throws {}
    public func usage(root: String) throws -> SRUsage { try SRDirectory.usage(root) }
    /// Types that keep no SR metadata (ISO libraries, udev media) record nothing.
    public func recordedUUID(root: String) -> String? { nil }
    public func recordUUID(root: String, uuid: String) throws {}
    public func probe(root: String, nested: Bool) throws -> [SRProbeResult] { throw unsupported("probing") }
}

extension SRDriver {
    /// A volume that is a file (or device) named `name` directly in `root`, its bytes the disk's
    /// (ISO and udev SRs); nil when there is no such file.
    func fileVolume(root: String, name: String, format: VolumeFormat, readOnly: Bool) -> SRVolume? {
        let path = root + "/" + name
        guard !name.contains("/"), FilePaths.isImageCandidate(path), let size = try? SRDirectory.fileSize(path)
        else { return nil }
        return SRVolume(location: name, path: path, format: format, virtualSize: size,
                        physicalUtilisation: size, parentLocation: nil, readOnly: readOnly)
    }

    /// `fileVolume` for a location scans would list (`listed`); VDI_MISSING's error otherwise.
    func fileVolume(root: String, location: String, listed: Bool, format: VolumeFormat,
                    readOnly: Bool) throws -> SRVolume {
        guard listed, location != ".", location != "..",
              let found = fileVolume(root: root, name: location, format: format, readOnly: readOnly) else {
            throw StorageError(.notFound, path: root + "/" + location, detail: "no such volume")
        }
        return found
    }
}

/// The drivers this daemon ships, by SR type.
public enum SRDrivers {
    public static func driver(for type: String) -> (any SRDriver)? {
        switch type.lowercased() {
        case "ext": return FileSRDriver(type: "ext")
        case "file": return FileSRDriver(type: "file")
        case "iso": return ISOSRDriver()
        case "udev": return UdevSRDriver()
        default: return nil
        }
    }
}
