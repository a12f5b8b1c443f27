// The XML-RPC grammar over XMLTokenizer, following ocaml-rpc's `Xmlrpc.Parser` (xmlrpc.ml) so
// what xapi accepts we accept: blank text (space, TAB, LF, CR) between elements is skipped,
// text directly inside `<value>` is a string kept byte for byte, nesting is capped.

/// Recursive-descent decoding of `<methodCall>` and `<methodResponse>` documents.
struct XMLRPCDecoder {
    /// Deepest `<value>` nesting accepted; deeper documents are refused, not recursed into.
    /// (libxml2 already stops at 256 nested elements without XML_PARSE_HUGE, about 85 levels
    /// of arrays; this guards the recursion should that limit ever be lifted.)
    static let maxDepth = 256

    private var tokens: XMLTokenizer

    private init(_ tokens: XMLTokenizer) { self.tokens = tokens }

    static func decodeCall(_ body: [UInt8]) throws(RPCParseError) -> RPCCall {
        try XMLTokenizer.with(body) { (tokens) throws(RPCParseError) -> RPCCall in
            var decoder = XMLRPCDecoder(tokens)
            defer { tokens = decoder.tokens }
            return try decoder.methodCall()
        }
    }

    static func decodeResponse(_ body: [UInt8]) throws(RPCParseError) -> Result<Value, XenAPIError> {
        try XMLTokenizer.with(body) { (tokens) throws(RPCParseError) -> Result<Value, XenAPIError> in
            var decoder = XMLRPCDecoder(tokens)
            defer { tokens = decoder.tokens }
            return try decoder.methodResponse()
        }
    }

    // MARK: Documents

    /// `<methodCall><methodName>…</methodName><params><param><value>…</value></param>…</params></methodCall>`;
    /// `<params>` is mandatory (xapi: `Parse_error("close_tag", "open_tag", _)` without it).
    private mutating func methodCall() throws(RPCParseError) -> RPCCall {
        try expectOpen(.methodCall)
        try expectOpen(.methodName)
        let method = try data()
        try closeTag(.methodName)
        try expectOpen(.params)
        var params: [Value] = []
        while try !atEnd() {
            try expectOpen(.param)
            params.append(try value(depth: 0))
            try closeTag(.param)
        }
        try closeTag(.params)
        try closeTag(.methodCall)
        try expectEOF()
        return RPCCall(method: method, params: params)
    }

    private mutating func methodResponse() throws(RPCParseError) -> Result<Value, XenAPIError> {
        try expectOpen(.methodResponse)
        let tag = try openTag()
        let result: Result<Value, XenAPIError>
        switch tag {
        case .params:
            try expectOpen(.param)
            let v = try value(depth: 0)
            try closeTag(.param)
            result = try Self.interpretEnvelope(v)
        case .fault:
            let v = try value(depth: 0)
            guard let code = v[member: "faultCode"], let text = v[member: "faultString"] else {
                throw .xml(got: XMLRPC.encodeValue(v), expected: "fault")
            }
            result = .failure(XenAPIError("fault", [Self.faultText(code), Self.faultText(text)]))
        default:
            throw .xml(got: "open_tag(\(tag.name))", expected: "open_tag(fault/params)")
        }
        try closeTag(tag)
        try closeTag(.methodResponse)
        try expectEOF()
        return result
    }

    /// xapi's `Status` envelope, or any other value as a bare success (`system.listMethods`).
    private static func interpretEnvelope(_ v: Value) throws(RPCParseError) -> Result<Value, XenAPIError> {
        switch v[member: "Status"] {
        case .string("Success")?:
            if let value = v[member: "Value"] { return .success(value) }
        case .string("Failure")?:
            guard let description = v[member: "ErrorDescription"] else { break }
            guard case .array(let parts) = description, case .string(let code)? = parts.first else {
                throw .xml(got: XMLRPC.encodeValue(description), expected: "ErrorDescription")
            }
            var params: [String] = []
            for part in parts.dropFirst() {
                guard case .string(let s) = part else {
                    throw .xml(got: XMLRPC.encodeValue(description), expected: "ErrorDescription")
                }
                params.append(s)
            }
            return .failure(XenAPIError(code, params))
        default:
            break
        }
        return .success(v)
    }

    private static func faultText(_ v: Value) -> String {
        switch v {
        case .string(let s): s
        case .int(let i): String(i)
        case .int32(let i): String(i)
        default: v.rpcDescription
        }
    }

    // MARK: Values

    /// `<value>`: empty → `""`, text → that string (blank text before an element is skipped),
    /// otherwise one typed element.
    private mutating func value(depth: Int) throws(RPCParseError) -> Value {
        guard depth < Self.maxDepth else { throw .failure("XML-RPC value nesting deeper than \(Self.maxDepth)") }
        try expectOpen(.value)
        let result: Value
        switch try tokens.peek() {
        case .end:
            result = .string("")
        case .text(let text):
            _ = try tokens.next()
            if Self.isBlank(text), case .start = try tokens.peek() {
                result = try typed(depth: depth)
            } else {
                result = .string(text)
            }
        default:
            result = try typed(depth: depth)
        }
        try closeTag(.value)
        return result
    }

