// The SM capabilities of an SR's type (xapi_sr_operations.ml features_of_sr reads the SM record
// of that type; none when no SM is registered for it). Our SM records are first boot's catalogue
// and never change, so the catalogue answers, without a table scan in every policy check.
import Datamodel

enum SMFeatures {
    private static let byType: [String: Set<String>] = Dictionary(
        SMCatalog.all.map { ($0.type, Set($0.features.map(\.name))) }, uniquingKeysWith: { a, _ in a })

    static func of(type: String) -> Set<String> { byType[type] ?? [] }
}
