// The failure of a streamed response body whose client has gone.

/// Error thrown by `ChunkWriter.write` once the client has gone.
public struct ChunkWriterError: Error, Sendable, CustomStringConvertible {
    public var description: String { "the connection was closed while the response was being sent" }
}
