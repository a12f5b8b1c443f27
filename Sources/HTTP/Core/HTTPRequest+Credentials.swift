// Where xapi's HTTP handlers look for credentials (xapi_http.ml, notes §2.4): cookies (before
// the query) and `Authorization: Basic`.

import Foundation

extension HTTPRequest {
    /// The value of cookie `name` from the `Cookie` headers (RFC 6265 §5.4), or nil.
    public func cookie(_ name: String) -> String? {
        for header in headers.values(for: "cookie") {
            for pair in header.split(separator: ";") {
                let trimmed = pair.trimmingHTTPWhitespace()
                guard let eq = trimmed.firstIndex(of: "=") else { continue }
                if trimmed[..<eq] == name {
                    var value = trimmed[trimmed.index(after: eq)...]
                    if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                        value = value.dropFirst().dropLast()
                    }
                    return String(value)
                }
            }
        }
        return nil
    }

    /// A cookie, else the query item, of that name: how xapi finds `session_id` and `task_id`.
    public func cookieOrQueryValue(_ name: String) -> String? {
        cookie(name) ?? queryValue(name)
    }

    /// The user name and password of `Authorization: Basic` (RFC 7617), or nil.
    public var basicCredentials: (username: String, password: String)? {
        guard let value = headers["authorization"] else { return nil }
        let parts = value.trimmingHTTPWhitespace().split(separator: " ", maxSplits: 1)
        guard parts.count == 2, HTTPHeaders.equalsIgnoringCase(parts[0], "basic"),
            let data = Data(base64Encoded: String(parts[1].trimmingHTTPWhitespace()))
        else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let colon = text.firstIndex(of: ":") else { return nil }
        return (String(text[..<colon]), String(text[text.index(after: colon)...]))
    }
}
