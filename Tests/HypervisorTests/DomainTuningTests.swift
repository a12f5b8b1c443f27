// The domain layer's live tuning over the simulated Xen: the shadow pool an HVM build gets and
// a new multiplier resizes (against the host's free memory), credit-scheduler weight and cap,
// sysrq through control/sysrq, triggers, and a balloon that moves over time.
import Glibc
import XCTest
@testable import Hypervisor

final class DomainTuningTests: XCTestCase {
    typealias S = DomainTestSupport

    func testShadowSizeIsXenopsdsFormula() {
        // 256 pages per vCPU + 2 per MiB of static max, in MiB rounded up, times the multiplier.
        XCTAssertEqual(DomainManager.shadowMiB(staticMaxBytes: S.gib, vcpus: 4, multiplier: 1), 12)
        XCTAssertEqual(DomainManager.shadowMiB(staticMaxBytes: S.gib, vcpus: 4, multiplier: 4), 48)
        XCTAssertEqual(DomainManager.shadowMiB(staticMaxBytes: 256 * S.mib, vcpus: 1, multiplier: 1.5), 4)
        XCTAssertEqual(DomainManager.shadowMiB(staticMaxBytes: 0, vcpus: 0, multiplier: 1), 1, "at least 1 MiB")
    }

    func testAnHVMBuildTakesItsShadowPoolFromFreeMemoryAndDestroyGivesItBack() throws {
        let (xen, manager) = S.makeStack()
        let before = try xen.physinfo().freePages
        let domid = try manager.start(S.hvmVM(30))
        XCTAssertEqual(try xen.shadowAllocation(domid), 12)
        XCTAssertEqual(try manager.shadowAllocationMiB(domid), 12)
        XCTAssertEqual(try xen.physinfo().freePages, before - 262_144 - 12 * 256, "1 GiB of memory and 12 MiB of shadow")
        let names = xen.callNames(domid: domid)
        XCTAssertLessThan(names.firstIndex(of: "xc_shadow_control")!, names.firstIndex(of: "xc_dom_boot_image")!)
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
        XCTAssertEqual(try xen.physinfo().freePages, before)
    }

    func testShadowMultiplierLiveResizesThePoolWithinFreeMemory() throws {
        let (xen, manager) = S.makeStack(memoryGiB: 2)
        let hvm = try manager.start(S.hvmVM(31))
        let free = try xen.physinfo().freePages
        let change = try manager.setShadowMultiplier(hvm, staticMaxBytes: S.gib, vcpus: 4, multiplier: 4)
        XCTAssertEqual(change.old, 12)
        XCTAssertEqual(change.new, 48)
        XCTAssertEqual(try xen.shadowAllocation(hvm), 48)
        XCTAssertEqual(try xen.physinfo().freePages, free - 36 * 256)
        // 2 GiB host: dom0 752 MiB, the VM 1 GiB; 100× would need 1.2 GiB of shadow.
        XCTAssertThrowsError(try manager.setShadowMultiplier(hvm, staticMaxBytes: S.gib, vcpus: 4, multiplier: 100)) { error in
            XCTAssertEqual((error as? XenError)?.errno, ENOMEM)
        }
        XCTAssertEqual(try xen.shadowAllocation(hvm), 48, "unchanged after the refusal")
        // The simulated hypervisor refuses too, when asked directly.
        XCTAssertThrowsError(try xen.setShadowAllocation(hvm, mib: 4096)) { XCTAssertEqual(($0 as? XenError)?.errno, ENOMEM) }
        XCTAssertThrowsError(try manager.setShadowMultiplier(hvm, staticMaxBytes: S.gib, vcpus: 4, multiplier: 0.5))
        _ = try manager.setShadowMultiplier(hvm, staticMaxBytes: S.gib, vcpus: 4, multiplier: 1)
        XCTAssertEqual(try xen.physinfo().freePages, free, "shrinking gives the memory back")
        let pv = try manager.start(S.pvVM(32, memory: 256 * S.mib, disks: 0, nics: 0))
        XCTAssertEqual(try xen.shadowAllocation(pv), 0, "a PV build has no shadow pool here")
        XCTAssertThrowsError(try manager.setShadowMultiplier(pv, staticMaxBytes: 256 * S.mib, vcpus: 2, multiplier: 2)) {
            guard case .invalidConfiguration = $0 as? HypervisorError else { return XCTFail("\($0)") }
        }
    }

    func testCreditSchedulerWeightAndCap() throws {
        let (xen, manager) = S.makeStack()
        let domid = try manager.start(S.pvVM(33, disks: 0, nics: 0))
        XCTAssertEqual(try manager.schedulerCredit(domid), SchedulerCredit(weight: 256, cap: 0))
        try manager.setSchedulerCredit(domid, weight: 512)
        try manager.setSchedulerCredit(domid, cap: 50)
        XCTAssertEqual(try xen.schedulerCredit(domid), SchedulerCredit(weight: 512, cap: 50))
        XCTAssertThrowsError(try manager.setSchedulerCredit(domid, weight: 0))
        XCTAssertThrowsError(try xen.setSchedulerCredit(domid, SchedulerCredit(weight: 70_000, cap: 0))) {
            XCTAssertEqual(($0 as? XenError)?.errno, EINVAL)
        }
        XCTAssertEqual(xen.calls().filter { $0.domid == domid && $0.call == "xc_sched_credit_domain_set" }.map(\.detail),
                       ["weight=512 cap=0", "weight=512 cap=50", "weight=70000 cap=0"])
        XCTAssertThrowsError(try manager.schedulerCredit(999))
    }

