// Splitting a request-target into path and query. Percent-decoding does not turn `+` into a
// space: xapi reads queries with ocaml-uri (`Uri.query`), which does not either.

extension HTTPRequest {
    /// The path and query of an origin-form (`/a?b=c`), absolute-form (`http://h/a?b=c`),
    /// authority-form (`host:443`) or asterisk-form (`*`) target.
    static func splitTarget(_ target: String) -> (path: String, query: [HTTPQueryItem]) {
        // The usual RPC target (`/`, `/jsonrpc`) needs no work.
        if target.utf8.first == UInt8(ascii: "/"),
            !target.utf8.contains(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "%") })
        {
            return (target, [])
        }
        var rest = Substring(target)
        if let fragment = rest.firstIndex(of: "#") { rest = rest[..<fragment] }
        if !rest.hasPrefix("/"), let scheme = rest.range(of: "://") {
            let afterAuthority = rest[scheme.upperBound...]
            if let slash = afterAuthority.firstIndex(where: { $0 == "/" || $0 == "?" }) {
                rest = afterAuthority[slash...]
            } else {
                rest = "/"
            }
        }
        let pathPart: Substring
        let queryPart: Substring?
        if let mark = rest.firstIndex(of: "?") {
            pathPart = rest[..<mark]
            queryPart = rest[rest.index(after: mark)...]
        } else {
            pathPart = rest
            queryPart = nil
        }
        var path = percentDecode(pathPart)
        if path.isEmpty { path = "/" }
        return (path, queryPart.map(parseQuery) ?? [])
    }

    /// The items of `a=1&b=2&c`; empty segments are skipped.
    static func parseQuery(_ query: Substring) -> [HTTPQueryItem] {
        var items: [HTTPQueryItem] = []
        for segment in query.split(separator: "&", omittingEmptySubsequences: true) {
            if let eq = segment.firstIndex(of: "=") {
                items.append(HTTPQueryItem(
                    name: percentDecode(segment[..<eq]),
                    value: percentDecode(segment[segment.index(after: eq)...])))
            } else {
                items.append(HTTPQueryItem(name: percentDecode(segment), value: ""))
            }
        }
        return items
    }

    /// `%XX` escapes decoded as UTF-8; a malformed escape is kept literally.
    static func percentDecode<S: StringProtocol>(_ s: S) -> String {
        guard s.utf8.contains(UInt8(ascii: "%")) else { return String(s) }
        let utf8 = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            let c = utf8[i]
            if c == UInt8(ascii: "%"), i + 2 < utf8.count,
                let hi = hexValue(utf8[i + 1]), let lo = hexValue(utf8[i + 2])
            {
                out.append(hi << 4 | lo)
                i += 3
            } else {
                out.append(c)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
