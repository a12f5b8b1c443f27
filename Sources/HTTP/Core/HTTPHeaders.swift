// Ordered header fields. Names keep the case they were given (xapi emits lower-case
// `content-length` next to `Access-Control-Allow-Origin`); lookup ignores ASCII case.

/// An ordered list of header fields with case-insensitive lookup.
public struct HTTPHeaders: Sendable, Equatable, Sequence, ExpressibleByDictionaryLiteral,
    ExpressibleByArrayLiteral, CustomStringConvertible
{
    /// One header field as it was received or is to be sent.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields in order.
    public private(set) var fields: [Field]

    public init() { fields = [] }

    public init(_ pairs: [(String, String)]) {
        fields = pairs.map { Field(name: $0.0, value: $0.1) }
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    /// `[("content-type", "text/xml"), ...]`, which, unlike a dictionary literal, may repeat a
    /// name.
    public init(arrayLiteral elements: (String, String)...) {
        self.init(elements)
    }

    public var count: Int { fields.count }
    public var isEmpty: Bool { fields.isEmpty }

    /// The first value of the field `name` (any case), or nil.
    ///
    /// Setting replaces the first field of that name in place (keeping its position and the
    /// new spelling of the name), removes any others, and appends if absent; nil removes all.
    public subscript(name: String) -> String? {
        get {
            fields.first { Self.equalsIgnoringCase($0.name, name) }?.value
        }
        set {
            guard let newValue else {
                remove(name)
                return
            }
            if let index = fields.firstIndex(where: { Self.equalsIgnoringCase($0.name, name) }) {
                fields[index] = Field(name: name, value: newValue)
                var i = index + 1
                while i < fields.count {
                    if Self.equalsIgnoringCase(fields[i].name, name) {
                        fields.remove(at: i)
                    } else {
                        i += 1
                    }
                }
            } else {
                fields.append(Field(name: name, value: newValue))
            }
        }
    }

    /// Every value of the field `name`, in order.
    public func values(for name: String) -> [String] {
        fields.filter { Self.equalsIgnoringCase($0.name, name) }.map(\.value)
    }

    /// Whether a field `name` exists.
    public func contains(_ name: String) -> Bool {
        fields.contains { Self.equalsIgnoringCase($0.name, name) }
    }

    /// Appends a field, even if one of that name exists.
    public mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Removes every field named `name`.
    public mutating func remove(_ name: String) {
        fields.removeAll { Self.equalsIgnoringCase($0.name, name) }
    }

    /// Whether the comma-separated list value of `name` holds `token` (any case), as for
    /// `Connection: keep-alive, Upgrade` (RFC 9110 §5.6.1).
    public func hasToken(_ token: String, in name: String) -> Bool {
        // Scans in place: this runs for every request (`Connection`, `Expect`).
        for field in fields where Self.equalsIgnoringCase(field.name, name) {
            let value = field.value.utf8
            var start = value.startIndex
            while true {
                let end = value[start...].firstIndex(of: UInt8(ascii: ",")) ?? value.endIndex
                if Self.equalsIgnoringCase(Self.trimmingWhitespace(value[start..<end]), token.utf8) { return true }
                if end == value.endIndex { break }
                start = value.index(after: end)
            }
        }
        return false
    }

    /// The bytes without leading and trailing spaces and tabs (RFC 9110 §5.6.3 OWS).
    static func trimmingWhitespace(_ bytes: Substring.UTF8View) -> Substring.UTF8View {
        var s = bytes
        while let c = s.first, c == 0x20 || c == 0x09 { s.removeFirst() }
        while let c = s.last, c == 0x20 || c == 0x09 { s.removeLast() }
        return s
    }

    public func makeIterator() -> IndexingIterator<[Field]> { fields.makeIterator() }

    public var description: String {
        fields.map { "\($0.name): \($0.value)" }.joined(separator: "\n")
    }

    /// ASCII case-insensitive comparison without allocating.
    static func equalsIgnoringCase<A: StringProtocol, B: StringProtocol>(_ a: A, _ b: B) -> Bool {
        equalsIgnoringCase(a.utf8, b.utf8)
    }

    static func equalsIgnoringCase<A: Collection, B: Collection>(_ ua: A, _ ub: B) -> Bool
    where A.Element == UInt8, B.Element == UInt8 {
        guard ua.count == ub.count else { return false }
        for (x, y) in zip(ua, ub) where x != y {
            if x | 0x20 != y | 0x20 { return false }
            let lower = x | 0x20
            if lower < UInt8(ascii: "a") || lower > UInt8(ascii: "z") { return false }
        }
        return true
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces and tabs (RFC 9110 §5.6.3 OWS).
    func trimmingHTTPWhitespace() -> Substring {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return s
    }
}
