// Just enough XML-RPC to build a call and pull the first OpaqueRef out of a response.

enum XMLRPC {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(c)
            }
        }
        return out
    }

    enum Param {
        case string(String), int(Int), bool(Bool), double(Double)
    }

    static func call(_ method: String, _ params: [Param]) -> String {
        var s = "<?xml version='1.0'?>\n<methodCall>\n<methodName>\(escape(method))</methodName>\n<params>\n"
        for p in params {
            s += "<param>\n<value>"
            switch p {
            case .string(let v): s += "<string>\(escape(v))</string>"
            case .int(let v): s += "<int>\(v)</int>"
            case .bool(let v): s += "<boolean>\(v ? 1 : 0)</boolean>"
            case .double(let v): s += "<double>\(v)</double>"
            }
            s += "</value>\n</param>\n"
        }
        s += "</params>\n</methodCall>\n"
        return s
    }

    /// The first "OpaqueRef:…" in `body`, up to the next '<' (or quote/whitespace).
    static func firstOpaqueRef(_ body: String) -> String? {
        guard let r = body.firstRange(of: "OpaqueRef:") else { return nil }
        var end = r.upperBound
        while end < body.endIndex, !"<\"' \n\r\t".contains(body[end]) { end = body.index(after: end) }
        return String(body[r.lowerBound..<end])
    }

    static func isSuccess(_ body: String) -> Bool {
        body.contains("<value>Success</value>") || body.contains("<value><string>Success</string></value>")
    }

    /// ErrorDescription strings of a failure, for messages.
    static func errorSummary(_ body: String) -> String {
        var parts: [String] = []
        var rest = Substring(body)
        if let r = rest.firstRange(of: "ErrorDescription") { rest = rest[r.upperBound...] }
        while parts.count < 6, let a = rest.firstRange(of: "<value>") {
            rest = rest[a.upperBound...]
            if rest.hasPrefix("<string>") { rest = rest.dropFirst(8) }
            guard let b = rest.firstIndex(of: "<") else { break }
            let text = rest[..<b]
            if !text.isEmpty && !text.allSatisfy({ $0 == "\n" || $0 == " " }) { parts.append(String(text)) }
            rest = rest[b...]
        }
        return parts.isEmpty ? String(body.prefix(300)) : parts.joined(separator: " ")
    }
}
