// Most setters and actions answer nothing: their handlers are written as the work alone.

/// A handler that runs `body` and answers void.
func void(_ body: @escaping @Sendable (Invocation) throws -> Void) -> MessageHandler {
    { call in try body(call); return .void }
}
