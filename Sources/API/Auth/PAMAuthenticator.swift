// Local accounts through PAM, as xapi does (ocaml/auth/xa_auth.c): service "xapi", then
// pam_authenticate and pam_acct_mgmt. Every account PAM accepts is a local superuser, since we
// have no external authentication.
import CPAM
import Glibc
import Wire

public struct PAMAuthenticator: Authenticator {
    public let service: String

    public init(service: String = "xapi") { self.service = service }

    public func authenticate(user: String, password: String) throws -> AuthenticatedUser {
        let credentials = Credentials(password: password)
        let box = Unmanaged.passRetained(credentials)
        defer { box.release() }
        var conversation = pam_conv(conv: pamConversation, appdata_ptr: box.toOpaque())
        var handle: OpaquePointer?
        var rc = pam_start(service, user, &conversation, &handle)
        guard rc == PAM_SUCCESS, let handle else {
            throw XenAPIError.authenticationFailed(user, String(cString: pam_strerror(nil, rc)))
        }
        rc = pam_authenticate(handle, 0)
        if rc == PAM_SUCCESS { rc = pam_acct_mgmt(handle, 0) }
        let reason = String(cString: pam_strerror(handle, rc))
        pam_end(handle, rc)
        guard rc == PAM_SUCCESS else { throw XenAPIError.authenticationFailed(user, reason) }
        return AuthenticatedUser(name: user, isLocalSuperuser: true)
    }
}

extension PAMAuthenticator {
    /// pam_chauthtok as root: PAM asks for the new password (twice); the conversation answers
    /// every prompt with it (ocaml/auth/xa_auth.c, XA_mh_chpasswd).
    public func changePassword(user: String, to newPassword: String) throws {
        let credentials = Credentials(password: newPassword)
        let box = Unmanaged.passRetained(credentials)
        defer { box.release() }
        var conversation = pam_conv(conv: pamConversation, appdata_ptr: box.toOpaque())
        var handle: OpaquePointer?
        var rc = pam_start(service, user, &conversation, &handle)
        guard rc == PAM_SUCCESS, let handle else {
            throw XenAPIError.internalError("pam_start: " + String(cString: pam_strerror(nil, rc)))
        }
        rc = pam_chauthtok(handle, 0)
        let reason = String(cString: pam_strerror(handle, rc))
        pam_end(handle, rc)
        guard rc == PAM_SUCCESS else { throw XenAPIError.internalError("pam_chauthtok: " + reason) }
    }
}

private final class Credentials {
    let password: String
    init(password: String) { self.password = password }
}

/// Answers every echo-off prompt with the password; PAM frees the replies.
private let pamConversation: @convention(c) (
    Int32, UnsafeMutablePointer<UnsafePointer<pam_message>?>?,
    UnsafeMutablePointer<UnsafeMutablePointer<pam_response>?>?, UnsafeMutableRawPointer?
) -> Int32 = { count, messages, responses, appData in
    guard count > 0, let messages, let responses, let appData else { return PAM_CONV_ERR }
    let credentials = Unmanaged<Credentials>.fromOpaque(appData).takeUnretainedValue()
    guard let replies = calloc(Int(count), MemoryLayout<pam_response>.size)?
        .assumingMemoryBound(to: pam_response.self) else { return PAM_BUF_ERR }
    for i in 0..<Int(count) {
        guard let message = messages[i] else { continue }
        switch message.pointee.msg_style {
        case PAM_PROMPT_ECHO_OFF, PAM_PROMPT_ECHO_ON:
            replies[i].resp = strdup(credentials.password)
        default:
            replies[i].resp = nil
        }
        replies[i].resp_retcode = 0
    }
    responses.pointee = replies
    return PAM_SUCCESS
}
