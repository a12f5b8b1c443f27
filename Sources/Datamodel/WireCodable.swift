// Conversions between Swift field types and wire values, with xapi's acceptance rules
// (notes/xapi-semantics.md §1.3): ints from <int>/<i4>/<i8> or decimal strings, floats from
// <double>/<int>/numeric strings, bools only from <boolean>, enums case-insensitively.
import Wire

/// A Swift type that a datamodel type maps to.
public protocol WireCodable: Sendable {
    init(wire: Value) throws
    var wire: Value { get }
}

/// Types that can be map keys: they render to and from the key string.
public protocol WireKeyCodable: WireCodable, Hashable {
    init(wireKey: String) throws
    var wireKey: String { get }
}

extension String: WireKeyCodable {
    public init(wire: Value) throws {
        switch wire {
        case .string(let s): self = s
        default: throw XenAPIError.typeError(expected: "string", got: wire)
        }
    }
    public var wire: Value { .string(self) }
    public init(wireKey: String) { self = wireKey }
    public var wireKey: String { self }
}

extension Int64: WireKeyCodable {
    public init(wire: Value) throws {
        switch wire {
        case .int(let i): self = i
        case .int32(let i): self = Int64(i)
        case .string(let s):
            guard let i = Int64(s) else { throw XenAPIError.typeError(expected: "int", got: wire) }
            self = i
        default: throw XenAPIError.typeError(expected: "int", got: wire)
        }
    }
    public var wire: Value { .int(self) }
    public init(wireKey: String) throws {
        guard let i = Int64(wireKey) else { throw XenAPIError.typeError(expected: "int", got: .string(wireKey)) }
        self = i
    }
    public var wireKey: String { String(self) }
}

extension Double: WireCodable {
    public init(wire: Value) throws {
        switch wire {
        case .double(let d): self = d
        case .int(let i): self = Double(i)
        case .int32(let i): self = Double(i)
        case .string(let s):
            guard let d = Double(s) else { throw XenAPIError.typeError(expected: "float", got: wire) }
            self = d
        default: throw XenAPIError.typeError(expected: "float", got: wire)
        }
    }
    public var wire: Value { .double(self) }
}

extension Bool: WireCodable {
    public init(wire: Value) throws {
        guard case .bool(let b) = wire else { throw XenAPIError.typeError(expected: "bool", got: wire) }
        self = b
    }
    public var wire: Value { .bool(self) }
}

extension XenDate: WireCodable {
    public init(wire: Value) throws {
        switch wire {
        case .dateTime(let d): self = d
        case .string(let s):
            guard let d = XenDate(wireString: s) else { throw XenAPIError.typeError(expected: "datetime", got: wire) }
            self = d
        default: throw XenAPIError.typeError(expected: "datetime", got: wire)
        }
    }
    public var wire: Value { .dateTime(self) }
}

extension Ref: WireKeyCodable {
    public init(wire: Value) throws {
        guard case .string(let s) = wire else { throw XenAPIError.typeError(expected: "ref", got: wire) }
        self.init(s)
    }
    public var wire: Value { .string(raw) }
    public init(wireKey: String) { self.init(wireKey) }
    public var wireKey: String { raw }
}

extension Array: WireCodable where Element: WireCodable {
    public init(wire: Value) throws {
        guard case .array(let items) = wire else { throw XenAPIError.typeError(expected: "array", got: wire) }
        self = try items.map { try Element(wire: $0) }
    }
    public var wire: Value { .array(map(\.wire)) }
}

extension Dictionary: WireCodable where Key: WireKeyCodable, Value: WireCodable {
    public init(wire: Wire.Value) throws {
        guard case .structure(let members) = wire else { throw XenAPIError.typeError(expected: "struct", got: wire) }
        var d: [Key: Value] = [:]
        for m in members { d[try Key(wireKey: m.name)] = try Value(wire: m.value) }
        self = d
    }
    /// Keys go out sorted so that the same map always encodes to the same bytes.
    public var wire: Wire.Value {
        .structure(map { Member($0.key.wireKey, $0.value.wire) }.sorted { $0.name < $1.name })
    }
}

/// A generated datamodel enum: its raw values are the wire labels, matched case-insensitively.
public protocol XenEnum: WireKeyCodable, CaseIterable, RawRepresentable where RawValue == String {
    /// The datamodel enum type name (`vm_power_state`).
    static var enumName: String { get }
}

extension XenEnum {
    public init(wire: Value) throws {
        guard case .string(let s) = wire else { throw XenAPIError.typeError(expected: "enum", got: wire) }
        try self.init(wireKey: s)
    }
    public var wire: Value { .string(rawValue) }
    public init(wireKey: String) throws {
        if let exact = Self(rawValue: wireKey) { self = exact; return }
        let lower = wireKey.lowercased()
        guard let c = Self.allCases.first(where: { $0.rawValue.lowercased() == lower }) else {
            // ocaml-rpc: Failure "Unknown tag/contents" surfaces as INTERNAL_ERROR.
            throw XenAPIError.internalError("Failure(\"Unknown tag/contents\") (\(Self.enumName): \(wireKey))")
        }
        self = c
    }
    public var wireKey: String { rawValue }
}
