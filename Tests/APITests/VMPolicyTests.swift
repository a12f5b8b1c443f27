// The VBD and VIF operation rules on plain records (xapi_vbd_helpers.ml / xapi_vif_helpers.ml
// valid_operations): what allowed_operations lists for a device in each state of its VM, and the
// error a refused operation gets.
@testable import API
import Database
import Datamodel
import Wire
import XCTest

final class VMPolicyTests: XCTestCase {
    private var store: ObjectStore!

    override func setUpWithError() throws {
        store = try FirstBootTests.makeStore()
    }

    private func vm(_ state: VMPowerState, hvm: Bool = false, drivers: Bool = true) throws -> Ref<VMRecord> {
        try store.write { tx in
            var metrics = VMMetricsRecord()
            metrics.hvm = hvm
            var guest = VMGuestMetricsRecord()
            guest.pvDriversDetected = drivers
            var vm = VMRecord()
            vm.powerState = state
            vm.domid = state == .running || state == .paused ? 7 : -1
            vm.metrics = try tx.insert(metrics)
            vm.guestMetrics = try tx.insert(guest)
            return try tx.insert(vm)
        }
    }

    private func vbd(_ vm: Ref<VMRecord>, _ change: (inout VBDRecord) -> Void = { _ in }) throws -> (Ref<VBDRecord>, VBDRecord) {
        var r = VBDRecord()
        r.vm = vm
        r.userdevice = "1"
        r.mode = .rw
        r.type = .disk
        r.unpluggable = true
        change(&r)
        let record = r
        let ref = try store.write { tx in try tx.insert(record) }
        return (ref, store.read { $0.get(ref)! })
    }

    private func allowed(_ v: (Ref<VBDRecord>, VBDRecord)) -> Set<VBDOperations> {
        store.read { Set(VBDPolicy().allowed(ref: v.0, record: v.1, in: $0)) }
    }

    private func error(_ op: VBDOperations, _ v: (Ref<VBDRecord>, VBDRecord)) -> [String]? {
        store.read { db in VBDPolicy().check(op, ref: v.0, record: v.1, in: db).map { [$0.code] + $0.params } }
    }

    func testDisksPlugAndUnplugOnlyInARunningVM() throws {
        let halted = try vm(.halted)
        let detached = try vbd(halted)
        XCTAssertEqual(allowed(detached), [.attach])
        XCTAssertEqual(error(.plug, detached), ["VM_BAD_POWER_STATE", halted.raw, "running", "halted"])
        XCTAssertEqual(error(.insert, detached), ["VBD_NOT_REMOVABLE_MEDIA", detached.0.raw])
        let running = try vm(.running)
        XCTAssertEqual(allowed(try vbd(running)), [.attach, .plug])
        let attached = try vbd(running) { $0.currentlyAttached = true }
        XCTAssertEqual(allowed(attached), [.attach, .unplug, .unplugForce, .pause, .unpause])
        XCTAssertEqual(error(.plug, attached), ["DEVICE_ALREADY_ATTACHED", attached.0.raw])
        let system = try vbd(running) { $0.currentlyAttached = true; $0.unpluggable = false }
        XCTAssertEqual(error(.unplug, system), ["VBD_NOT_UNPLUGGABLE", system.0.raw])
    }

    func testCDMediaRules() throws {
        let halted = try vm(.halted)
        let empty = try vbd(halted) { $0.type = .cd; $0.mode = .ro; $0.empty = true }
        XCTAssertEqual(allowed(empty), [.attach, .insert])
        XCTAssertEqual(error(.eject, empty), ["VBD_IS_EMPTY", empty.0.raw])
        let full = try vbd(halted) { $0.type = .cd; $0.mode = .ro }
        XCTAssertEqual(allowed(full), [.attach, .eject])
        XCTAssertEqual(error(.insert, full), ["VBD_NOT_EMPTY", full.0.raw])
        // An HVM guest's CD drive changes media but is never hot-plugged.
        let hvm = try vm(.running, hvm: true)
        let drive = try vbd(hvm) { $0.type = .cd; $0.mode = .ro; $0.empty = true; $0.currentlyAttached = true }
        XCTAssertEqual(allowed(drive), [.attach, .insert])
        XCTAssertEqual(error(.unplug, drive)?.first, "OPERATION_NOT_ALLOWED")
    }

