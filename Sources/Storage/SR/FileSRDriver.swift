// The `ext` and `file` SR types (sm FileSR/EXTSR): a directory of `<uuid>.vhd` files. A VDI is a
// visible VHD whose location is its file's uuid; snapshots and clones turn the source's file into
// a hidden, read-only base with two differencing leaves, so they copy no data. Garbage
// collection of bases is in FileSRDriver+GC.swift, the SR's identity for probe in +Probe.swift.
import Foundation

public struct FileSRDriver: SRDriver {
    public let type: String
    public var isWritable: Bool { true }

    public init(type: String) { self.type = type }

    /// One VHD file of the SR, visible or hidden.
    struct Entry {
        var location: String
        var path: String
        var uniqueID: UUID
        var parentID: UUID?
        var hidden: Bool
        var virtualSize: UInt64
        var fileSize: UInt64
        /// The parent's location, from its locator (nil for a root or an unresolvable parent, and
        /// unless asked for: a whole SR's parents come from the unique ids, without locator reads).
        var parentLocation: String?
    }

    static func path(_ root: String, _ location: String) -> String { root + "/" + location + ".vhd" }

    public func create(root: String) throws { try SRDirectory.create(root) }

    public func destroy(root: String) throws {
        guard SRDirectory.isDirectory(root) else { return }
        let images = try SRDirectory.list(root).filter { $0.hasSuffix(".vhd") }
        guard images.isEmpty else {
            throw StorageError(.invalidArgument, path: root, detail: "SR not empty: \(images.count) images remain")
        }
        try FilePaths.remove(root + "/" + Self.identityName)
        try SRDirectory.removeDirectory(root)
    }

    public func attach(root: String) throws {
        guard SRDirectory.isDirectory(root) else {
            throw StorageError(.notFound, path: root, detail: "the SR's directory does not exist")
        }
    }

    public func scan(root: String) throws -> [SRVolume] {
        let all = try entries(root)
        let locations = Dictionary(all.map { ($0.uniqueID, $0.location) }, uniquingKeysWith: { a, _ in a })
        return all.filter { !$0.hidden }.map { volume($0, parent: $0.parentID.flatMap { locations[$0] }) }
    }

    public func volume(root: String, location: String) throws -> SRVolume {
        let path = Self.path(root, location)
        // Only names a scan could list: a location from VDI.introduce must not reach outside the SR.
        guard !location.isEmpty, !location.contains("/"), let entry = try Self.entry(at: path, location: location, resolvingParent: true) else {
            throw StorageError(.notFound, path: path, detail: "no such volume")
        }
        return volume(entry, parent: entry.parentLocation)
    }

    private func volume(_ e: Entry, parent: String?) -> SRVolume {
        SRVolume(location: e.location, path: e.path, format: .vhd, virtualSize: e.virtualSize,
                 physicalUtilisation: e.fileSize, parentLocation: parent, readOnly: false)
    }

    public func createVolume(root: String, location: String, virtualSize: UInt64) throws -> SRVolume {
        try SRLocks.withLock(root) {
            let path = Self.path(root, location)
            let disk = try VHD.create(at: path, virtualSize: virtualSize)
            try disk.close()
        }
        return try volume(root: root, location: location)
    }

    public func snapshotVolume(root: String, location: String, newLocation: String) throws -> SRVolume {
        try SRLocks.withLock(root) {
            let source = Self.path(root, location)
            let base = Self.path(root, UUID().uuidString.lowercased())
            let copy = Self.path(root, newLocation)
            guard FilePaths.isImageCandidate(source) else {
                throw StorageError(.notFound, path: source, detail: "no such volume")
            }
            try SRDirectory.rename(source, base)
            do {
                let hidden = try VHDFile.open(at: base, writable: true)
                try hidden.setHidden(true)
                try hidden.close()
                try VHD.createDifferencing(at: source, parent: base).close()
                try VHD.createDifferencing(at: copy, parent: base).close()
            } catch {
                // Put the source back as it was; the first error is the one reported.
                try? FilePaths.remove(copy)
                try? FilePaths.remove(source)
                try? SRDirectory.rename(base, source)
                if let file = try? VHDFile.open(at: source, writable: true) {
                    try? file.setHidden(false)
                    try? file.close()
                }
                throw error
            }
        }
        return try volume(root: root, location: newLocation)
    }

    public func deleteVolume(root: String, location: String, busy: Set<String>, progress: VHD.Progress?) throws {
        try SRLocks.withLock(root) {
            let path = Self.path(root, location)
            guard FilePaths.isImageCandidate(path) else {
                throw StorageError(.notFound, path: path, detail: "no such volume")
            }
            try FilePaths.remove(path)
            try collectLocked(root: root, busy: busy, progress: progress)
        }
    }

    public func resizeVolume(root: String, location: String, size: UInt64) throws -> SRVolume {
        try SRLocks.withLock(root) {
            let disk = try VHD.open(at: Self.path(root, location), writable: true)
            do {
                try disk.resize(to: size)
                try disk.close()
            } catch {
                try? disk.close()
                throw error
            }
        }
        return try volume(root: root, location: location)
    }

    public func open(root: String, location: String, writable: Bool) throws -> DiskImage {
        try VHD.open(at: Self.path(root, location), writable: writable)
    }

    /// Every VHD file of the SR; files that are not readable VHDs are skipped.
    func entries(_ root: String) throws -> [Entry] {
        try SRDirectory.list(root).compactMap { name -> Entry? in
            guard name.hasSuffix(".vhd") else { return nil }
            return try? Self.entry(at: root + "/" + name, location: String(name.dropLast(4)))
        }
    }

    static func entry(at path: String, location: String, resolvingParent: Bool = false) throws -> Entry? {
        guard FilePaths.isImageCandidate(path) else { return nil }
        let file = try VHDFile.open(at: path)
        defer { try? file.close() }
        let parent = file.diskType == .differencing ? file.header?.parentUniqueID : nil
        let parentName = parent == nil || !resolvingParent
            ? nil : (try? file.parentCandidates())?.first.map(FilePaths.baseName)
        return Entry(location: location, path: path, uniqueID: file.uniqueID, parentID: parent,
                     hidden: file.footer.hidden, virtualSize: file.virtualSize, fileSize: try file.physicalSize(),
                     parentLocation: parentName.map { $0.hasSuffix(".vhd") ? String($0.dropLast(4)) : $0 })
    }
}
