// Reading the "one" end of a one-to-many relation from a child record.
import Datamodel

extension RelationSpec {
    /// The parent refs a child record names in `oneField`: a ref (or ref option), or a set of refs.
    /// Null and empty refs name nothing.
    func parents(of record: (any XenRecord)?) -> [String] {
        guard let record, let index = type(of: record).spec.fieldIndex[oneField] else { return [] }
        switch record.wireValue(field: index) {
        case .string(let s)?:
            return s.isEmpty || s == OpaqueRef.null ? [] : [s]
        case .array(let items)?:
            return items.compactMap {
                guard case .string(let s) = $0, !s.isEmpty, s != OpaqueRef.null else { return nil }
                return s
            }
        default:
            return []
        }
    }
}
