// The operation-locking machinery on an in-memory store, with a toy policy on VBDs whose rules are
// simple enough to state here: plug needs the VBD detached and its VM Running; nothing runs
// concurrently with anything; a VBD's VM depends on it (the VM is refreshed when the VBD changes).
import XCTest
@testable import API
import Database
import Datamodel
import Wire

final class OperationLocksTests: XCTestCase {
    struct ToyVBDPolicy: OperationPolicy {
        var currentOperations: WritableKeyPath<VBDRecord, [String: VBDOperations]> { \.currentOperations }
        var allowedOperations: WritableKeyPath<VBDRecord, [VBDOperations]> { \.allowedOperations }
        var listedOperations: [VBDOperations] { [.plug, .unplug] }

        func check<D: ObjectReader>(_ op: VBDOperations, ref: Ref<VBDRecord>, record: VBDRecord, in db: D) -> XenAPIError? {
            if let busy = otherOperationInProgress(ref, record) { return busy }
            let running = db.get(record.vm)?.powerState == .running
            switch op {
            case .plug: return running && !record.currentlyAttached ? nil : XenAPIError("OPERATION_NOT_ALLOWED", ["plug"])
            case .unplug: return running && record.currentlyAttached ? nil : XenAPIError("OPERATION_NOT_ALLOWED", ["unplug"])
            default: return XenAPIError("OPERATION_NOT_ALLOWED", [op.wireKey])
            }
        }
    }

    /// Counts refreshes of VMs, to see dependents being visited.
    struct ToyVMPolicy: OperationPolicy {
        var currentOperations: WritableKeyPath<VMRecord, [String: VMOperations]> { \.currentOperations }
        var allowedOperations: WritableKeyPath<VMRecord, [VMOperations]> { \.allowedOperations }
        var listedOperations: [VMOperations] { [.start, .cleanShutdown] }

        func check<D: ObjectReader>(_ op: VMOperations, ref: Ref<VMRecord>, record: VMRecord, in db: D) -> XenAPIError? {
            if let busy = otherOperationInProgress(ref, record) { return busy }
            switch (op, record.powerState) {
            case (.start, .halted), (.cleanShutdown, .running): return nil
            default: return XenAPIError("VM_BAD_POWER_STATE", [ref.raw])
            }
        }

        func dependents<D: ObjectReader>(ref: Ref<VMRecord>, record: VMRecord, in db: D) -> [String] {
            record.vbds.map(\.raw)
        }
    }

    var store: ObjectStore!
    var locks: OperationLocks!
    var vm: Ref<VMRecord>!
    var vbd: Ref<VBDRecord>!

    override func setUpWithError() throws {
        store = try ObjectStore(path: nil, classes: APIServer.storeClasses, recordTypes: Datamodel.recordTypes,
                                relations: Datamodel.relations)
        locks = OperationLocks(store: store, policies: [ToyVBDPolicy(), ToyVMPolicy()])
        (vm, vbd) = try store.write { tx in
            let vm = try tx.insert(VMRecord())
            var b = VBDRecord()
            b.vm = vm
            return (vm, try tx.insert(b))
        }
    }

    func vbdRecord() -> VBDRecord { store.read { $0.get(vbd)! } }
    func vmRecord() -> VMRecord { store.read { $0.get(vm)! } }

    func testAllowedOperationsFollowEveryCommit() throws {
        XCTAssertEqual(vmRecord().allowedOperations, [.start])
        XCTAssertEqual(vbdRecord().allowedOperations, [])
        // A VM change refreshes its VBDs in the same commit (dependents).
        let before = store.generation
        try store.write { tx in try tx.update(vm) { $0.powerState = .running } }
        XCTAssertEqual(vmRecord().allowedOperations, [.cleanShutdown])
        XCTAssertEqual(vbdRecord().allowedOperations, [.plug])
        XCTAssertEqual(store.generation, before + 2, "one commit: the VM and its VBD, nothing else")
        try store.write { tx in try tx.update(vbd) { $0.currentlyAttached = true } }
        XCTAssertEqual(vbdRecord().allowedOperations, [.unplug])
    }

    func testUnchangedAllowedOperationsWriteNothing() throws {
        try store.write { tx in try tx.update(vm) { $0.nameLabel = "a" } }
        let g = store.generation
        try store.write { tx in try tx.update(vm) { $0.nameLabel = "b" } }
        XCTAssertEqual(store.generation, g + 1, "only the VM itself; its VBD's allowed ops did not change")
    }

    func testRunningOperationBlocksAConflictingOne() throws {
        let policy = ToyVMPolicy()
        let seen = try locks.run(policy, vm, .start, task: "OpaqueRef:task1") { () -> VMRecord in
            let during = vmRecord()
            XCTAssertEqual(during.currentOperations, ["OpaqueRef:task1": .start])
            XCTAssertEqual(during.allowedOperations, [], "nothing is allowed while start runs")
            XCTAssertThrowsError(try locks.run(policy, vm, .start, task: "OpaqueRef:task2") {}) { error in
                XCTAssertEqual(error as? XenAPIError,
                               XenAPIError("OTHER_OPERATION_IN_PROGRESS", ["VM", vm.raw, "start", "OpaqueRef:task1"]))
            }
            return during
        }
        XCTAssertEqual(seen.powerState, .halted)
        XCTAssertEqual(vmRecord().currentOperations, [:])
        XCTAssertEqual(vmRecord().allowedOperations, [.start])
    }

