// A failed libc call, as thrown below the server (the server turns it into HTTPServerError).

/// A libc call that failed, with its errno.
struct SocketError: Error, Sendable {
    var call: String
    var errno: Int32
}