    func testSysrqReachesTheGuestKernel() throws {
        let (xen, manager) = S.makeStack()
        let domid = try manager.start(S.pvVM(34, disks: 0, nics: 0))
        XCTAssertTrue(S.eventually { (try? manager.guestAgent(domid))?.agentPresent == true })
        let store = xen.openStore()
        try manager.sendSysrq(domid, key: "s")
        XCTAssertTrue(S.eventually { xen.sysrqKeysHandled(domid) == "s" })
        XCTAssertEqual(try store.read("/local/domain/\(domid)/control/sysrq"), "", "the kernel clears the request")
        XCTAssertEqual(try manager.status(domid)?.power, .running)
        try manager.sendSysrq(domid, key: "c")
        XCTAssertTrue(S.eventually { (try? manager.status(domid))?.power == .shutdown(.crash) }, "sysrq-c crashes the kernel")
        XCTAssertEqual(xen.sysrqKeysHandled(domid), "sc")
        try manager.destroy(domid)
        XCTAssertThrowsError(try manager.sendSysrq(domid, key: "s"))
    }

    func testTriggersAsXenDeliversThem() throws {
        let (xen, manager) = S.makeStack()
        let hvm = S.hvmVM(35)
        xen.setGuestProfile(.noPVDrivers, forVM: hvm.uuid)
        let domid = try manager.start(hvm)
        try manager.sendTrigger(domid, .nmi)
        XCTAssertEqual(xen.nmiCount(domid), 1)
        XCTAssertThrowsError(try manager.sendTrigger(domid, .reset)) { XCTAssertEqual(($0 as? XenError)?.errno, ENOSYS) }
        try manager.sendTrigger(domid, .sleep)
        XCTAssertEqual(try manager.status(domid)?.power, .running, "the guest ignores the sleep button")
        // An OS without PV drivers still handles the ACPI power button: an orderly poweroff.
        try manager.sendTrigger(domid, .power)
        XCTAssertTrue(S.eventually { (try? manager.status(domid))?.power == .shutdown(.poweroff) })
        XCTAssertEqual(xen.calls().filter { $0.domid == domid && $0.call == "xc_domain_send_trigger" }.map(\.detail),
                       ["nmi vcpu 0", "reset vcpu 0", "sleep vcpu 0", "power vcpu 0"])
        let pv = try manager.start(S.pvVM(36, disks: 0, nics: 0))
        try manager.sendTrigger(pv, .nmi)
        XCTAssertThrowsError(try manager.sendTrigger(pv, .power)) {
            guard case .invalidConfiguration = $0 as? HypervisorError else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try xen.sendTrigger(pv, .power, vcpu: 0)) { XCTAssertEqual(($0 as? XenError)?.errno, EINVAL) }
        XCTAssertThrowsError(try xen.sendTrigger(pv, .nmi, vcpu: 9)) { XCTAssertEqual(($0 as? XenError)?.errno, EINVAL) }
    }

    func testTheBalloonMovesTowardsTheTargetOverTime() throws {
        let (xen, manager) = S.makeStack()
        var slow = SimulatedGuestProfile.default
        slow.balloonRate = 256 << 20
        let vm = VMDescription(
            uuid: S.uuid(37), name: "slow-balloon", memory: .init(staticMin: 128 * S.mib, staticMax: 512 * S.mib,
                                                                   dynamicMin: 128 * S.mib, dynamicMax: 512 * S.mib),
            vcpusMax: 1, vcpusAtStartup: 1, boot: .pv(.init(kernel: "/boot/k")), disks: [], nics: [])
        xen.setGuestProfile(slow, forVM: vm.uuid)
        let domid = try manager.start(vm)
        XCTAssertTrue(S.eventually { (try? manager.guestAgent(domid))?.agentPresent == true })
        let started = ContinuousClock.now
        try manager.setMemoryTarget(domid, bytes: 128 * S.mib)
        var seen = Set<Int64>()
        XCTAssertTrue(S.eventually {
            let bytes = (try? manager.status(domid))?.memoryBytes ?? 0
            seen.insert(bytes)
            return bytes == 128 * S.mib
        })
        // 384 MiB at 256 MiB/s: about 1.5 s, in 10 ms steps of 2.5 MiB.
        XCTAssertGreaterThan(ContinuousClock.now - started, .milliseconds(1000))
        XCTAssertGreaterThan(seen.filter { $0 > 128 * S.mib && $0 < 512 * S.mib }.count, 10, "intermediate sizes")
        XCTAssertEqual(try manager.status(domid)?.memoryTargetBytes, 128 * S.mib)
    }
}

extension DomainTuningTests {
    func testTheBuildAppliesTheSchedulerShare() throws {
        let (xen, manager) = S.makeStack()
        var vm = S.pvVM(38, disks: 0, nics: 0)
        vm.scheduler = SchedulerCredit(weight: 128, cap: 25)
        let domid = try manager.start(vm)
        XCTAssertEqual(try xen.schedulerCredit(domid), SchedulerCredit(weight: 128, cap: 25))
        let names = xen.callNames(domid: domid)
        XCTAssertLessThan(names.firstIndex(of: "xc_sched_credit_domain_set")!, names.firstIndex(of: "xc_dom_boot_image")!)
        let plain = try manager.start(S.pvVM(39, disks: 0, nics: 0))
        XCTAssertEqual(try xen.schedulerCredit(plain), SchedulerCredit(), "Xen's default without one")
        XCTAssertFalse(xen.callNames(domid: plain).contains("xc_sched_credit_domain_set"))
    }
}
