// What lets SR.probe find a VHD SR again after SR.forget: a small file in the SR's directory
// recording its uuid (XenServer's SRs carry theirs in their storage: LVM volume group names, the
// directory name of an NFS SR). A directory named by a uuid (the layout of `ext` SRs under the
// data directory) is found by its name even without the file.
import Foundation

extension FileSRDriver {
    /// The file holding the SR's identity: `uuid=<uuid>` lines (hidden: scans see `.vhd` only).
    static let identityName = ".xapi-sr"

    public func recordedUUID(root: String) -> String? {
        guard let text = try? String(contentsOfFile: root + "/" + Self.identityName, encoding: .utf8) else {
            return nil
        }
        for line in text.split(separator: "\n") where line.hasPrefix("uuid=") {
            let uuid = String(line.dropFirst(5)).trimmingCharacters(in: .whitespaces)
            if UUID(uuidString: uuid) != nil { return uuid }
        }
        return nil
    }

    public func recordUUID(root: String, uuid: String) throws {
        let path = root + "/" + Self.identityName
        do {
            try Data("uuid=\(uuid)\n".utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw StorageError(.io, path: path, detail: "cannot record the SR's uuid: \(error.localizedDescription)")
        }
    }

    public func probe(root: String, nested: Bool) throws -> [SRProbeResult] {
        guard SRDirectory.isDirectory(root) else {
            // No SR has been made under the data directory yet; a named location must exist.
            if nested { return [] }
            throw StorageError(.notFound, path: root, detail: "no such directory")
        }
        let candidates = nested
            ? try SRDirectory.list(root).map { root + "/" + $0 }.filter(SRDirectory.isDirectory) : [root]
        return try candidates.compactMap { directory in
            let name = FilePaths.baseName(of: directory)
            guard let uuid = recordedUUID(root: directory) ?? (UUID(uuidString: name) != nil ? name.lowercased() : nil)
            else { return nil }
            return SRProbeResult(uuid: uuid, location: directory, physicalSize: try usage(root: directory).physicalSize)
        }
    }
}
