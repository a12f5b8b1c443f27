// The pool's operations (ocaml/xapi/xapi_pool_helpers.ml compute_valid_operations): "blocking"
// operations exclude each other with their own <OP>_IN_PROGRESS error, "waiting" ones with
// OTHER_OPERATION_IN_PROGRESS; with nothing running, HA and cluster state decide.
import Database
import Datamodel
import Wire

struct PoolPolicy: OperationPolicy {
    var currentOperations: WritableKeyPath<PoolRecord, [String: PoolAllowedOperations]> { \.currentOperations }
    var allowedOperations: WritableKeyPath<PoolRecord, [PoolAllowedOperations]> { \.allowedOperations }
    var listedOperations: [PoolAllowedOperations] { PoolAllowedOperations.allCases }

    /// In xapi's table order: the first one running names the error.
    static let blocking: [(PoolAllowedOperations, String)] = [
        (.haEnable, "HA_ENABLE_IN_PROGRESS"), (.haDisable, "HA_DISABLE_IN_PROGRESS"),
        (.clusterCreate, "CLUSTER_CREATE_IN_PROGRESS"), (.designateNewMaster, "DESIGNATE_NEW_MASTER_IN_PROGRESS"),
        (.tlsVerificationEnable, "TLS_VERIFICATION_ENABLE_IN_PROGRESS"),
        (.configureRepositories, "CONFIGURE_REPOSITORIES_IN_PROGRESS"), (.syncUpdates, "SYNC_UPDATES_IN_PROGRESS"),
        (.applyUpdates, "APPLY_UPDATES_IN_PROGRESS"),
    ]

    func check<D: ObjectReader>(_ op: PoolAllowedOperations, ref: Ref<PoolRecord>, record: PoolRecord,
                                in db: D) -> XenAPIError? {
        let current = record.currentOperations.sorted { $0.key < $1.key }
        let isBlocking = Self.blocking.contains { $0.0 == op }
        let runningBlocker = Self.blocking.first { b in current.contains { $0.value == b.0 } }
        let runningWaiter = current.first { c in !Self.blocking.contains { $0.0 == c.value } }
        let otherInProgress = XenAPIError("OTHER_OPERATION_IN_PROGRESS",
                                          ["pool", ref.raw] + (runningWaiter.map { [$0.value.wireKey, $0.key] } ?? []))
        if let (_, reason) = runningBlocker { return isBlocking ? XenAPIError(reason, []) : otherInProgress }
        if runningWaiter != nil { return otherInProgress }
        switch op {
        case .haEnable, .tlsVerificationEnable:
            return record.haEnabled ? XenAPIError("HA_IS_ENABLED", []) : nil
        case .haDisable:
            return record.haEnabled ? nil : XenAPIError("HA_NOT_ENABLED", [])
        case .clusterCreate:
            if db.count(class: ClusterRecord.className) > 0 { return XenAPIError("CLUSTER_ALREADY_EXISTS", []) }
            if record.haEnabled { return XenAPIError("INCOMPATIBLE_CLUSTER_STACK_ACTIVE", [record.haClusterStack]) }
            return nil
        default: return nil
        }
    }
}
