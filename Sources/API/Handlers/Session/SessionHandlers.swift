// The session class's hand-written messages (ocaml/xapi/xapi_session.ml). Field getters such as
// get_this_host and get_rbac_permissions are implicit.
import Database
import Datamodel
import Wire

struct SessionHandlers {
    let sessions: SessionManager
    let store: ObjectStore

    func register(into table: inout [String: MessageHandler]) {
        let sessions = self.sessions
        table["session.login_with_password"] = { call in
            .string(try sessions.login(user: call.string(0), password: call.string(1),
                                       originator: call.string(3), context: call.context))
        }
        // Emergency-mode logins: on a single host they are ordinary password logins.
        table["session.slave_local_login_with_password"] = { call in
            .string(try sessions.login(user: call.string(0), password: call.string(1),
                                       originator: "", context: call.context))
        }
        table["session.logout"] = { call in
            try sessions.logout(try call.requireSession.ref)
            return .void
        }
        table["session.local_logout"] = { call in
            try sessions.logout(try call.requireSession.ref)
            return .void
        }
        table["session.logout_subject_identifier"] = { call in
            try sessions.logout(subjectIdentifier: call.string(0))
            return .void
        }
        table["session.change_password"] = { call in
            try sessions.changePassword(session: try call.requireSession, old: call.string(0), new: call.string(1))
            return .void
        }
        table["session.get_all_subject_identifiers"] = { [store] _ in
            let ids = store.read { snap in
                Set(snap.all(SessionRecord.self).map(\.1.authUserSid).filter { !$0.isEmpty })
            }
            return .array(ids.sorted().map { .string($0) })
        }
    }
}
