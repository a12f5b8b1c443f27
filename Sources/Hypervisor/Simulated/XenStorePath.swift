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
        var utf8 = path.utf8
        return utf8.withContiguousStorageIfAvailable(isValid) ?? {
            var copy = path
            copy.makeContiguousUTF8()
            utf8 = copy.utf8
            return utf8.withContiguousStorageIfAvailable(isValid) ?? false
        }()
    }

    /// One pass: a leading "/", no empty component, no trailing "/", only `[A-Za-z0-9/_@-]`.
    private static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, first == UInt8(ascii: "/"), bytes.count <= maxLength else { return false }
        if bytes.count == 1 { return true }
        var previousSlash = false
        for c in bytes {
            let slash = c == UInt8(ascii: "/")
            if slash && previousSlash { return false }
            previousSlash = slash
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "_"),
                 UInt8(ascii: "@"):
                continue
            default:
                return false
            }
        }
        return !previousSlash
    }

    /// `@introduceDomain`, `@releaseDomain`: watchable, never stored.
    static func isSpecial(_ path: String) -> Bool { path.hasPrefix("@") }

    /// The parent of an absolute path other than "/".
    static func parent(_ path: String) -> String {
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")), slash != utf8.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func lastComponent(_ path: String) -> String {
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[utf8.index(after: slash)...])
    }

    static func child(_ parent: String, _ name: String) -> String {
        parent == "/" ? "/" + name : parent + "/" + name
    }

    /// True when `path` is `ancestor` or lies below it.
    static func isWithin(_ path: String, _ ancestor: String) -> Bool {
        ancestor == "/" || path == ancestor || path.hasPrefix(ancestor + "/")
    }
}
