// xenstored's path rules (docs/misc/xenstore.txt, xenstored_core.c is_valid_nodename): absolute
// paths start with "/", have no empty component and no trailing "/", and use only
// alphanumerics and "-/_@"; relative paths resolve against the connection's /local/domain/<domid>.
import Glibc

enum XenStorePath {
    /// XENSTORE_ABS_PATH_MAX.
    static let maxLength = 3072

    /// The absolute path for `path` as given by a connection of domain `domid`.
    static func resolve(_ path: String, domid: UInt32, call: String) throws -> String {
        let absolute = path.hasPrefix("/") ? path : "/local/domain/\(domid)/" + path
        guard isValid(absolute) else { throw XenError(call: call, errno: EINVAL, detail: path) }
        return absolute
    }

    static func isValid(_ path: String) -> Bool {
        guard path.hasPrefix("/"), path.utf8.count <= maxLength else { return false }
        if path == "/" { return true }
        if path.hasSuffix("/") || path.contains("//") { return false }
        return path.utf8.allSatisfy { c in
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
                || c == UInt8(ascii: "-") || c == UInt8(ascii: "/") || c == UInt8(ascii: "_")
                || c == UInt8(ascii: "@")
        }
    }

    /// `@introduceDomain`, `@releaseDomain`: watchable, never stored.
    static func isSpecial(_ path: String) -> Bool { path.hasPrefix("@") }

    /// The parent of an absolute path other than "/".
    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func lastComponent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func child(_ parent: String, _ name: String) -> String {
        parent == "/" ? "/" + name : parent + "/" + name
    }

    /// True when `path` is `ancestor` or lies below it.
    static func isWithin(_ path: String, _ ancestor: String) -> Bool {
        ancestor == "/" || path == ancestor || path.hasPrefix(ancestor + "/")
    }
}
