// What /import_raw_vdi and /export_raw_vdi share (xapi import_raw_vdi.ml, export_raw_vdi.ml):
// credentials and RBAC through the API's HTTP actions, the `vdi`/`format` query arguments, and
// the responses that carry the task.
import API
import HTTP
import Wire

enum RawVDIRequest {
    /// Runs `body` as the authorised `action`, or answers 401/403 refusing it.
    static func run(_ api: APIServer, _ request: HTTPRequest, action: String, realm: String,
                    _ body: (HTTPAction) -> HTTPResponse) -> HTTPResponse {
        do {
            return body(try api.beginHTTPAction(
                action, sessionID: request.cookieOrQueryValue("session_id"), basic: request.basicCredentials,
                taskID: request.cookieOrQueryValue("task_id"), context: CallerContext(request)))
        } catch {
            switch error {
            case .unauthorised: return .unauthorised(realm: realm)
            case .forbidden: return .forbidden()
            }
        }
    }

    /// The `format` argument: raw (the default) or vhd; others are refused.
    static func format(_ request: HTTPRequest) throws -> String {
        let format = (request.cookieOrQueryValue("format") ?? "raw").lowercased()
        guard format == "raw" || format == "vhd" else {
            throw XenAPIError("FORMAT_NOT_SUPPORTED", [format, "supported formats: raw, vhd"])
        }
        return format
    }

    static func vdi(_ request: HTTPRequest) throws -> String {
        guard let vdi = request.cookieOrQueryValue("vdi"), !vdi.isEmpty else {
            throw XenAPIError("INVALID_VALUE", ["vdi", "missing"])
        }
        return vdi
    }

    /// The reply to a failed transfer: 404 for an unknown VDI, else 500, with the task's ref.
    static func failure(_ error: XenAPIError, task: String) -> HTTPResponse {
        var response: HTTPResponse = error.code == "HANDLE_INVALID" ? .notFound()
            : error.code == "FORMAT_NOT_SUPPORTED" || error.code == "INVALID_VALUE" ? .badRequest()
            : .internalError(additionalInformation: error.description)
        response.headers.add(name: "task-id", value: task)
        return response
    }
}
