// What one non-blocking accept on a listening socket did.

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
