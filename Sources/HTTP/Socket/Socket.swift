// A stream socket file descriptor. Knows nothing of HTTP; every libc call lives in
// Socket+Glibc.swift.

/// A socket file descriptor. Closing is explicit; a copy is the same descriptor.
struct Socket: Sendable, Hashable {
    let fd: Int32
}

/// The outcome of one non-blocking read or write.
enum IOResult: Sendable, Equatable {
    case transferred(Int)
    case wouldBlock
    case endOfFile
    case failed(errno: Int32)
}

/// The outcome of one non-blocking accept.
enum AcceptResult: Sendable {
    case accepted(Socket, PeerInfo)
    case wouldBlock
    /// A transient per-connection failure (ECONNABORTED, EINTR...): accept again.
    case retry
    /// Out of descriptors or memory: back off before accepting again.
    case exhausted(errno: Int32)
    case failed(errno: Int32)
}

/// A libc call that failed, with its errno.
struct SocketError: Error, Sendable {
    var call: String
    var errno: Int32
}
