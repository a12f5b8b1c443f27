// The event class (notes/xapi-semantics.md §4; ocaml/xapi/xapi_event.ml): event.from, the legacy
// register/unregister/next, get_current_id and inject, over the Events module. event.from and
// event.next block on the request's own worker thread.
import Database
import Events
import Wire

struct EventHandlers {
    let events: EventService

    func register(into table: inout [String: MessageHandler]) {
        let events = self.events
        table["event.from"] = { call in
            let batch = try events.from(classes: Self.strings(call.args[0]), token: call.string(1),
                                        timeout: Self.double(call.args[2]), session: try call.requireSession.ref)
            return batch.wire
        }
        table["event.register"] = { call in
            try events.register(session: try call.requireSession.ref, classes: Self.strings(call.args[0]))
            return .void
        }
        table["event.unregister"] = { call in
            try events.unregister(session: try call.requireSession.ref, classes: Self.strings(call.args[0]))
            return .void
        }
        table["event.next"] = { call in
            let session = try call.requireSession.ref
            return .array(try events.next(session: session, trackID: Self.trackID(of: session)).map(\.wire))
        }
        table["event.get_current_id"] = { _ in .int(events.currentID) }
        table["event.inject"] = { call in
            .string(try events.inject(class: call.string(0), ref: call.string(1)))
        }
    }

    /// xapi names sessions in errors and logs by a hash, not the secret ref
    /// (context.ml trackid_of_session: "trackid=" + the hex MD5 of the ref).
    static func trackID(of session: String) -> String {
        "trackid=" + MD5.digest(Array(session.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    private static func strings(_ value: Value) -> [String] {
        guard case .array(let items) = value else { return [] }
        return items.compactMap(\.stringValue)
    }

    private static func double(_ value: Value) -> Double {
        if case .double(let d) = value { return d }
        return 0
    }
}
