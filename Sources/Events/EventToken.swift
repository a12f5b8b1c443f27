// The event.from token: "<db generation>,<message generation>", each zero-padded to 20 digits so
// tokens compare as strings (xapi: xapi_event.ml, Token). "" is the start of time.
import Wire

/// Where an event.from caller has got to.
public struct EventToken: Sendable, Hashable, CustomStringConvertible {
    /// Changes with a generation above this are news to the caller.
    public var generation: Int64
    /// The same for messages, which live outside the database (the token's second half).
    public var messageGeneration: Int64

    public init(generation: Int64, messageGeneration: Int64 = 0) {
        self.generation = generation
        self.messageGeneration = messageGeneration
    }

    public static let start = EventToken(generation: 0)

    /// Parses `"%020d,%020d"` (any decimal widths are accepted, as OCaml's Int64.of_string does) or
    /// `""`; anything else is EVENT_FROM_TOKEN_PARSE_FAILURE [token].
    public init(parsing text: String) throws {
        if text.isEmpty {
            self = .start
            return
        }
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2, let g = Int64(parts[0]), let m = Int64(parts[1]) else {
            throw XenAPIError.eventFromTokenParseFailure(text)
        }
        self.init(generation: g, messageGeneration: m)
    }

    public var description: String { Self.pad(generation) + "," + Self.pad(messageGeneration) }

    /// `%020Ld`: at least 20 characters, zero-filled after the sign.
    private static func pad(_ n: Int64) -> String {
        let digits = String(n.magnitude)
        let sign = n < 0 ? "-" : ""
        let width = 20 - sign.count
        return sign + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
