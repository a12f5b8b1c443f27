// A stream socket file descriptor. Knows nothing of HTTP; every libc call lives in
// Socket+Glibc.swift.

/// A socket file descriptor. Closing is explicit; a copy is the same descriptor.
struct Socket: Sendable, Hashable {
    let fd: Int32
}
