// Why a listener could not be set up, in words the daemon prints before exiting non-zero.

/// A failure to listen on an address.
public struct HTTPServerError: Error, Sendable, CustomStringConvertible {
    /// The address, e.g. `tcp 0.0.0.0:80` or `unix /var/lib/xcp/xapi`.
    public var address: String
    /// The call that failed, e.g. `bind`.
    public var operation: String
    /// The errno it set (0 if none).
    public var errno: Int32

    public init(address: String, operation: String, errno: Int32) {
        self.address = address
        self.operation = operation
        self.errno = errno
    }

    public var description: String {
        let reason = errno == 0 ? "" : ": \(Socket.errorText(errno)) (errno \(errno))"
        return "cannot listen on \(address): \(operation)\(reason)"
    }
}
