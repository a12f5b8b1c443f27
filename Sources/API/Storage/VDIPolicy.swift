// VDI operations (xapi_vdi.ml check_operation_error): one operation at a time except alongside
// a copy; the SR must have the capability; an attached VDI allows only the "live" operations
// (snapshot, clone, mirror, resize_online, CBT) and a copy while attached read-only
// (VDI_IN_USE); udev devices and tools ISOs cannot be destroyed; sharable VDIs cannot be
// snapshotted.
import Database
import Datamodel
import Wire

struct VDIPolicy: OperationPolicy {
    var currentOperations: WritableKeyPath<VDIRecord, [String: VDIOperations]> { \.currentOperations }
    var allowedOperations: WritableKeyPath<VDIRecord, [VDIOperations]> { \.allowedOperations }
    var listedOperations: [VDIOperations] { VDIOperations.allCases.filter { $0 != .blocked } }

    /// The SM capability each operation needs (check_sm_feature_error).
    static let needs: [VDIOperations: String] = [
        .snapshot: "VDI_SNAPSHOT", .destroy: "VDI_DELETE", .resize: "VDI_RESIZE", .update: "VDI_UPDATE",
        .resizeOnline: "VDI_RESIZE_ONLINE", .generateConfig: "VDI_GENERATE_CONFIG", .clone: "VDI_CLONE",
        .mirror: "VDI_MIRROR", .enableCBT: "VDI_CONFIGURE_CBT", .disableCBT: "VDI_CONFIGURE_CBT",
        .dataDestroy: "VDI_CONFIGURE_CBT", .listChangedBlocks: "VDI_CONFIGURE_CBT", .setOnBoot: "VDI_RESET_ON_BOOT",
    ]
    static let live: Set<VDIOperations> = [.snapshot, .resizeOnline, .blocked, .clone, .mirror, .enableCBT,
                                           .disableCBT, .dataDestroy]

    func check<D: ObjectReader>(_ op: VDIOperations, ref: Ref<VDIRecord>, record vdi: VDIRecord,
                                in db: D) -> XenAPIError? {
        let r = ref.raw
        if vdi.currentOperations.values.contains(where: { $0 != .copy }) {
            return XenAPIError("OTHER_OPERATION_IN_PROGRESS", [VDIRecord.className, r])
        }
        guard let sr = db.get(vdi.sr) else { return XenAPIError.handleInvalid(class: SRRecord.className, ref: vdi.sr.raw) }
        let attachedPBD = sr.pbds.contains { db.get($0)?.currentlyAttached == true }
        if !attachedPBD && op == .resize { return XenAPIError("SR_NO_PBDS", [vdi.sr.raw]) }

        let vbds = vdi.vbds.compactMap { db.get($0) }
        let active = vbds.filter(\.currentlyAttached)
        let blocked: Bool
        if Self.live.contains(op) {
            blocked = false
        } else if op == .copy {
            blocked = active.contains { $0.mode == .rw }
        } else {
            blocked = !active.isEmpty
        }
        if blocked && op != .listChangedBlocks { return XenAPIError("VDI_IN_USE", [r, op.rawValue]) }
        if op != .dataDestroy && vbds.contains(where: { !$0.currentOperations.isEmpty }) {
            return XenAPIError("OTHER_OPERATION_IN_PROGRESS", [VDIRecord.className, r])
        }
        if let needed = Self.needs[op], !SMFeatures.of(type: sr.type).contains(needed) {
            return XenAPIError("SR_OPERATION_NOT_SUPPORTED", [vdi.sr.raw])
        }
        if vdi.type == .cbtMetadata && ![.destroy, .forget, .listChangedBlocks, .update].contains(op) {
            return XenAPIError("VDI_INCOMPATIBLE_TYPE", [r, "cbt_metadata"])
        }
        switch op {
        case .forget where vdi.type == .rrd, .destroy where vdi.type == .rrd:
            return XenAPIError("VDI_HAS_RRDS", [r])
        case .destroy where sr.type == "udev":
            return XenAPIError("VDI_IS_A_PHYSICAL_DEVICE", [r])
        case .destroy where sr.isToolsSR:
            return XenAPIError("SR_OPERATION_NOT_SUPPORTED", [vdi.sr.raw])
        case .snapshot where vdi.sharable:
            return XenAPIError("VDI_IS_SHARABLE", [r])
        case .snapshot where vdi.onBoot == .reset, .copy where vdi.onBoot == .reset:
            return XenAPIError("VDI_ON_BOOT_MODE_INCOMPATIBLE_WITH_OPERATION", [])
        case .snapshot where vdi.currentOperations.values.contains(.copy):
            return XenAPIError("OPERATION_NOT_ALLOWED", ["Snapshot operation not allowed during copy."])
        case .copy where vdi.type == .haStatefile || vdi.type == .redoLog:
            return XenAPIError("OPERATION_NOT_ALLOWED", ["VDI containing HA statefile or redo log cannot be copied "
                                                         + "(check the VDI's allowed operations)."])
        default:
            return nil
        }
    }
}
