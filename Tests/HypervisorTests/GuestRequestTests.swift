// What the API layer leans on beyond the basic lifecycle: a clean shutdown wait that a cancelled
// task interrupts, guests whose behaviour a VM asks for through its xenstore data, and PV drivers
// detected from the features a device-less guest advertises.
import Glibc
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
