// The failure of a read or write on a streamed body or a taken-over connection.

/// An error reading a streamed body or a taken-over connection.
public struct HTTPStreamError: Error, Sendable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
