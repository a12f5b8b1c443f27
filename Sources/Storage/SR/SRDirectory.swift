// Directory-level calls the drivers need (mkdir -p, listing, rename, statvfs), each failure a
// StorageError naming the call, like ImageFile and FilePaths do for files.
import Glibc

public enum SRDirectory {
    /// `mkdir -p`.
    public static func create(_ path: String) throws {
        var partial = ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            partial += "/" + component
            if mkdir(partial, 0o755) != 0 && errno != EEXIST {
                throw StorageError.system("mkdir", errno: errno, path: partial)
            }
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
    }

    /// The names in `path` (no "." or ".."), sorted.
    static func list(_ path: String) throws -> [String] {
        guard let dir = opendir(path) else { throw StorageError.system("opendir", errno: errno, path: path) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else {
            throw StorageError.system("rename", errno: errno, path: from, detail: "to \(to)")
        }
    }

    static func removeDirectory(_ path: String) throws {
        guard rmdir(path) == 0 || errno == ENOENT else {
            throw StorageError.system("rmdir", errno: errno, path: path)
        }
    }

    /// Size and bytes in use of the filesystem holding `path`. Wraps `statvfs`.
    public static func usage(_ path: String) throws -> SRUsage {
        var st = statvfs()
        guard statvfs(path, &st) == 0 else { throw StorageError.system("statvfs", errno: errno, path: path) }
        let unit = UInt64(st.f_frsize)
        // Free space as an unprivileged writer sees it (f_bavail), as df reports "used".
        let size = UInt64(st.f_blocks) * unit
        let available = UInt64(st.f_bavail) * unit
        return SRUsage(physicalSize: size, physicalUtilisation: size > available ? size - available : 0)
    }

    /// The size of the file at `path` (its length; a device's from lseek). Wraps `stat`.
    static func fileSize(_ path: String) throws -> UInt64 {
        var st = stat()
        guard stat(path, &st) == 0 else { throw StorageError.system("stat", errno: errno, path: path) }
        if st.st_mode & S_IFMT == S_IFBLK {
            let file = try ImageFile(path: path, mode: .readOnly)
            defer { try? file.close() }
            let end = lseek(file.fd, 0, SEEK_END)
            return end < 0 ? 0 : UInt64(end)
        }
        return UInt64(st.st_size)
    }
}
