// What the API layer leans on beyond the basic lifecycle: a clean shutdown wait that a cancelled
// task interrupts, guests whose behaviour a VM asks for through its xenstore data, and PV drivers
// detected from the features a device-less guest advertises.
import Glibc
import Synchronization
import XCTest
@testable import Hypervisor

final class GuestRequestTests: XCTestCase {
    typealias S = DomainTestSupport

    struct Cancelled: Error {}

    func testAShutdownWaitEndsWhenInterrupted() throws {
        let (xen, manager) = S.makeStack(ackTimeout: .seconds(30))
        var vm = S.pvVM(31, disks: 0, nics: 0, kernel: "/boot/guest/vmlinuz")
        vm.xenstoreData["vm-data/simulated-guest"] = "unresponsive"
        let domid = try manager.start(vm)
        XCTAssertTrue(S.eventually { (try? xen.openStore().read("/local/domain/\(domid)/control/feature-poweroff")) == "1" })
        let began = ContinuousClock.now
        var polls = 0
        XCTAssertThrowsError(try manager.cleanShutdown(domid, .poweroff, interrupt: {
            polls += 1
            if polls > 3 { throw Cancelled() }
        })) { XCTAssertTrue($0 is Cancelled) }
        XCTAssertLessThan(ContinuousClock.now - began, .seconds(2), "interrupted long before the 30 s timeout")
        XCTAssertNil(try xen.domainInfo(domid)?.shutdownReason, "the guest never shut down")
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
    }

    func testAWithdrawnRequestLeavesTheGuestsOwnShutdownUnexpected() throws {
        let (xen, manager) = S.makeStack(ackTimeout: .seconds(30))
        let events = Mutex<[DomainEvent]>([])
        try manager.startMonitoring { event in events.withLock { $0.append(event) } }
        defer { manager.stopMonitoring() }
        var vm = S.pvVM(33, disks: 0, nics: 0)
        vm.xenstoreData["vm-data/simulated-guest"] = "unresponsive"
        let domid = try manager.start(vm)
        XCTAssertThrowsError(try manager.cleanShutdown(domid, .poweroff, interrupt: { throw Cancelled() }))
        try manager.withdrawShutdownRequest(domid)
        XCTAssertEqual(try xen.openStore().read("/local/domain/\(domid)/control/shutdown"), "")
        try xen.triggerGuest(domid, .halt)
        XCTAssertTrue(S.eventually { events.withLock { !$0.isEmpty } })
        XCTAssertEqual(events.withLock { $0.first }?.expected, false, "the guest halted on its own")
        try manager.destroy(domid)
    }

    func testGuestProfilesByName() {
        XCTAssertEqual(SimulatedGuestProfile.named("unresponsive")?.respondsToShutdownRequests, false)
        XCTAssertEqual(SimulatedGuestProfile.named("no-pv-drivers"), .noPVDrivers)
        XCTAssertEqual(SimulatedGuestProfile.named("default"), .default)
        XCTAssertNil(SimulatedGuestProfile.named("bogus"))
    }

    func testADevicelessGuestStillShowsItsPVDrivers() throws {
        let (_, manager) = S.makeStack()
        let domid = try manager.start(S.pvVM(32, disks: 0, nics: 0))
        XCTAssertTrue(S.eventually { (try? manager.guestAgent(domid).pvDriversDetected) == true })
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
    }
}
