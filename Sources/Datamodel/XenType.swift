// The datamodel's type language, parsed from xenapi.json type strings
// (`string`, `int`, `enum vm_power_state`, `VM ref set`, `(string -> string) map`, ...).

/// A datamodel type.
public indirect enum XenType: Sendable, Hashable {
    case string
    case int
    case float
    case bool
    case datetime
    /// A reference to an object of the named class (`VM ref`).
    case ref(String)
    /// A value of the named enum type (`enum vm_power_state`).
    case enumeration(String)
    case set(XenType)
    case map(XenType, XenType)
    /// A record of the named class (`VM record`), as in get_all_records results.
    case record(String)
    /// Record fields only: omitted from the struct when absent.
    case option(XenType)
    /// A result the datamodel describes in prose only (`event.from`'s "an event batch").
    case opaque(String)
}
