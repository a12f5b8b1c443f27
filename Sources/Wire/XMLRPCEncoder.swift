// One `Value` as an XML-RPC `<value>` element, byte for byte as ocaml-rpc's `Xmlrpc.add_value`
// writes it (xapi-semantics.md §1.3): strings bare, ints bare decimal, no whitespace anywhere.

extension ByteWriter {
    /// How `Value.null` goes out: servers never send `<nil/>` (it becomes `""`); clients may.
    enum XMLNull {
        case emptyString
        case nilElement
    }

    /// Appends `<value>…</value>` for `value`.
    mutating func append(xmlValue value: Value, null: XMLNull = .emptyString) {
        switch value {
        case .string(let s):
            append("<value>")
            append(xmlEscaped: s)
            append("</value>")
        case .int(let i):
            append("<value>")
            append(decimal: i)
            append("</value>")
        case .int32(let i):
            append("<value><i4>")
            append(decimal: Int64(i))
            append("</i4></value>")
        case .double(let d):
            append("<value><double>")
            append(printfG16: d)
            append("</double></value>")
        case .bool(let b):
            append(b ? "<value><boolean>1</boolean></value>" : "<value><boolean>0</boolean></value>")
        case .dateTime(let date):
            append("<value><dateTime.iso8601>")
            append(wireDate: date)
            append("</dateTime.iso8601></value>")
        case .array(let elements):
            append("<value><array><data>")
            for element in elements { append(xmlValue: element, null: null) }
            append("</data></array></value>")
        case .structure(let members):
            append("<value><struct>")
            for member in members {
                append("<member><name>")
                append(xmlEscaped: member.name)  // ocaml-rpc writes names raw; we escape
                // Scalar members (most of a record) are written inline, tags merged.
                switch member.value {
                case .string(let s):
                    append("</name><value>")
                    append(xmlEscaped: s)
                    append("</value></member>")
                case .int(let i):
                    append("</name><value>")
                    append(decimal: i)
                    append("</value></member>")
                case .bool(let b):
                    append(b ? "</name><value><boolean>1</boolean></value></member>"
                             : "</name><value><boolean>0</boolean></value></member>")
                default:
                    append("</name>")
                    append(xmlValue: member.value, null: null)
                    append("</member>")
                }
            }
            append("</struct></value>")
        case .null:
            append(null == .nilElement ? "<value><nil/></value>" : "<value></value>")
        }
    }
}
