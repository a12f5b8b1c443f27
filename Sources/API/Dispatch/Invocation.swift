// One call on its way to a handler: the message, its arguments already type-checked and with
// defaults filled in, the caller's session and where the call came from.
import Datamodel
import Wire

public struct Invocation: Sendable {
    public let spec: MessageSpec
    /// One canonical value per `spec.params`, in order.
    public let args: [Value]
    /// nil for messages that take no session (`session.login_with_password`).
    public let session: SessionInfo?
    public let context: CallerContext
    /// The task the call runs in, for async-capable messages (sync or `Async.`).
    public let task: TaskHandle?

    public func string(_ i: Int) -> String { args[i].stringValue ?? "" }

    public func bool(_ i: Int) -> Bool {
        if case .bool(let b) = args[i] { return b }
        return false
    }

    public func int(_ i: Int) -> Int64 {
        if case .int(let v) = args[i] { return v }
        return 0
    }

    public func ref<R>(_ i: Int, _ type: R.Type = R.self) -> Ref<R> { Ref(string(i)) }

    /// The caller's session, for messages that take one (the dispatcher has checked it).
    public var requireSession: SessionInfo {
        get throws {
            guard let session else { throw XenAPIError.internalError("message \(spec.wireName) has no session") }
            return session
        }
    }
}

/// A hand-written message implementation. It may block: it runs on the request's own thread.
public typealias MessageHandler = @Sendable (Invocation) throws -> Value
