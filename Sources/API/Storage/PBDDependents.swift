// A PBD has no operations, but plugging, unplugging, creating or destroying one changes what its
// SR and the SR's VDIs allow (SR_NO_PBDS, SR_HAS_PBD).
import Database
import Datamodel

struct PBDDependents: OperationDependents {
    var className: String { PBDRecord.className }

    func dependents(ref: String, in tx: Transaction) -> [String] {
        let now = tx.get(Ref<PBDRecord>(ref))
        let before = tx.committedRecord(class: className, ref: ref) as? PBDRecord
        let srs = Set([now?.sr, before?.sr].compactMap { $0 }.filter { !$0.isNull })
        return srs.flatMap { sr in [sr.raw] + (tx.get(sr)?.vdis.map(\.raw) ?? []) }
    }
}
