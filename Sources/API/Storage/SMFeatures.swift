// The SM capabilities of an SR's type as xapi reads them (xapi_sr_operations.ml
// features_of_sr: the SM record of that type; none when no SM is registered for it).
import Database
import Datamodel

enum SMFeatures {
    static func of<D: ObjectReader>(type: String, in db: D) -> Set<String> {
        for (_, sm) in db.all(SMRecord.self) where sm.type == type { return Set(sm.features.keys) }
        return []
    }
}
