// xapi's DB string serialisation of field values: what the SQLite columns hold and what
// get_all_records_where compares against. Mirrors gen_db_actions.ml (DM_to_String / String_to_DM)
// and string_marshall_helper.ml; the S-expression syntax is in SExpression.swift.
import Datamodel
import Glibc
import Wire

/// Converts a field's wire value to and from xapi's database string form.
///
/// | type | form |
/// | --- | --- |
/// | string, ref, enum | as is (enum: its label) |
/// | bool | `true` / `false` |
/// | int | decimal |
/// | float | `%0.18g` (`0.1` → `0.100000000000000006`) |
/// | datetime | `YYYYMMDDTHH:MM:SSZ` |
/// | set | `('a' 'b')` |
/// | map | `(('k' 'v') ('k2' 'v2'))` |
/// | ref option | a set of zero or one element |
///
/// Set and map elements are themselves serialised first, so `(string -> string set) map` nests.
public enum FieldCodec {
    /// Whether xapi stores a field of this type in the database
    /// (gen_db_actions.ml: `type_marshalled_in_db`): records and opaque values are not.
    public static func isStored(_ type: XenType) -> Bool {
        switch type {
        case .record, .opaque: return false
        case .set(let t): return isStored(t)
        case .map(let k, let v): return isStored(k) && isStored(v)
        case .option(let t): return isStored(t)
        default: return true
        }
    }

    /// The database string of `value` (nil: an absent option field).
    public static func encode(_ value: Value?, as type: XenType) -> String {
        switch type {
        case .string, .ref, .enumeration:
            return value.map(scalarText) ?? ""
        case .int:
            switch value {
            case .int(let i)?: return String(i)
            case .int32(let i)?: return String(i)
            case .double(let d)?: return String(Int64(exactly: d.rounded(.towardZero)) ?? 0)
            case let v?: return scalarText(v)
            case nil: return "0"
            }
        case .float:
            switch value {
            case .double(let d)?: return formatFloat(d)
            case .int(let i)?: return formatFloat(Double(i))
            case .int32(let i)?: return formatFloat(Double(i))
            case let v?: return scalarText(v)
            case nil: return formatFloat(0)
            }
        case .bool:
            switch value {
            case .bool(let b)?: return b ? "true" : "false"
            case let v?: return scalarText(v)
            case nil: return "false"
            }
        case .datetime:
            switch value {
            case .dateTime(let d)?: return d.wireString
            case let v?: return scalarText(v)
            case nil: return XenDate.epoch.wireString
            }
        case .set(let element):
            guard case .array(let items)? = value else { return "()" }
            return SExpression.list(items.map { .string(xmlSafePrefix(encode($0, as: element))) }).text
        case .map(let keyType, let valueType):
            guard case .structure(let members)? = value else { return "()" }
            return SExpression.list(members.map { m in
                .list([.string(xmlSafePrefix(encodeKey(m.name, as: keyType))),
                       .string(xmlSafePrefix(encode(m.value, as: valueType)))])
            }).text
        case .option(let inner):
            guard let value, value != .null else { return "()" }
            return SExpression.list([.string(xmlSafePrefix(encode(value, as: inner)))]).text
        case .record, .opaque:
            return ""
        }
    }

    /// The wire value for a database string; nil for an empty option. Throws on malformed text.
    public static func decode(_ text: String, as type: XenType) throws -> Value? {
        switch type {
        case .string, .ref, .enumeration:
            return .string(text)
        case .int:
            guard let i = Int64(text) else { throw malformed(text, type) }
            return .int(i)
        case .float:
            guard let d = parseFloat(text) else { throw malformed(text, type) }
            return .double(d)
        case .bool:
            // OCaml bool_of_string: exactly "true" or "false".
            switch text {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: throw malformed(text, type)
            }
        case .datetime:
            guard let d = XenDate(wireString: text) else { throw malformed(text, type) }
            return .dateTime(d)
        case .set(let element):
            let strings = try setStrings(text, type)
            return .array(try strings.map { try decode($0, as: element) ?? .null })
        case .map(_, let valueType):
            let pairs = try parseList(text, type)
            var members: [Member] = []
            members.reserveCapacity(pairs.count)
            for pair in pairs {
                guard case .list(let kv) = pair, kv.count == 2, case .string(let k) = kv[0],
                      case .string(let v) = kv[1] else { throw malformed(text, type) }
                members.append(Member(k, try decode(v, as: valueType) ?? .null))
            }
            return .structure(members)
        case .option(let inner):
            // xapi: `match set s with [] -> None | x :: _ -> Some x`.
            guard let first = try setStrings(text, type).first else { return nil }
            return try decode(first, as: inner)
        case .record, .opaque:
            return nil
        }
    }

    /// `%0.18g`, as OCaml's Printf (which defers to C's printf for floats).
    public static func formatFloat(_ d: Double) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let n = withVaList([d]) { vsnprintf(&buffer, buffer.count, "%0.18g", $0) }
        guard n > 0 else { return String(d) }
        return String(decoding: buffer[0..<Int(min(n, 63))].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    // MARK: - Internals

    private static func setStrings(_ text: String, _ type: XenType) throws -> [String] {
        try parseList(text, type).map {
            guard case .string(let s) = $0 else { throw malformed(text, type) }
            return s
        }
    }

    private static func parseList(_ text: String, _ type: XenType) throws -> [SExpression] {
        let parsed: SExpression
        do { parsed = try SExpression.parse(text) } catch { throw malformed(text, type) }
        guard case .list(let items) = parsed else { throw malformed(text, type) }
        return items
    }

    /// Map keys travel as struct member names, which already are the key's string form
    /// (WireKeyCodable.wireKey: decimal ints, refs, enum labels).
    private static func encodeKey(_ key: String, as type: XenType) -> String { key }

    /// Best-effort text of a wire value given where a scalar was expected.
    private static func scalarText(_ value: Value) -> String {
        switch value {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .int32(let i): return String(i)
        case .double(let d): return formatFloat(d)
        case .bool(let b): return b ? "true" : "false"
        case .dateTime(let d): return d.wireString
        case .null: return ""
        case .array, .structure: return ""
        }
    }

    /// OCaml float_of_string accepts `nan`, `inf`, `-inf`, `infinity` and C-style decimals.
    private static func parseFloat(_ text: String) -> Double? {
        if let d = Double(text) { return d }
        switch text.lowercased() {
        case "nan", "-nan", "+nan": return .nan
        case "inf", "+inf", "infinity", "+infinity": return .infinity
        case "-inf", "-infinity": return -.infinity
        default: return nil
        }
    }

    private static func malformed(_ text: String, _ type: XenType) -> XenAPIError {
        .internalError("cannot decode database value '\(text)' as \(type)")
    }

    /// xapi truncates set/map elements at the first character that is not legal in XML
    /// (string_marshall_helper.ml, `ensure_utf8_xml`; Utf8.XML.is_legal: >= 0x20, or tab/LF/CR).
    static func xmlSafePrefix(_ s: String) -> String {
        guard let cut = s.unicodeScalars.firstIndex(where: {
            $0.value < 0x20 && $0.value != 0x09 && $0.value != 0x0a && $0.value != 0x0d
        }) else { return s }
        return String(s.unicodeScalars[..<cut])
    }
}
