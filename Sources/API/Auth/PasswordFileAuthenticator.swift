// A password file for development and tests: one `user:password[:role]` per line, `#` comments.
// `root` (or a user without a role) is a local superuser; a user with a role gets only that role's
// permissions, which is how the tests exercise RBAC without an external directory.
import Foundation
import Glibc
import Wire

public struct PasswordFileAuthenticator: Authenticator {
    public let path: String

    public init(path: String) throws {
        self.path = path
        _ = try Self.load(path)   // fail at start-up, not at first login, if the file is unreadable
    }

    struct Entry {
        var password: String
        var role: String?
    }

    static func load(_ path: String) throws -> [String: Entry] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var entries: [String: Entry] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let parts = trimmed.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count >= 2 else { continue }
            let role = parts.count == 3 && !parts[2].isEmpty ? String(parts[2]) : nil
            entries[String(parts[0])] = Entry(password: String(parts[1]), role: role)
        }
        return entries
    }

    /// Rewrites the user's line, keeping every other line and comment as it was.
    public func changePassword(user: String, to newPassword: String) throws {
        guard !newPassword.contains(":"), !newPassword.contains("\n") else {
            throw XenAPIError.invalidValue("new_pwd", "a password in the password file cannot contain ':' or a newline")
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var found = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let parts = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count >= 2, parts[0] == Substring(user), !line.hasPrefix("#") else { return String(line) }
            found = true
            return ([String(parts[0]), newPassword] + parts.dropFirst(2).map(String.init)).joined(separator: ":")
        }
        guard found else { throw XenAPIError.authenticationFailed(user, "Authentication failure") }
        // Write a sibling and rename it over the file, so a crash never leaves it half-written.
        let temporary = path + ".new"
        try lines.joined(separator: "\n").write(toFile: temporary, atomically: false, encoding: .utf8)
        guard rename(temporary, path) == 0 else {
            throw XenAPIError.internalError("cannot replace \(path): errno \(errno)")
        }
    }

    public func authenticate(user: String, password: String) throws -> AuthenticatedUser {
        // Re-read each time so an edited file takes effect without a restart. A file that has
        // become unreadable is an operator error, not "no such user": say so in the log.
        let entries: [String: Entry]
        do {
            entries = try Self.load(path)
        } catch {
            Logger(label: "auth").error("cannot read the password file \(path): \(error)")
            throw XenAPIError.authenticationFailed(user, "The password file cannot be read")
        }
        guard let entry = entries[user], entry.password == password else {
            throw XenAPIError.authenticationFailed(user, "Authentication failure")
        }
        if user == "root" || entry.role == nil {
            return AuthenticatedUser(name: user, isLocalSuperuser: true)
        }
        return AuthenticatedUser(name: user, isLocalSuperuser: false, roles: [entry.role!])
    }
}