    func testRefusedOperationLeavesNoTrace() throws {
        XCTAssertThrowsError(try locks.run(ToyVMPolicy(), vm, .cleanShutdown, task: nil) {}) { error in
            XCTAssertEqual((error as? XenAPIError)?.code, "VM_BAD_POWER_STATE")
        }
        XCTAssertEqual(vmRecord().currentOperations, [:])
    }

    func testMarkingSeveralObjectsIsAllOrNothing() throws {
        let policy = ToyVBDPolicy()
        let (second, attached) = try store.write { tx in
            var b = VBDRecord()
            b.vm = vm
            let second = try tx.insert(b)
            b.currentlyAttached = true
            return (second, try tx.insert(b))
        }
        try store.write { tx in try tx.update(vm) { $0.powerState = .running } }
        try locks.runAll(policy, [vbd, second], .plug, task: "OpaqueRef:t") {
            XCTAssertEqual(vbdRecord().currentOperations, ["OpaqueRef:t": .plug])
            XCTAssertEqual(store.read { $0.get(second)!.currentOperations }, ["OpaqueRef:t": .plug])
        }
        XCTAssertEqual(vbdRecord().currentOperations, [:])
        XCTAssertEqual(store.read { $0.get(second)!.currentOperations }, [:])
        // The attached one cannot be plugged: the others stay unmarked, the body never runs.
        XCTAssertThrowsError(try locks.runAll(policy, [vbd, attached], .plug, task: nil) { XCTFail("ran") })
        XCTAssertEqual(vbdRecord().currentOperations, [:])
    }

    func testFailingBodyStillReleasesTheLock() throws {
        struct Boom: Error {}
        XCTAssertThrowsError(try locks.run(ToyVMPolicy(), vm, .start, task: nil) { throw Boom() })
        XCTAssertEqual(vmRecord().currentOperations, [:])
        XCTAssertEqual(vmRecord().allowedOperations, [.start])
    }

    func testOperationsOnDifferentObjectsRunTogether() throws {
        let other = try store.write { tx in try tx.insert(VMRecord()) }
        try locks.run(ToyVMPolicy(), vm, .start, task: nil) {
            try locks.run(ToyVMPolicy(), other, .start, task: nil) {
                XCTAssertEqual(store.read { $0.get(other)!.currentOperations.count }, 1)
            }
        }
    }

    func testResetAfterRestartClearsStaleOperations() throws {
        try store.write { tx in try tx.update(vm) { $0.currentOperations = ["OpaqueRef:gone": .start] } }
        XCTAssertEqual(vmRecord().allowedOperations, [])
        try locks.resetAfterRestart()
        XCTAssertEqual(vmRecord().currentOperations, [:])
        XCTAssertEqual(vmRecord().allowedOperations, [.start])
    }

    func testDeletedChildRefreshesItsFormerParent() throws {
        // The VBD policy names no dependents, but the VM's do: deleting the VBD is seen through the
        // VM (the relation update of VM.VBDs modifies the VM in the same commit).
        try store.write { tx in try tx.delete(vbd) }
        XCTAssertEqual(vmRecord().vbds, [])
        XCTAssertEqual(vmRecord().allowedOperations, [.start])
    }

    /// A VM policy that reads its VBDs, and VBDs as a dependency-only class: a VBD change must
    /// refresh its VM although VBD has no policy here.
    struct VMWatchingDisks: OperationPolicy {
        var currentOperations: WritableKeyPath<VMRecord, [String: VMOperations]> { \.currentOperations }
        var allowedOperations: WritableKeyPath<VMRecord, [VMOperations]> { \.allowedOperations }
        var listedOperations: [VMOperations] { [.start] }

        func check<D: ObjectReader>(_ op: VMOperations, ref: Ref<VMRecord>, record: VMRecord, in db: D) -> XenAPIError? {
            record.vbds.contains { db.get($0)?.currentlyAttached == true } ? XenAPIError("OPERATION_NOT_ALLOWED", []) : nil
        }
    }

    struct VBDsMatterToTheirVM: OperationDependents {
        var className: String { VBDRecord.className }
        func dependents(ref: String, in tx: Transaction) -> [String] {
            [tx.get(Ref<VBDRecord>(ref))?.vm.raw].compactMap { $0 }
        }
    }

    func testADependencyOnlyClassRefreshesWhatFollowsIt() throws {
        let store = try ObjectStore(path: nil, classes: APIServer.storeClasses, recordTypes: Datamodel.recordTypes,
                                    relations: Datamodel.relations)
        _ = OperationLocks(store: store, policies: [VMWatchingDisks()], dependencies: [VBDsMatterToTheirVM()])
        let (vm, vbd) = try store.write { tx in
            let vm = try tx.insert(VMRecord())
            var b = VBDRecord()
            b.vm = vm
            return (vm, try tx.insert(b))
        }
        XCTAssertEqual(store.read { $0.get(vm)!.allowedOperations }, [.start])
        try store.write { tx in try tx.update(vbd) { $0.currentlyAttached = true } }
        XCTAssertEqual(store.read { $0.get(vm)!.allowedOperations }, [], "the VBD change reached its VM")
    }
}
