// The one error shape that reaches the wire: a code and its string parameters.
// Everything below the API is mapped to this in one place before it is encoded.

/// A XenAPI failure: `ErrorDescription = [code, params...]`.
public struct XenAPIError: Error, Sendable, Hashable, CustomStringConvertible {
    public var code: String
    public var params: [String]

    public init(_ code: String, _ params: [String] = []) {
        self.code = code
        self.params = params
    }

    public var description: String { ([code] + params).joined(separator: " ") }
}

// Constructors fix the order of params as xapi sends them (ocaml/xapi-consts/api_errors.ml).
extension XenAPIError {
    public static func handleInvalid(class cls: String, ref: String) -> XenAPIError {
        XenAPIError("HANDLE_INVALID", [cls, ref])
    }
    public static func uuidInvalid(class cls: String, uuid: String) -> XenAPIError {
        XenAPIError("UUID_INVALID", [cls, uuid])
    }
    public static func sessionInvalid(_ ref: String) -> XenAPIError {
        XenAPIError("SESSION_INVALID", [ref])
    }
    public static func methodUnknown(_ name: String) -> XenAPIError {
        XenAPIError("MESSAGE_METHOD_UNKNOWN", [name])
    }
    public static func parameterCountMismatch(_ name: String, expected: Int, received: Int) -> XenAPIError {
        XenAPIError("MESSAGE_PARAMETER_COUNT_MISMATCH", [name, String(expected), String(received)])
    }
    public static func notImplemented(_ name: String) -> XenAPIError {
        XenAPIError("NOT_IMPLEMENTED", [name])
    }
    public static func internalError(_ message: String) -> XenAPIError {
        XenAPIError("INTERNAL_ERROR", [message])
    }
    public static func invalidValue(_ what: String, _ why: String) -> XenAPIError {
        XenAPIError("INVALID_VALUE", [what, why])
    }
    public static func mapDuplicateKey(class cls: String, field: String, ref: String, key: String) -> XenAPIError {
        XenAPIError("MAP_DUPLICATE_KEY", [cls, field, ref, key])
    }
    public static func rbacPermissionDenied(_ permission: String, _ message: String) -> XenAPIError {
        XenAPIError("RBAC_PERMISSION_DENIED", [permission, message])
    }
    public static func authenticationFailed(_ user: String, _ message: String) -> XenAPIError {
        XenAPIError("SESSION_AUTHENTICATION_FAILED", [user, message])
    }
}
