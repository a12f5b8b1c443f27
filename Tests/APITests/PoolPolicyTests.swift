// The pool's operation rules (xapi_pool_helpers.ml): HA state, blocking vs waiting operations.
import XCTest
@testable import API
import Database
import Datamodel
import Wire

final class PoolPolicyTests: XCTestCase {
    let policy = PoolPolicy()
    var store: ObjectStore!
    var pool: Ref<PoolRecord>!

    override func setUpWithError() throws {
        store = try ObjectStore(path: nil, classes: APIServer.storeClasses, recordTypes: Datamodel.recordTypes,
                                relations: Datamodel.relations)
        pool = try store.write { tx in try tx.insert(PoolRecord()) }
    }

    func error(_ op: PoolAllowedOperations, _ change: (inout PoolRecord) -> Void = { _ in }) -> XenAPIError? {
        store.read { db in
            var record = db.get(pool)!
            change(&record)
            return policy.check(op, ref: pool, record: record, in: db)
        }
    }

    func testWithoutHAEverythingButDisableIsAllowed() {
        let allowed = store.read { db in policy.allowed(ref: pool, record: db.get(pool)!, in: db) }
        XCTAssertEqual(Set(allowed), Set(PoolAllowedOperations.allCases).subtracting([.haDisable]))
        XCTAssertEqual(error(.haDisable), XenAPIError("HA_NOT_ENABLED", []))
    }

    func testWithHA() {
        let ha: (inout PoolRecord) -> Void = { $0.haEnabled = true; $0.haClusterStack = "xhad" }
        XCTAssertEqual(error(.haEnable, ha), XenAPIError("HA_IS_ENABLED", []))
        XCTAssertEqual(error(.tlsVerificationEnable, ha), XenAPIError("HA_IS_ENABLED", []))
        XCTAssertNil(error(.haDisable, ha))
        XCTAssertEqual(error(.clusterCreate, ha), XenAPIError("INCOMPATIBLE_CLUSTER_STACK_ACTIVE", ["xhad"]))
    }

    func testARunningBlockingOperation() {
        let running: (inout PoolRecord) -> Void = { $0.currentOperations = ["OpaqueRef:t": .haEnable] }
        XCTAssertEqual(error(.designateNewMaster, running), XenAPIError("HA_ENABLE_IN_PROGRESS", []))
        XCTAssertEqual(error(.eject, running), XenAPIError("OTHER_OPERATION_IN_PROGRESS", ["pool", pool.raw]))
    }

    func testARunningWaitingOperation() {
        let running: (inout PoolRecord) -> Void = { $0.currentOperations = ["OpaqueRef:t": .eject] }
        let busy = XenAPIError("OTHER_OPERATION_IN_PROGRESS", ["pool", pool.raw, "eject", "OpaqueRef:t"])
        XCTAssertEqual(error(.haEnable, running), busy)
        XCTAssertEqual(error(.certRefresh, running), busy)
    }

    func testClusterCreateWithAClusterPresent() throws {
        try store.write { tx in _ = try tx.insert(ClusterRecord()) }
        XCTAssertEqual(error(.clusterCreate), XenAPIError("CLUSTER_ALREADY_EXISTS", []))
    }
}