    /// One typed element inside `<value>`, as ocaml-rpc's `basic_types`/`empty_tag`.
    private mutating func typed(depth: Int) throws(RPCParseError) -> Value {
        let tag = try openTag()
        if case .end = try tokens.peek() {
            _ = try tokens.next()
            switch tag {
            case .string, .value, .base64: return .string("")
            case .array: return .array([])
            case .struct: return .structure([])
            case .nil_: return .null
            default: throw .xml(got: "empty_\(tag.name)", expected: tag.name)
            }
        }
        let result: Value
        switch tag {
        case .int, .i4, .i8:
            let text = try data()
            guard let i = Self.parseInt64(text) else { throw .failure("Int64.of_string") }
            result = .int(i)
        case .boolean:
            result = .bool(try data() == "1")
        case .double:
            let text = try data()
            guard let d = Double(text) else { throw .failure("float_of_string") }
            result = .double(d)
        case .string:
            result = .string(try data())
        case .dateTime:
            let text = try data()
            guard let date = XenDate(decoding: text) else { throw .failure("Date.of_iso8601: \(RPCParseError.clipped(text, to: 80))") }
            result = .dateTime(date)
        case .base64:
            let text = try data()
            guard let decoded = Base64.decode(text.utf8), let s = String(validating: decoded, as: UTF8.self) else {
                throw .failure("Base64.decode")
            }
            result = .string(s)
        case .array:
            try expectOpen(.data)
            var elements: [Value] = []
            while try !atEnd() { elements.append(try value(depth: depth + 1)) }
            try closeTag(.data)
            result = .array(elements)
        case .struct:
            var members: [Member] = []
            while try !atEnd() {
                try expectOpen(.member)
                try expectOpen(.name)
                let name = try data()
                try closeTag(.name)
                members.append(Member(name, try value(depth: depth + 1)))
                try closeTag(.member)
            }
            result = .structure(members)
        case .nil_:
            result = .null
        default:
            throw .xml(
                got: "open_tag(\(tag.name))",
                expected: "open_tag(int/i8/i4/boolean/double/string/dateTime.iso8601/array/struct/nil)")
        }
        try closeTag(tag)
        return result
    }

    // MARK: Tokens

    /// The next start tag, skipping blank text.
    private mutating func openTag() throws(RPCParseError) -> XMLTag {
        while true {
            switch try tokens.next() {
            case .start(let tag): return tag
            case .text(let text) where Self.isBlank(text): continue
            case .text(let text): throw .xml(got: "data(\(RPCParseError.clipped(text, to: 80)))", expected: "open_tag")
            case .end: throw .xml(got: "close_tag", expected: "open_tag")
            case .eof: throw .xml(got: "eof", expected: "open_tag")
            }
        }
    }

    private mutating func expectOpen(_ expected: XMLTag) throws(RPCParseError) {
        let tag = try openTag()
        guard tag == expected else { throw .xml(got: "open_tag(\(tag.name))", expected: "open_tag(\(expected.name))") }
    }

    /// The end of `tag`, skipping blank text.
    private mutating func closeTag(_ tag: XMLTag) throws(RPCParseError) {
        while true {
            switch try tokens.next() {
            case .end: return
            case .text(let text) where Self.isBlank(text): continue
            case .text(let text): throw .xml(got: "data(\(RPCParseError.clipped(text, to: 80)))", expected: "close_tag(\(tag.name))")
            case .start(let other): throw .xml(got: "open_tag(\(other.name))", expected: "close_tag(\(tag.name))")
            case .eof: throw .xml(got: "eof", expected: "close_tag(\(tag.name))")
            }
        }
    }

    /// Skips blank text and reports whether the enclosing element ends next (not consumed).
    private mutating func atEnd() throws(RPCParseError) -> Bool {
        while true {
            switch try tokens.peek() {
            case .text(let text) where Self.isBlank(text): _ = try tokens.next()
            case .end: return true
            default: return false
            }
        }
    }

    /// The character data of a scalar element, exactly; `""` if it ends at once.
    private mutating func data() throws(RPCParseError) -> String {
        switch try tokens.peek() {
        case .text(let text):
            _ = try tokens.next()
            return text
        case .end:
            return ""
        case .start(let tag):
            throw .xml(got: "open_tag(\(tag.name))", expected: "data")
        case .eof:
            throw .xml(got: "eof", expected: "data")
        }
    }

    private mutating func expectEOF() throws(RPCParseError) {
        while true {
            switch try tokens.next() {
            case .eof: return
            case .text(let text) where Self.isBlank(text): continue
            default: throw .xml(got: "trailing content", expected: "eof")
            }
        }
    }

    private static func isBlank(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
    }

    /// Decimal with an optional sign, as `Int64.of_string` reads XML-RPC ints; nil on overflow.
    static func parseInt64(_ text: String) -> Int64? {
        var utf8 = text.utf8[...]
        var negative = false
        if let first = utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            utf8 = utf8.dropFirst()
        }
        guard !utf8.isEmpty else { return nil }
        var n: Int64 = 0
        for b in utf8 {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (s, o2) = negative ? m.subtractingReportingOverflow(Int64(b - 0x30)) : m.addingReportingOverflow(Int64(b - 0x30))
            if o1 || o2 { return nil }
            n = s
        }
        return n
    }
}
