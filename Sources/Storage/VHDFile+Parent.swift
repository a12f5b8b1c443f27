// Finding a differencing disk's parent through its locators, and pointing a disk at a new
// parent, as blktap does (libvhd.c: vhd_parent_locator_get, vhd_find_parent, vhd_change_parent).
import Foundation

extension VHDFile {
    /// Locator data larger than this is not a path (PATH_MAX in UTF-16 is 8 KiB).
    static let maxLocatorBytes: UInt32 = 64 * 1024

    /// The paths the locators name, in slot order, undecodable ones skipped.
    public func parentLocations() throws -> [String] {
        guard let header, footer.diskType == .differencing else { return [] }
        var locations: [String] = []
        for locator in header.parentLocators where locator.isPath {
            guard locator.dataLength > 0, locator.dataLength <= Self.maxLocatorBytes else { continue }
            let bytes = try file.read(count: Int(locator.dataLength), at: locator.dataOffset)
            if let location = VHDParentLocator.decode(bytes, as: locator.platformCode) {
                locations.append(location)
            }
        }
        return locations
    }

    /// Existing files the locators name, canonical, without duplicates: absolute paths as they
    /// are, relative ones against this file's directory (vhd_find_parent).
    func parentCandidates() throws -> [String] {
        let directory = FilePaths.directory(of: path)
        var candidates: [String] = []
        for location in try parentLocations() {
            let resolved = location.hasPrefix("/") ? location : directory + "/" + location
            guard FilePaths.isImageCandidate(resolved) else { continue }
            let canonical = try FilePaths.canonical(resolved)
            if !candidates.contains(canonical) { candidates.append(canonical) }
        }
        return candidates
    }

    /// Points this differencing disk at `parentPath`: parent UUID, time stamp, name and the data
    /// of every MacX/W2ku/W2ru locator. New locator data must fit the space the old had.
    public func setParent(_ parentPath: String) throws {
        try requireWritable()
        guard var header, footer.diskType == .differencing else {
            throw StorageError(.invalidArgument, path: path, detail: "not a differencing disk")
        }
        let parent = try VHDFile.open(at: parentPath)
        let directory = FilePaths.directory(of: path)
        let payloads = Dictionary(
            Self.locatorPayloads(parentPath: parent.path, childDirectory: directory),
            uniquingKeysWith: { first, _ in first })
        var writes: [(UInt64, [UInt8])] = []
        for (i, locator) in header.parentLocators.enumerated() where locator.isPath {
            guard let bytes = payloads[locator.platformCode], let space = locator.reservedBytes
            else { continue }
            guard UInt64(bytes.count) <= space else {
                throw StorageError(.invalidArgument, path: path, detail: "parent path "
                    + "\(parent.path) needs \(bytes.count) bytes in the \(locator.platformCode) "
                    + "locator, which has \(space)")
            }
            header.parentLocators[i].dataLength = UInt32(bytes.count)
            writes.append((locator.dataOffset,
                           bytes + [UInt8](repeating: 0, count: Int(space) - bytes.count)))
        }
        header.parentUniqueID = parent.uniqueID
        header.parentTimestamp = VHDTimestamp.from(unix: try parent.file.modificationTime())
        header.parentUnicodeName = FilePaths.baseName(of: parent.path)
        for (offset, bytes) in writes { try file.write(bytes, at: offset) }
        self.header = header
        try writeHeader()
    }
}
