// Garbage collection of a VHD SR (sm cleanup.py, in miniature): a hidden base no file depends
// on is deleted; a hidden base with one child absorbs it (the child's sectors are written into
// the base, as `vhd-util coalesce` does), so chains do not grow with every snapshot deleted. A
// visible child (a VDI) that is attached is left for later: its image is in use.
import Foundation

extension FileSRDriver {
    public func collectGarbage(root: String, busy: Set<String>, progress: VHD.Progress?) throws {
        try SRLocks.withLock(root) { try collectLocked(root: root, busy: busy, progress: progress) }
    }

    /// Runs until nothing more can be collected. Call with the SR's lock held.
    func collectLocked(root: String, busy: Set<String>, progress: VHD.Progress?) throws {
        while try collectOne(root: root, busy: busy, progress: progress) {}
    }

    /// Collects one base; false when there is nothing to do.
    private func collectOne(root: String, busy: Set<String>, progress: VHD.Progress?) throws -> Bool {
        let all = try entries(root)
        var children: [UUID: [Entry]] = [:]
        for e in all {
            if let parent = e.parentID { children[parent, default: []].append(e) }
        }
        for base in all where base.hidden {
            let kids = children[base.uniqueID] ?? []
            if kids.isEmpty {
                try FilePaths.remove(base.path)
                return true
            }
            guard kids.count == 1, let kid = kids.first else { continue }
            if !kid.hidden && busy.contains(kid.location) { continue }
            try VHD.coalesce(childAt: kid.path, progress: progress)
            if kid.hidden {
                // An inner node: its children now read through the base.
                for grandchild in children[kid.uniqueID] ?? [] {
                    let file = try VHDFile.open(at: grandchild.path, writable: true)
                    try file.setParent(base.path)
                    try file.close()
                }
                try FilePaths.remove(kid.path)
            } else {
                // A leaf: the base, now holding its data, takes its place and name.
                try SRDirectory.rename(base.path, kid.path)
                let file = try VHDFile.open(at: kid.path, writable: true)
                try file.setHidden(false)
                try file.close()
            }
            return true
        }
        return false
    }
}
