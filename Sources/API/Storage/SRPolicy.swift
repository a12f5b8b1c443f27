// SR operations (xapi_sr_operations.ml valid_operations): an operation the SM lacks the
// capability for is SR_OPERATION_NOT_SUPPORTED; destroy and forget need every PBD unplugged
// (SR_HAS_PBD), everything but plugging and PBD changes needs one plugged (SR_NO_PBDS); the tools
// SR's VDIs are not created or destroyed by clients; only plugs run in parallel.
import Database
import Datamodel
import Wire

struct SRPolicy: OperationPolicy {
    var currentOperations: WritableKeyPath<SRRecord, [String: StorageOperations]> { \.currentOperations }
    var allowedOperations: WritableKeyPath<SRRecord, [StorageOperations]> { \.allowedOperations }
    /// xapi's all_ops (the CBT and on-boot ones follow the SM's capabilities).
    var listedOperations: [StorageOperations] { StorageOperations.allCases }

    /// The SM capability each operation needs (sm_cap_table).
    static let needs: [StorageOperations: String] = [
        .vdiCreate: "VDI_CREATE", .vdiDestroy: "VDI_DELETE", .vdiResize: "VDI_RESIZE",
        .vdiIntroduce: "VDI_INTRODUCE", .vdiMirror: "VDI_MIRROR", .vdiEnableCBT: "VDI_CONFIGURE_CBT",
        .vdiDisableCBT: "VDI_CONFIGURE_CBT", .vdiDataDestroy: "VDI_CONFIGURE_CBT",
        .vdiListChangedBlocks: "VDI_CONFIGURE_CBT", .vdiSetOnBoot: "VDI_RESET_ON_BOOT",
        .update: "SR_UPDATE", .vdiSnapshot: "VDI_SNAPSHOT",
    ]
    /// What an SR without a plugged PBD still allows.
    static let withoutPBDs: Set<StorageOperations> = [.destroy, .forget, .plug, .pbdCreate, .pbdDestroy]
    static let parallel: Set<StorageOperations> = [.plug]

    func check<D: ObjectReader>(_ op: StorageOperations, ref: Ref<SRRecord>, record sr: SRRecord,
                                in db: D) -> XenAPIError? {
        var features = SMFeatures.of(type: sr.type)
        if sr.isToolsSR { features.subtract(["VDI_CREATE", "VDI_DELETE"]) }
        if let needed = Self.needs[op], !features.contains(needed) {
            return XenAPIError("SR_OPERATION_NOT_SUPPORTED", [ref.raw])
        }
        let attached = sr.pbds.contains { db.get($0)?.currentlyAttached == true }
        if attached && (op == .destroy || op == .forget) { return XenAPIError("SR_HAS_PBD", [ref.raw]) }
        if !attached && !Self.withoutPBDs.contains(op) { return XenAPIError("SR_NO_PBDS", [ref.raw]) }
        let running = Set(sr.currentOperations.values)
        if !running.isEmpty && !(running.isSubset(of: Self.parallel) && Self.parallel.contains(op)) {
            return otherOperationInProgress(ref, sr)
        }
        return nil
    }
}