    func testHVMGuestsNeedPVDriversForHotplug() throws {
        let bare = try vm(.running, hvm: true, drivers: false)
        let disk = try vbd(bare)
        XCTAssertEqual(error(.plug, disk), ["VM_MISSING_PV_DRIVERS", bare.raw])
        let withDrivers = try vm(.running, hvm: true)
        XCTAssertEqual(allowed(try vbd(withDrivers)), [.attach, .plug])
    }

    func testDevicesWaitForTheirVMsOperationsAndTheirOwn() throws {
        let running = try vm(.running)
        let v = try vbd(running) { $0.currentOperations = ["OpaqueRef:t1": .plug] }
        XCTAssertEqual(error(.unplug, v), ["OTHER_OPERATION_IN_PROGRESS", "VBD", v.0.raw, "plug", "OpaqueRef:t1"])
        try store.write { tx in try tx.update(running) { $0.currentOperations = ["OpaqueRef:t2": .suspend] } }
        let w = try vbd(running)
        XCTAssertEqual(error(.plug, w), ["OTHER_OPERATION_IN_PROGRESS", "VM", running.raw, "suspend", "OpaqueRef:t2"])
    }

    func testADiskOneLiveVMWritesAttachesNowhereElse() throws {
        let vdi = try store.write { tx in
            var r = VDIRecord()
            r.managed = true
            return try tx.insert(r)
        }
        let writer = try vbd(try vm(.running)) { $0.vdi = vdi; $0.currentlyAttached = true }
        let other = try vbd(try vm(.halted)) { $0.vdi = vdi }
        XCTAssertEqual(error(.attach, other), ["VDI_IN_USE", vdi.raw])
        let reader = try vbd(try vm(.running)) { $0.vdi = vdi; $0.mode = .ro }
        XCTAssertEqual(error(.plug, reader), ["VDI_IN_USE", vdi.raw], "someone writes: no reader either")
        // The writer's VM suspended holds nothing; a sharable disk is anyone's.
        try store.write { tx in try tx.update(writer.1.vm) { $0.powerState = .suspended } }
        XCTAssertNil(error(.attach, other))
        try store.write { tx in try tx.update(writer.1.vm) { $0.powerState = .running } }
        try store.write { tx in try tx.update(vdi) { $0.sharable = true } }
        XCTAssertNil(error(.attach, other))
        // A VDI operation in progress (other than a copy) keeps attaches off.
        try store.write { tx in try tx.update(vdi) { $0.currentOperations = ["OpaqueRef:t": .resize] } }
        XCTAssertEqual(error(.attach, other), ["OTHER_OPERATION_IN_PROGRESS", "VDI", vdi.raw, "resize", "OpaqueRef:t"])
        try store.write { tx in try tx.update(vdi) { $0.currentOperations = ["OpaqueRef:t": .copy]; $0.managed = false } }
        XCTAssertEqual(error(.attach, other), ["VDI_NOT_MANAGED", other.0.raw])
    }

    func testVIFRules() throws {
        let running = try vm(.running)
        var record = VIFRecord()
        record.vm = running
        record.device = "0"
        let ref = try store.write { tx in try tx.insert(record) }
        let vif = store.read { $0.get(ref)! }
        XCTAssertEqual(store.read { VIFPolicy().allowed(ref: ref, record: vif, in: $0) }, [.plug])
        try store.write { tx in try tx.update(running) { $0.powerState = .halted } }
        XCTAssertEqual(store.read { db in VIFPolicy().check(.plug, ref: ref, record: vif, in: db)?.code }, "VM_BAD_POWER_STATE")
    }
}
