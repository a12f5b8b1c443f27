// What both a Snapshot (committed state) and a Transaction (committed state plus its own pending
// changes) can answer. Handlers written against ObjectReader work in either.
import Datamodel
import Wire

/// Read access to objects by class and reference.
public protocol ObjectReader {
    /// The record of `ref` in `class`; nil if there is no such object in that class.
    func record(class: String, ref: String) -> (any XenRecord)?
    /// Every reference of `class`, in no particular order.
    func refs(class: String) -> [String]
    /// The object of `class` whose `uuid` field is `uuid`. O(1).
    func ref(class: String, uuid: String) -> String?
    /// The class of a live object. O(1).
    func classOf(ref: String) -> String?
    func count(class: String) -> Int
    /// Calls `body` for every object of `class`.
    func forEach(class: String, _ body: (String, any XenRecord) throws -> Void) rethrows
    /// The spec of a class the store holds.
    func spec(class: String) -> ClassSpec?
}

extension ObjectReader {
    /// The typed record of `ref`; nil if missing or of another class.
    public func get<R: XenRecord>(_ ref: Ref<R>) -> R? {
        record(class: R.spec.name, ref: ref.raw).flatMap { cast($0, to: R.self) }
    }

    /// Every object of the record type's class.
    public func all<R: XenRecord>(_ type: R.Type) -> [(Ref<R>, R)] {
        var out: [(Ref<R>, R)] = []
        out.reserveCapacity(count(class: R.spec.name))
        forEach(class: R.spec.name) { ref, record in
            if let r = cast(record, to: R.self) { out.append((Ref(ref), r)) }
        }
        return out
    }

    /// Every object of `class` with its record (the records are shared, not copied).
    public func records(class cls: String) -> [(ref: String, record: any XenRecord)] {
        var out: [(ref: String, record: any XenRecord)] = []
        out.reserveCapacity(count(class: cls))
        forEach(class: cls) { ref, record in out.append((ref, record)) }
        return out
    }

    /// The objects whose `name_label` is exactly `nameLabel` (get_by_name_label); a scan.
    public func refs(class cls: String, nameLabel: String) -> [String] {
        guard let index = spec(class: cls)?.fieldIndex["name_label"] else { return [] }
        var out: [String] = []
        forEach(class: cls) { ref, record in
            if case .string(nameLabel)? = record.wireValue(field: index) { out.append(ref) }
        }
        return out
    }

    /// The objects of `class` matching a get_all_records_where expression.
    public func refs(class cls: String, where filter: FilterExpression) throws -> [String] {
        try records(class: cls, where: filter).map(\.ref)
    }

    /// The objects of `class`, with their records, matching a get_all_records_where expression.
    public func records(class cls: String, where filter: FilterExpression)
        throws -> [(ref: String, record: any XenRecord)]
    {
        guard let spec = spec(class: cls) else { return [] }
        let matches = filter.matcher(for: spec)
        var out: [(ref: String, record: any XenRecord)] = []
        try forEach(class: cls) { ref, record in
            if try matches(record, ref) { out.append((ref, record)) }
        }
        return out
    }

    /// Whether `ref` is a live object of `class`.
    public func exists(class cls: String, ref: String) -> Bool {
        record(class: cls, ref: ref) != nil
    }

    /// The record of `ref`, or HANDLE_INVALID [class; ref].
    public func require(class cls: String, ref: String) throws -> any XenRecord {
        guard let r = record(class: cls, ref: ref) else { throw XenAPIError.handleInvalid(class: cls, ref: ref) }
        return r
    }

    /// The typed record of `ref`, or HANDLE_INVALID [class; ref].
    public func require<R: XenRecord>(_ ref: Ref<R>) throws -> R {
        guard let r = get(ref) else { throw XenAPIError.handleInvalid(class: R.spec.name, ref: ref.raw) }
        return r
    }
}

/// `record as? R` without the runtime's general dynamic cast (a third of the cost of a typed get of
/// a large record): open the existential and compare metatypes.
@inline(__always)
func cast<R: XenRecord>(_ record: any XenRecord, to: R.Type) -> R? {
    func open<T: XenRecord>(_ value: T) -> R? {
        guard T.self == R.self else { return nil }
        return unsafeBitCast(value, to: R.self)
    }
    return open(record)
}
