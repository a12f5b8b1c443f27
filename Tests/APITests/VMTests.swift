// VM lifecycle through the API over a simulated Xen: the xenstore layout of a running VM's disks
// and NICs, the actions applied when a guest crashes, reboots or halts on its own, cancelling a
// clean shutdown the guest never answers, and xapi's MAC generation.
@testable import API
import Database
import Datamodel
import Glibc
import Hypervisor
import Wire
import XCTest

final class VMTests: XCTestCase {
    private var dataDirectory = ""
    private var xen: SimulatedXen!
    private var api: APIServer!
    private var session: Value = .void

    override func setUpWithError() throws {
        var template = Array("/tmp/vm-tests-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        dataDirectory = try XCTUnwrap(made.map { String(cString: $0) })
        xen = FirstBootTests.makeXen()
        let store = try FirstBootTests.makeStore()
        try FirstBoot.run(store: store, control: xen, facts: FirstBootTests.makeFacts(),
                          configuration: FirstBootConfiguration(dataDirectory: dataDirectory))
        api = try APIServer(store: store, authenticator: DispatcherTests.Users(),
                            environment: HostEnvironment(dataDirectory: dataDirectory, hypervisor: makeSimulatedStack(xen)))
        session = try call("session.login_with_password", "root", "pw")
    }

    override func tearDown() {
        xen.stopSimulation()
        _ = system("rm -rf '\(dataDirectory)'")
    }

    // MARK: Helpers

    @discardableResult
    private func call(_ method: String, _ params: Value...) throws -> Value {
        let args = method.hasPrefix("session.login") ? params : [session] + params
        switch api.call(method: method, params: args, context: CallerContext(transport: .unixSocket)) {
        case .success(let v), .bare(let v): return v
        case .failure(let e): throw e
        }
    }

    private func errorOf(_ method: String, _ params: Value...) -> [String] {
        switch api.call(method: method, params: [session] + params, context: CallerContext(transport: .unixSocket)) {
        case .success, .bare: return []
        case .failure(let e): return [e.code] + e.params
        }
    }

    private func string(_ method: String, _ params: Value...) throws -> String {
        let args = [session] + params
        guard case .success(let v) = api.call(method: method, params: args, context: CallerContext(transport: .unixSocket))
        else { throw XenAPIError.internalError("\(method) failed") }
        if case .int(let i) = v { return String(i) }
        guard let s = v.stringValue else { throw XenAPIError.internalError("\(method) gave no string") }
        return s
    }

    /// A halted VM cloned from the HVM Debian template; provisioned (one 8 GiB disk) if asked.
    private func makeVM(provision: Bool = false, xenstoreData: [String: String] = [:]) throws -> Value {
        let templates = try call("VM.get_by_name_label", "Debian Jessie 8.0")
        guard case .array(let refs) = templates, let template = refs.first else { throw XenAPIError.internalError("no template") }
        let vm = try call("VM.clone", template, "test VM")
        if provision { try call("VM.provision", vm) }
        try call("VM.set_is_a_template", vm, .bool(false))
        try call("VM.set_xenstore_data", vm, .structure(xenstoreData.map { Member($0.key, .string($0.value)) }))
        return vm
    }

    private func eventually(_ what: String, timeout: Double = 5, _ condition: () throws -> Bool) {
        let deadline = Date().timeIntervalSince1970 + timeout
        while Date().timeIntervalSince1970 < deadline {
            if (try? condition()) == true { return }
            usleep(10_000)
        }
        XCTFail("timed out waiting for \(what)")
    }

    // MARK: Tests

    func testXenstoreLayoutOfARunningVMsDiskAndNIC() throws {
        let vm = try makeVM(provision: true)
        let network = try call("network.create", .structure([Member("name_label", "guests"), Member("other_config", .structure([]))]))
        let bridge = try string("network.get_bridge", network)
        let vif = try call("VIF.create", .structure([
            Member("device", "0"), Member("network", network), Member("VM", vm), Member("MAC", ""), Member("MTU", "1500"),
            Member("other_config", .structure([Member("ethtool-tx", "off")])), Member("qos_algorithm_type", ""),
            Member("qos_algorithm_params", .structure([])),
        ]))
        try call("VM.start", vm, .bool(false), .bool(false))
        let domid = try string("VM.get_domid", vm)
        let mac = try string("VIF.get_MAC", vif)
        eventually("the guest's frontends connected") {
            xen.xenstored.dump("/local/domain/0/backend/vif/\(domid)/0/state").values.first == "4"
        }
        let dump = xen.xenstored.dump()
        // Disk 0 of an HVM guest: the emulated IDE's hda (devid 768), named xvda (notes: device numbering).
        let vbdBackend = "/local/domain/0/backend/vbd/\(domid)/768"
        XCTAssertEqual(dump[vbdBackend + "/frontend"], "/local/domain/\(domid)/device/vbd/768")
        XCTAssertEqual(dump[vbdBackend + "/dev"], "xvda")
        XCTAssertEqual(dump[vbdBackend + "/mode"], "w")
        XCTAssertEqual(dump[vbdBackend + "/state"], "4")
        XCTAssertEqual(dump[vbdBackend + "/hotplug-status"], "connected")
        XCTAssertTrue(dump[vbdBackend + "/params"]?.hasPrefix(dataDirectory) ?? false)
        XCTAssertEqual(dump["/local/domain/\(domid)/device/vbd/768/backend"], vbdBackend)
        XCTAssertEqual(dump["/local/domain/\(domid)/device/vbd/768/state"], "4")
        let vifBackend = "/local/domain/0/backend/vif/\(domid)/0"
        XCTAssertEqual(dump[vifBackend + "/mac"], mac)
        XCTAssertEqual(dump[vifBackend + "/bridge"], bridge)
        XCTAssertEqual(dump[vifBackend + "/state"], "4")
        XCTAssertEqual(dump["/local/domain/\(domid)/device/vif/0/mac"], mac)
        XCTAssertEqual(dump["/xapi/\(try string("VM.get_uuid", vm))/private/vif/0/other-config/ethtool-tx"], "off")
        // Start plugs NICs with their locking rules, as VIF.plug does (network default: unlocked).
        XCTAssertEqual(dump["/xapi/\(try string("VM.get_uuid", vm))/private/vif/0/locking-mode"], "unlocked")
        // xenstore_data: only the vm-data/ keys reach the guest, at start and when changed live.
        try call("VM.set_xenstore_data", vm, .structure([Member("vm-data/role", "web"), Member("other/x", "y")]))
        let guest = xen.xenstored.dump("/local/domain/\(domid)")
        XCTAssertEqual(guest["/local/domain/\(domid)/vm-data/role"], "web")
        XCTAssertNil(guest["/local/domain/\(domid)/other/x"])
        guard case .array(let vbds) = try call("VM.get_VBDs", vm), let vbd = vbds.first else { return XCTFail("no VBD") }
        XCTAssertEqual(try call("VBD.get_currently_attached", vbd), .bool(true))
        XCTAssertEqual(try string("VBD.get_device", vbd), "xvda")
        try call("VM.hard_shutdown", vm)
        XCTAssertTrue(xen.xenstored.dump("/local/domain/0/backend/vbd/\(domid)").isEmpty)
        XCTAssertEqual(try call("VBD.get_currently_attached", vbd), .bool(false))
    }

    func testGuestInitiatedShutdownsApplyTheVMsActions() throws {
        let vm = try makeVM()
        try call("VM.set_actions_after_crash", vm, "restart")
        try call("VM.start", vm, .bool(false), .bool(false))
        let first = try string("VM.get_domid", vm)
        try xen.triggerGuest(UInt32(first)!, .crash)
        eventually("a restart after the crash") { try string("VM.get_domid", vm) != first && string("VM.get_power_state", vm) == "Running" }
        let second = try string("VM.get_domid", vm)
        try call("VM.set_actions_after_reboot", vm, "destroy")
        try xen.triggerGuest(UInt32(second)!, .reboot)
        eventually("Halted after the guest's reboot") { try string("VM.get_power_state", vm) == "Halted" }
        XCTAssertEqual(try string("VM.get_domid", vm), "-1")
        try call("VM.start", vm, .bool(false), .bool(false))
        try xen.triggerGuest(UInt32(try string("VM.get_domid", vm))!, .halt)
        eventually("Halted after the guest powered off") { try string("VM.get_power_state", vm) == "Halted" }
        XCTAssertEqual(try xen.domainInfoList().filter { $0.domid != 0 }.count, 0, "no domain left behind")
    }

    func testAGuestCrashDuringAnOperationWaitsForIt() throws {
        let vm = try makeVM()
        try call("VM.set_actions_after_crash", vm, "restart")
        try call("VM.start", vm, .bool(false), .bool(false))
        let first = try string("VM.get_domid", vm)
        let ref = Ref<VMRecord>(vm.stringValue!)
        try api.store.write { tx in try tx.update(ref) { $0.currentOperations = ["OpaqueRef:busy": .snapshot] } }
        try xen.triggerGuest(UInt32(first)!, .crash)
        usleep(300_000)
        XCTAssertEqual(try string("VM.get_domid", vm), first, "no restart under a running operation")
        try api.store.write { tx in try tx.update(ref) { $0.currentOperations = [:] } }
        // The restart runs as a hard_reboot: over once it is no longer recorded.
        eventually("the restart once the operation ended") {
            try string("VM.get_domid", vm) != first && string("VM.get_power_state", vm) == "Running"
                && call("VM.get_current_operations", vm) == .structure([])
        }
        try call("VM.hard_shutdown", vm)
    }

    func testCleanShutdownOfAGuestThatNeverAnswersCanBeCancelled() throws {
        let vm = try makeVM(xenstoreData: ["vm-data/simulated-guest": "unresponsive"])
        try call("VM.start", vm, .bool(false), .bool(false))
        usleep(100_000)
        let task = try call("Async.VM.clean_shutdown", vm)
        eventually("the operation recorded") {
            guard case .structure(let ops) = try call("VM.get_current_operations", vm) else { return false }
            return ops.count == 1
        }
        XCTAssertEqual(errorOf("VM.suspend", vm).first, "OTHER_OPERATION_IN_PROGRESS")
        try call("task.cancel", task)
        eventually("the task cancelled") { try string("task.get_status", task) == "cancelled" }
        XCTAssertEqual(try string("VM.get_power_state", vm), "Running")
        try call("VM.hard_shutdown", vm)
        XCTAssertEqual(try string("VM.get_power_state", vm), "Halted")
    }

    func testAVMWhoseSRIsNotAttachedCannotStartHere() throws {
        let vm = try makeVM(provision: true)
        guard case .array(let vbds) = try call("VM.get_VBDs", vm), let vbd = vbds.first else { return XCTFail("no VBD") }
        let sr = try string("VDI.get_SR", try call("VBD.get_VDI", vbd))
        let pbds = api.store.read { db in db.all(PBDRecord.self).filter { $0.1.sr.raw == sr }.map(\.0) }
        try api.store.write { tx in for pbd in pbds { try tx.update(pbd) { $0.currentlyAttached = false } } }
        XCTAssertEqual(errorOf("VM.start", vm, .bool(false), .bool(false)), ["VM_REQUIRES_SR", vm.stringValue!, sr])
        XCTAssertEqual(try call("VM.get_possible_hosts", vm), .array([]))
        try api.store.write { tx in for pbd in pbds { try tx.update(pbd) { $0.currentlyAttached = true } } }
        guard case .array(let hosts) = try call("VM.get_possible_hosts", vm) else { return XCTFail("no hosts") }
        XCTAssertEqual(hosts.count, 1)
        try call("VM.assert_can_boot_here", vm, hosts[0])
    }

    func testFirstBootsAllowedOperationsAreThePolicys() throws {
        let store = try FirstBootTests.makeStore()
        try FirstBoot.run(store: store, control: FirstBootTests.makeXen(), facts: FirstBootTests.makeFacts(),
                          configuration: FirstBootConfiguration(dataDirectory: dataDirectory + "/fresh"))
        let policy = VMPolicy()
        store.read { db in
            let vms = db.all(VMRecord.self)
            XCTAssertGreaterThan(vms.count, 80)
            for (ref, vm) in vms {
                XCTAssertEqual(vm.allowedOperations, policy.allowed(ref: ref, record: vm, in: db), vm.nameLabel)
            }
        }
    }

    func testMemoryActualFollowsTheBalloon() throws {
        let vm = try makeVM()
        try call("VM.start", vm, .bool(false), .bool(false))
        let metrics = try call("VM.get_metrics", vm)
        let low = Int64(192 << 20)
        try call("VM.set_memory_dynamic_range", vm, .int(low), .int(low))
        eventually("memory_actual at the new target") { try call("VM_metrics.get_memory_actual", metrics) == .int(low) }
    }

    func testMACAddressesFollowXapisGenMac() {
        let seed = "0ab9b2d2-4b1f-4c6b-8a5e-7a3d2c1b0f9e"
        XCTAssertEqual(MACAddress.generate(device: 0, seed: seed), "da:50:93:a0:fa:c9")
        XCTAssertEqual(MACAddress.generate(device: 3, seed: seed), "1e:0f:62:dc:ab:80")
        XCTAssertTrue(MACAddress.isValid("AA-bb-cc-dd-ee-ff"))
        XCTAssertFalse(MACAddress.isValid("aa:bb:cc:dd:ee"))
    }

    func testProvisionXMLParsing() throws {
        let xml = "<provision><disk device=\"0\" size=\"8589934592\" sr=\"\" bootable=\"true\" type=\"system\"/>"
            + "<disk bootable='false' type='user' size='1024' device='1' sr='abc'/></provision>"
        XCTAssertEqual(try ProvisionDisk.parse(xml), [
            ProvisionDisk(device: "0", size: 8_589_934_592, sr: "", bootable: true, type: "system"),
            ProvisionDisk(device: "1", size: 1024, sr: "abc", bootable: false, type: "user"),
        ])
    }
}
