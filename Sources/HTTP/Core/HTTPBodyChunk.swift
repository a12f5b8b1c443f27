// A piece of a streamed request body, as `HTTPRequestDecoder.nextBodyChunk` yields it.

/// Bytes of a streamed body, or its end.
public enum HTTPBodyChunk: Sendable, Equatable {
    case bytes([UInt8])
    case end
}
