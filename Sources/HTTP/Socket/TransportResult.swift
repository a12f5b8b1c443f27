// What one non-blocking transport operation did, and what it waits for.

/// The outcome of a transport operation.
enum TransportResult: Equatable {
    case transferred(Int)
    /// Retry when the socket is readable.
    case wantRead
    /// Retry when the socket is writable.
    case wantWrite
    case endOfFile
    case failed(String)
}
