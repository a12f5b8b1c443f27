// The one error type below the API for hypervisor calls: which call failed and its errno, like
// swift-system's Errno. The API maps it to XenAPI codes (API/ErrorMapping.swift).
import Glibc

public struct XenError: Error, Hashable, CustomStringConvertible {
    /// The C function (`xc_physinfo`, `xs_read`) or simulated operation that failed.
    public let call: String
    public let errno: Int32
    /// What the call was applied to (a xenstore path, a domid), for the log.
    public let detail: String

    public init(call: String, errno: Int32, detail: String = "") {
        self.call = call
        self.errno = errno
        self.detail = detail
    }

    public var description: String {
        let reason = String(cString: strerror(errno))
        return detail.isEmpty ? "\(call): \(reason)" : "\(call) \(detail): \(reason)"
    }

    /// xenstored's answer for a missing node (`ENOENT`).
    public var isNoEntry: Bool { errno == ENOENT }
}
