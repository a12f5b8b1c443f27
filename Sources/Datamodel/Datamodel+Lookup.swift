// O(1) lookups over the generated tables: classes by exact or case-insensitive name (event class
// names arrive in any case), messages by `Class.message` wire name, enums and record types by name.
import Wire

extension Datamodel {
    private static let classesByName: [String: ClassSpec] =
        Dictionary(uniqueKeysWithValues: classes.map { ($0.name, $0) })

    private static let classesByLowercasedName: [String: ClassSpec] =
        Dictionary(uniqueKeysWithValues: classes.map { ($0.name.lowercased(), $0) })

    private static let enumsByName: [String: EnumSpec] =
        Dictionary(uniqueKeysWithValues: enums.map { ($0.name, $0) })

    /// Every message (explicit, implicit and the wire-only `get_all_records_where`/`get_all_where`)
    /// by its sync wire name, `VM.start`. `Async.` prefixes and `Class_message` aliases are the
    /// API's.
    public static let messagesByWireName: [String: MessageSpec] = {
        var table: [String: MessageSpec] = [:]
        for c in classes {
            for m in c.messages { table[m.wireName] = m }
        }
        return table
    }()

    /// The class spelled exactly `name` (`VM`, `host`, `VM_guest_metrics`).
    public static func classSpec(named name: String) -> ClassSpec? {
        classesByName[name]
    }

    /// The class whose name matches `name` ignoring case (`vm`, `Host`), as event.from accepts.
    public static func classSpec(caseInsensitiveName name: String) -> ClassSpec? {
        classesByName[name] ?? classesByLowercasedName[name.lowercased()]
    }

    /// The message `Class.message`, spelled exactly.
    public static func message(wireName: String) -> MessageSpec? {
        messagesByWireName[wireName]
    }

    public static func enumSpec(named name: String) -> EnumSpec? {
        enumsByName[name]
    }

    /// The record type of a database class, by exact class name.
    public static func recordType(named name: String) -> (any XenRecord.Type)? {
        recordTypes[name]
    }
}
