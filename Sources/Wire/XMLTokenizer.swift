// The only file that touches libxml2: an xmlTextReader pull parser reduced to the tokens the
// XML-RPC grammar needs. Safe for untrusted input: no DTDs (rejected outright), no entity
// substitution, no network, no XML_PARSE_HUGE; libxml2 errors are captured, never printed.
import CLibXML2
import Glibc

/// The XML-RPC element names, recognised from libxml2's name bytes without building Strings.
enum XMLTag: Equatable {
    case methodCall, methodName, methodResponse, params, param, fault
    case value, string, int, i4, i8, double, boolean, dateTime, base64, nil_
    case array, data, `struct`, member, name
    case other(String)

    var name: String {
        switch self {
        case .methodCall: "methodCall"
        case .methodName: "methodName"
        case .methodResponse: "methodResponse"
        case .params: "params"
        case .param: "param"
        case .fault: "fault"
        case .value: "value"
        case .string: "string"
        case .int: "int"
        case .i4: "i4"
        case .i8: "i8"
        case .double: "double"
        case .boolean: "boolean"
        case .dateTime: "dateTime.iso8601"
        case .base64: "base64"
        case .nil_: "nil"
        case .array: "array"
        case .data: "data"
        case .struct: "struct"
        case .member: "member"
        case .name: "name"
        case .other(let name): name
        }
    }
}

/// What the grammar sees: element starts and ends (`<x/>` yields both), merged character data
/// (text, CDATA and whitespace, across comments), and the end of the document.
enum XMLToken: Equatable {
    case start(XMLTag)
    case end
    case text(String)
    case eof
}

/// A one-token-lookahead stream over an xmlTextReader. Only valid inside `XMLTokenizer.with`.
struct XMLTokenizer {
    private let reader: OpaquePointer
    private let errors: ErrorSink
    private var peeked: XMLToken?
    /// A node read while merging text, to be turned into a token next.
    private var pendingNode = false
    /// `<x/>`: the start was returned, the end is owed.
    private var owesEnd = false

    /// libxml2 is initialised once per process and never cleaned up (FoundationXML shares it).
    private static let initialized: Void = { xmlInitParser() }()

