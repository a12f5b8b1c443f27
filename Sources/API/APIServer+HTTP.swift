// HTTP actions (xapi_http.ml with_context, notes §2.4): who may run a transfer and the task that
// tracks it. Credentials are a session id (cookie or query), Basic auth (a session logged in for
// the request and out after it) or the Unix socket (root); the permission is the action's
// `http/<name>`, held by the roles xapi's datamodel gives the action. The transfer itself is the
// daemon's; its outcome completes the task.
import Datamodel
import Wire

/// An authorised HTTP action in progress.
public struct HTTPAction: Sendable {
    /// The task tracking it: the client's `task_id` or one made for the request.
    public let task: TaskHandle
    let session: String
    /// A session logged in for this request only (Basic auth, Unix socket).
    let temporarySession: Bool
}

/// Why an HTTP action was refused: 401 (no valid credentials) or 403 (RBAC).
public enum HTTPActionDenial: Error, Sendable {
    case unauthorised(XenAPIError)
    case forbidden(XenAPIError)
}

extension APIServer {
    /// The HTTP actions served here and the roles holding their permission (datamodel.ml http_actions).
    static let httpActionRoles: [String: [Role]] = [
        "http/put_import_raw_vdi": [.poolAdmin, .poolOperator, .vmPowerAdmin, .vmAdmin],
        "http/get_export_raw_vdi": [.poolAdmin, .poolOperator, .vmPowerAdmin, .vmAdmin],
    ]

    /// Checks credentials and the permission of `action` (e.g. `http/put_import_raw_vdi`); on
    /// refusal a given task is failed with the reason, as xapi does.
    public func beginHTTPAction(_ action: String, sessionID: String?, basic: (username: String, password: String)?,
                                taskID: String?, context: CallerContext) throws(HTTPActionDenial) -> HTTPAction {
        let givenTask = taskID.flatMap { id in store.read { $0.get(Ref<TaskRecord>(id)) } != nil ? id : nil }
        func deny(_ error: XenAPIError, _ wrap: (XenAPIError) -> HTTPActionDenial) -> HTTPActionDenial {
            if let givenTask { tasks.complete(givenTask, .failure(error)) }
            return wrap(error)
        }
        var session: SessionInfo
        var temporary = false
        do {
            if let sessionID {
                session = try sessions.check(sessionID)
            } else if basic != nil || context.isLocalRoot {
                let originator = (context.peer.isEmpty ? "client" : context.peer) + " using Basic auth"
                let ref = try sessions.login(user: basic?.username ?? "root", password: basic?.password ?? "",
                                             originator: originator, context: context)
                session = try sessions.check(ref)
                temporary = true
            } else {
                throw XenAPIError.authenticationFailed("", "no credentials")
            }
        } catch {
            throw deny(XenAPIError("SESSION_AUTHENTICATION_FAILED", []), HTTPActionDenial.unauthorised)
        }
        if !isAllowed(session, action) {
            if temporary { try? sessions.logout(session.ref) }
            let roles = (Self.httpActionRoles[action] ?? []).map(\.rawValue).joined(separator: ", ")
            throw deny(.rbacPermissionDenied(action, "No permission in user session. (Roles with this permission: \(roles))"),
                       HTTPActionDenial.forbidden)
        }
        let task: String
        if let givenTask {
            task = givenTask
        } else {
            do {
                task = try tasks.create(name: String(action.dropFirst("http/".count)), session: session,
                                        context: context, cancellable: true)
            } catch {
                if temporary { try? sessions.logout(session.ref) }
                throw .forbidden(ErrorMapping.xenAPIError(for: error))
            }
        }
        return HTTPAction(task: TaskHandle(ref: task, manager: tasks), session: session.ref, temporarySession: temporary)
    }

    /// Completes the action's task with its outcome and ends a temporary session.
    public func finishHTTPAction(_ action: HTTPAction, _ outcome: Result<Value, XenAPIError>) {
        tasks.complete(action.task.ref, outcome)
        if action.temporarySession { try? sessions.logout(action.session) }
    }

    /// Local superusers bypass RBAC; others need every permission of one of the action's roles
    /// (sessions carry their roles' permissions, not the roles).
    private func isAllowed(_ session: SessionInfo, _ action: String) -> Bool {
        if session.isLocalSuperuser { return true }
        return (Self.httpActionRoles[action] ?? []).contains { role in
            roleCatalog.permissionsOfRole[role.rawValue]?.isSubset(of: session.permissions) ?? false
        }
    }
}
