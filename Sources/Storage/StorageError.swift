// The one error type of the Storage module: what went wrong (a code), on which file, through which
// call and errno, and what was malformed. The API maps it to XenAPI codes (API/ErrorMapping.swift).
import Glibc

public struct StorageError: Error, Hashable, CustomStringConvertible {
    /// What kind of failure this is; an open set, like swift-system's `Errno`.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A system call failed for a reason not named below; `errno` says which.
        public static let io = Code(rawValue: "io")
        /// The file (or a directory on its path) does not exist (`ENOENT`).
        public static let notFound = Code(rawValue: "not-found")
        /// Creating a file that already exists (`EEXIST`).
        public static let alreadyExists = Code(rawValue: "already-exists")
        /// The file system is full (`ENOSPC`, `EDQUOT`): the API's `SR_FULL`.
        public static let noSpace = Code(rawValue: "no-space")
        /// The file is not a well-formed image: a bad cookie, checksum, offset or size.
        public static let malformed = Code(rawValue: "malformed")
        /// No parent locator of a differencing disk names a file that exists.
        public static let parentNotFound = Code(rawValue: "parent-not-found")
        /// The file a locator names is not the parent: its UUID differs from the recorded one.
        public static let parentMismatch = Code(rawValue: "parent-mismatch")
        /// A read or write past the end of the virtual disk.
        public static let outOfRange = Code(rawValue: "out-of-range")
        /// A write to an image opened read-only.
        public static let readOnly = Code(rawValue: "read-only")
        /// A bad argument: a size beyond the format's limits, shrinking, a block size that is
        /// not a power of two.
        public static let invalidArgument = Code(rawValue: "invalid-argument")
        /// Valid for the format but not implemented here (e.g. a Mac alias locator only).
        public static let unsupported = Code(rawValue: "unsupported")
        /// A progress callback asked a long operation to stop.
        public static let cancelled = Code(rawValue: "cancelled")

        public var description: String { rawValue }

        /// Lets `catch StorageError.Code.noSpace` match, as GRDB's `ResultCode` does.
        public static func ~= (code: Code, error: any Error) -> Bool {
            (error as? StorageError)?.code == code
        }
    }

    public let code: Code
    /// The file the operation was applied to, if any.
    public let path: String?
    /// The C function that failed (`pread`, `open`), for system-call failures.
    public let call: String?
    /// The errno of a failed system call, 0 otherwise.
    public let errno: Int32
    /// What was wrong, in words ("footer checksum 0x1234 does not match 0x5678").
    public let detail: String

    public init(
        _ code: Code, path: String? = nil, call: String? = nil, errno: Int32 = 0,
        detail: String = ""
    ) {
        self.code = code
        self.path = path
        self.call = call
        self.errno = errno
        self.detail = detail
    }

    /// A failed system call, classified by its errno.
    static func system(_ call: String, errno: Int32, path: String?, detail: String = "")
        -> StorageError
    {
        let code: Code
        switch errno {
        case ENOENT: code = .notFound
        case EEXIST: code = .alreadyExists
        case ENOSPC, EDQUOT: code = .noSpace
        default: code = .io
        }
        return StorageError(code, path: path, call: call, errno: errno, detail: detail)
    }

    static func malformed(_ path: String, _ detail: String) -> StorageError {
        StorageError(.malformed, path: path.isEmpty ? nil : path, detail: detail)
    }

    public var description: String {
        var parts = ["\(code)"]
        if let path { parts.append(path) }
        if let call { parts.append("\(call)(): \(String(cString: strerror(errno))) (errno \(errno))") }
        if !detail.isEmpty { parts.append(detail) }
        return parts.joined(separator: ": ")
    }
}
