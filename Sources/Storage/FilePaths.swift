// Operations on path names (canonical form, relative paths, existence) rather than open files;
// like ImageFile, a thin layer over the C calls it names.
import Glibc

/// Path operations on names rather than open files.
enum FilePaths {
    /// The absolute, symlink-free form of an existing path. Wraps `realpath`.
    static func canonical(_ path: String) throws -> String {
        guard let resolved = realpath(path, nil) else {
            throw StorageError.system("realpath", errno: errno, path: path)
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` names an existing regular file or block device. Wraps `stat`.
    static func isImageCandidate(_ path: String) -> Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return false }
        let type = st.st_mode & S_IFMT
        return type == S_IFREG || type == S_IFBLK
    }

    /// Modification time of `path` in seconds since the Unix epoch. Wraps `stat`.
    static func modificationTime(_ path: String) throws -> Int {
        var st = stat()
        guard stat(path, &st) == 0 else { throw StorageError.system("stat", errno: errno, path: path) }
        return Int(st.st_mtim.tv_sec)
    }

    /// Removes a file, ignoring its absence. Wraps `unlink`.
    static func remove(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw StorageError.system("unlink", errno: errno, path: path)
        }
    }

    /// The directory part of a path ("." for a bare name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last component of a path.
    static func baseName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `path` relative to the directory `from` (both absolute and canonical), as blktap's
    /// `relative_path_to` writes it: "./name" in the same directory, "../x/name" otherwise.
    static func relative(_ path: String, from directory: String) -> String {
        let target = path.split(separator: "/", omittingEmptySubsequences: true)
        let base = directory.split(separator: "/", omittingEmptySubsequences: true)
        var common = 0
        while common < base.count && common < target.count - 1 && base[common] == target[common] {
            common += 1
        }
        let ups = base.count - common
        let prefix = ups == 0 ? "./" : String(repeating: "../", count: ups)
        return prefix + target[common...].joined(separator: "/")
    }
}