    /// Runs `body` over a tokenizer reading `document`; the reader lives only for the call.
    static func with<R>(
        _ document: [UInt8], _ body: (inout XMLTokenizer) throws(RPCParseError) -> R
    ) throws(RPCParseError) -> R {
        _ = initialized
        try rejectDeclarations(document)
        guard !document.isEmpty else { throw .malformedXML("Document is empty", line: 1, column: 1) }
        guard document.count < Int(Int32.max) else { throw .malformedXML("Document too large", line: 1, column: 1) }
        let result: Result<R, RPCParseError> = document.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else {
                return .failure(.malformedXML("Document is empty", line: 1, column: 1))
            }
            let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
                | XML_PARSE_NOWARNING.rawValue)
            let chars = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let reader = xmlReaderForMemory(chars, Int32(buf.count), nil, nil, options) else {
                return .failure(.malformedXML("cannot create reader", line: 0, column: 0))
            }
            defer { xmlFreeTextReader(reader) }
            let errors = ErrorSink()
            let sink = Unmanaged.passUnretained(errors).toOpaque()
            xmlTextReaderSetStructuredErrorHandler(reader, { context, error in
                guard let context, let error else { return }
                let sink = Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue()
                sink.record(error.pointee)
            }, sink)
            var tokenizer = XMLTokenizer(reader: reader, errors: errors)
            let result: Result<R, RPCParseError>
            do throws(RPCParseError) {
                result = .success(try body(&tokenizer))
            } catch {
                result = .failure(error)
            }
            withExtendedLifetime(errors) {}
            return result
        }
        return try result.get()
    }

    private init(reader: OpaquePointer, errors: ErrorSink) {
        self.reader = reader
        self.errors = errors
    }

    /// The next token without consuming it.
    mutating func peek() throws(RPCParseError) -> XMLToken {
        if let peeked { return peeked }
        let token = try read()
        peeked = token
        return token
    }

    /// Consumes and returns the next token.
    mutating func next() throws(RPCParseError) -> XMLToken {
        if let token = peeked {
            peeked = nil
            return token
        }
        return try read()
    }

    private mutating func read() throws(RPCParseError) -> XMLToken {
        if owesEnd {
            owesEnd = false
            return .end
        }
        var text: String?
        while true {
            if pendingNode {
                pendingNode = false
            } else {
                // Recoverable errors (namespaces, say) let the reader go on; they surface at the
                // end, which every document reaches (the grammar insists on a clean EOF).
                let rc = xmlTextReaderRead(reader)
                if rc < 0 { throw errors.failure() }
                if rc == 0 {
                    try errors.check()
                    if let text { return .text(text) }
                    return .eof
                }
            }
            let type = xmlTextReaderNodeType(reader)
            switch type {
            case Int32(XML_READER_TYPE_TEXT.rawValue), Int32(XML_READER_TYPE_CDATA.rawValue),
                 Int32(XML_READER_TYPE_WHITESPACE.rawValue),
                 Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
                guard let value = xmlTextReaderConstValue(reader) else { continue }
                let chunk = String(cString: value)
                if text == nil { text = chunk } else { text? += chunk }
                continue
            case Int32(XML_READER_TYPE_COMMENT.rawValue),
                 Int32(XML_READER_TYPE_PROCESSING_INSTRUCTION.rawValue),
                 Int32(XML_READER_TYPE_XML_DECLARATION.rawValue):
                continue
            default:
                break
            }
            if let text {
                pendingNode = true
                return .text(text)
            }
            switch type {
            case Int32(XML_READER_TYPE_ELEMENT.rawValue):
                guard let name = xmlTextReaderConstLocalName(reader) else {
                    throw .malformedXML("element without a name", line: 0, column: 0)
                }
                if xmlTextReaderIsEmptyElement(reader) == 1 { owesEnd = true }
                return .start(Self.tag(name))
            case Int32(XML_READER_TYPE_END_ELEMENT.rawValue):
                return .end
            case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
                throw .xml(got: "dtd", expected: "open_tag")
            default:
                // Entity references (undeclared without a DTD) and anything else unexpected.
                throw .xml(got: "node(\(type))", expected: "open_tag")
            }
        }
    }

    /// Refuses `<!DOCTYPE`/`<!ENTITY` before libxml2 sees them, so no internal subset is parsed
    /// (entity expansion bombs); `<!--` and `<![CDATA[` are the only `<!` constructs allowed.
    private static func rejectDeclarations(_ document: [UInt8]) throws(RPCParseError) {
        let found: Bool = document.withUnsafeBufferPointer { buf in
            guard let base = buf.baseAddress else { return false }
            var from = 1
            // `!` is rare in XML-RPC, so memchr for it and look around each hit.
            while from < buf.count {
                guard let hit = memchr(base + from, Int32(UInt8(ascii: "!")), buf.count - from) else { return false }
                let i = UnsafeRawPointer(hit).assumingMemoryBound(to: UInt8.self) - base
                from = i + 1
                guard buf[i - 1] == UInt8(ascii: "<") else { continue }
                let isComment = i + 2 < buf.count && buf[i + 1] == UInt8(ascii: "-") && buf[i + 2] == UInt8(ascii: "-")
                let isCData = i + 1 < buf.count && buf[i + 1] == UInt8(ascii: "[")
                if !isComment && !isCData { return true }
            }
            return false
        }
        if found { throw .xml(got: "dtd", expected: "open_tag") }
    }

    /// Maps a NUL-terminated element name to its tag by length and bytes.
    private static func tag(_ name: UnsafePointer<xmlChar>) -> XMLTag {
        @inline(__always) func equals(_ literal: StaticString) -> Bool {
            literal.withUTF8Buffer { lit in
                for i in 0..<lit.count where name[i] != lit[i] { return false }
                return name[lit.count] == 0
            }
        }
        switch name[0] {
        case UInt8(ascii: "v"): if equals("value") { return .value }
        case UInt8(ascii: "s"):
            if equals("string") { return .string }
            if equals("struct") { return .struct }
        case UInt8(ascii: "m"):
            if equals("member") { return .member }
            if equals("methodCall") { return .methodCall }
            if equals("methodName") { return .methodName }
            if equals("methodResponse") { return .methodResponse }
        case UInt8(ascii: "n"):
            if equals("name") { return .name }
            if equals("nil") { return .nil_ }
        case UInt8(ascii: "i"):
            if equals("int") { return .int }
            if equals("i4") { return .i4 }
            if equals("i8") { return .i8 }
        case UInt8(ascii: "a"): if equals("array") { return .array }
        case UInt8(ascii: "d"):
            if equals("data") { return .data }
            if equals("double") { return .double }
            if equals("dateTime.iso8601") { return .dateTime }
        case UInt8(ascii: "b"):
            if equals("boolean") { return .boolean }
            if equals("base64") { return .base64 }
        case UInt8(ascii: "p"):
            if equals("param") { return .param }
            if equals("params") { return .params }
        case UInt8(ascii: "f"): if equals("fault") { return .fault }
        default: break
        }
        return .other(String(cString: name))
    }
}

/// Collects libxml2's structured errors for one reader (warnings are ignored).
private final class ErrorSink {
    private var first: RPCParseError?

    func record(_ error: xmlError) {
        guard first == nil, error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        var message = error.message.map { String(cString: $0) } ?? "XML error \(error.code)"
        while message.last == "\n" { message.removeLast() }
        first = .malformedXML(message, line: Int(error.line), column: Int(error.int2))
    }

    func check() throws(RPCParseError) {
        if let first { throw first }
    }

    func failure() -> RPCParseError {
        first ?? .malformedXML("malformed document", line: 0, column: 0)
    }
}
