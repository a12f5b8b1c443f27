// What one non-blocking read or write on a socket did.

/// The outcome of one non-blocking read or write.
enum IOResult: Sendable, Equatable {
    case transferred(Int)
    case wouldBlock
    case endOfFile
    case failed(errno: Int32)
}
