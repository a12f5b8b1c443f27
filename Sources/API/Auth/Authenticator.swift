// How `session.login_with_password` checks a user name and password. xapi uses PAM for local
// users; a password file serves development and tests. Over the Unix socket nothing is checked.

/// The outcome of a successful authentication.
public struct AuthenticatedUser: Sendable, Equatable {
    public var name: String
    /// Local superusers bypass RBAC (xapi: every PAM-accepted local account when there is no
    /// external auth). Others carry the roles they were granted.
    public var isLocalSuperuser: Bool
    /// Role names (`pool-admin`, `read-only`, ...) for non-superusers.
    public var roles: [String]

    public init(name: String, isLocalSuperuser: Bool, roles: [String] = []) {
        self.name = name
        self.isLocalSuperuser = isLocalSuperuser
        self.roles = roles
    }
}

/// Checks credentials. Implementations may block (PAM); they run on the request's own thread.
public protocol Authenticator: Sendable {
    /// Throws `SESSION_AUTHENTICATION_FAILED [user; reason]` on failure.
    func authenticate(user: String, password: String) throws -> AuthenticatedUser
    /// Sets a new password for `user` (the caller has checked the old one).
    func changePassword(user: String, to newPassword: String) throws
}
