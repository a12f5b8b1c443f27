// The domain layer over the simulated Xen: clean and hard shutdown, reboot and crash reports,
// suspend to a file and resume, memory accounting, live memory and vCPU changes, and the speed of
// start/stop cycles. Assertions are on results, on the call trace and on xenstore.
import Dispatch
import Foundation
import Glibc
import Synchronization
import XCTest
@testable import Hypervisor

/// Collects the monitor's reports for a test to wait on.
final class EventLog: Sendable {
    private let events = Mutex<[DomainEvent]>([])
    func append(_ e: DomainEvent) { events.withLock { $0.append(e) } }
    var all: [DomainEvent] { events.withLock { $0 } }

    func waitFor(_ timeout: Duration = .seconds(5), _ match: (DomainEvent) -> Bool) -> DomainEvent? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let e = all.first(where: match) { return e }
            usleep(1000)
        }
        return all.first(where: match)
    }
}

/// Errors collected from several threads.
final class EventLogErrors: Sendable {
    private let errors = Mutex<[String]>([])
    func append(_ e: String) { errors.withLock { $0.append(e) } }
    var all: [String] { errors.withLock { $0 } }
}

final class DomainLifecycleTests: XCTestCase {
    typealias S = DomainTestSupport

    func testCleanShutdownIsAcknowledgedByTheGuestAgent() throws {
        let (xen, manager) = S.makeStack()
        let vm = S.pvVM()
        let domid = try manager.start(vm)
        XCTAssertTrue(S.eventually { (try? manager.guestAgent(domid))?.agentPresent == true })
        let store = xen.openStore()
        let reason = try manager.cleanShutdown(domid)
        XCTAssertEqual(reason, .poweroff)
        XCTAssertEqual(try store.read("/local/domain/\(domid)/control/shutdown"), "", "the guest cleared the request")
        XCTAssertEqual(try manager.status(domid)?.power, .shutdown(.poweroff))
        let names = xen.callNames(domid: domid)
        XCTAssertEqual(names.last, "SCHEDOP_shutdown", "the guest shut itself down")
        XCTAssertFalse(names.contains("xc_domain_shutdown"))
        try manager.destroy(domid)
        XCTAssertNil(try manager.status(domid))
        XCTAssertEqual(Array(xen.callNames(domid: domid).suffix(2)), ["xc_domain_sethandle", "xc_domain_destroy"])
        XCTAssertTrue(xen.calls().contains { $0.call == "xc_domain_sethandle" && $0.detail == "deadbeef-dead-beef-dead-beef00000001" })
        // Every tree of the domain and the VM is gone; the backends too.
        for root in ["/local/domain/\(domid)", "/xenops/domain/\(domid)", "/libxl/\(domid)", "/vm/\(vm.uuid)",
                     "/xapi/\(vm.uuid)", "/local/domain/0/backend/vbd/\(domid)", "/local/domain/0/backend/vif/\(domid)"] {
            XCTAssertEqual(xen.xenstored.dump(root), [:], root)
        }
        XCTAssertEqual(xen.xenstored.introducedDomains, [])
    }

    func testCleanShutdownTimesOutWhenTheGuestDoesNotAnswerThenHardShutdownWorks() throws {
        let (xen, manager) = S.makeStack()
        let vm = S.pvVM(3)
        var silent = SimulatedGuestProfile.default
        silent.respondsToShutdownRequests = false
        xen.setGuestProfile(silent, forVM: vm.uuid)
        let domid = try manager.start(vm)
        XCTAssertTrue(S.eventually { (try? manager.guestAgent(domid))?.agentPresent == true })
        let started = ContinuousClock.now
        XCTAssertThrowsError(try manager.cleanShutdown(domid, .poweroff, ackTimeout: .milliseconds(200))) { error in
            XCTAssertEqual(error as? HypervisorError, .shutdownNotAcknowledged(domid: domid, request: "poweroff"))
        }
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - started, .milliseconds(200))
        XCTAssertEqual(try manager.status(domid)?.power, .running)
        XCTAssertEqual(try xen.openStore().read("/local/domain/\(domid)/control/shutdown"), "poweroff", "still pending")
        try manager.hardShutdown(domid)
        XCTAssertEqual(try manager.waitForShutdown(domid, timeout: .seconds(1)), .poweroff)
        XCTAssertTrue(xen.callNames(domid: domid).contains("xc_domain_shutdown"))
        try manager.destroy(domid)
        XCTAssertEqual(try manager.domains(), [])
    }

    func testAGuestPausedWhileShuttingDownFinishesWhenUnpaused() throws {
        let (xen, manager) = S.makeStack()
        let vm = S.pvVM(34)
        var slow = SimulatedGuestProfile.default
        slow.shutdownDelay = .milliseconds(100)
        xen.setGuestProfile(slow, forVM: vm.uuid)
        let domid = try manager.start(vm)
        try manager.requestShutdown(domid, .poweroff)
        try manager.pause(domid)
        usleep(200_000)
        XCTAssertEqual(try manager.status(domid)?.power, .paused, "a paused guest cannot finish shutting down")
        try manager.unpause(domid)
        XCTAssertEqual(try manager.waitForShutdown(domid, timeout: .seconds(2)), .poweroff)
        try manager.destroy(domid)
    }

    func testRebootsAreReportedExpectedOrNot() throws {
        let (xen, manager) = S.makeStack()
        let log = EventLog()
        try manager.startMonitoring { log.append($0) }
        defer { manager.stopMonitoring() }
        let vm = S.pvVM(4)
        let first = try manager.start(vm)
        XCTAssertEqual(try manager.cleanShutdown(first, .reboot), .reboot)
        let requested = try XCTUnwrap(log.waitFor { $0.domid == first && $0.kind == .shutdown(.reboot) })
        XCTAssertTrue(requested.expected, "the toolstack asked for this reboot")
        XCTAssertEqual(requested.uuid, vm.uuid)
        // What the API layer does for actions_after_reboot=restart: destroy, start again.
        try manager.destroy(first)
        XCTAssertNotNil(log.waitFor { $0.domid == first && $0.kind == .vanished && $0.expected })
        let second = try manager.start(vm)
        XCTAssertNotEqual(second, first)
        XCTAssertTrue(S.eventually { (try? manager.status(second))?.power == .running })
        XCTAssertTrue(S.eventually { (try? xen.openStore().read("/local/domain/\(second)/control/feature-reboot")) == "1" })
        try xen.triggerGuest(second, .reboot)  // the guest reboots itself
        let own = try XCTUnwrap(log.waitFor { $0.domid == second && $0.kind == .shutdown(.reboot) })
        XCTAssertFalse(own.expected)
        XCTAssertEqual(own.uuid, vm.uuid)
        try manager.destroy(second)
    }

    func testCrashAndHaltAreReportedThroughReleaseDomain() throws {
        let (xen, manager) = S.makeStack()
        let log = EventLog()
        try manager.startMonitoring { log.append($0) }
        defer { manager.stopMonitoring() }
        let crashing = try manager.start(S.pvVM(5))
        let halting = try manager.start(S.hvmVM(6))
        try xen.triggerGuest(crashing, .crash)
        try xen.triggerGuest(halting, .halt)
        let crash = try XCTUnwrap(log.waitFor { $0.domid == crashing })
        XCTAssertEqual(crash.kind, .shutdown(.crash))
        XCTAssertFalse(crash.expected)
        XCTAssertEqual(try manager.status(crashing)?.power, .shutdown(.crash))
        let halt = try XCTUnwrap(log.waitFor { $0.domid == halting })
        XCTAssertEqual(halt.kind, .shutdown(.poweroff))
        XCTAssertEqual(halt.uuid, S.uuid(6))
        try manager.destroy(crashing)
        try manager.destroy(halting)
        XCTAssertNotNil(log.waitFor { $0.domid == halting && $0.kind == .vanished })
        XCTAssertEqual(log.all.filter { $0.domid == crashing }.map(\.kind), [.shutdown(.crash), .vanished])
    }

    func testSuspendToAFileAndResume() throws {
        let (xen, manager) = S.makeStack()
        let vm = S.pvVM(8, memory: 768 * S.mib)
        let domid = try manager.start(vm)
        XCTAssertTrue(S.eventually { (try? manager.guestAgent(domid))?.agentPresent == true })
        XCTAssertTrue(S.eventually { (try? xen.domainInfo(domid))?.onlineVCPUs == 2 })
        let freeRunning = try xen.physinfo().freePages
        let path = "/tmp/hypervisor-tests-suspend-\(getpid()).img"
        defer { unlink(path) }
        let result = try manager.suspend(domid, to: path)
        XCTAssertEqual(result.memoryBytes, 768 * S.mib)
        XCTAssertGreaterThan(result.fileBytes, 0)
        XCTAssertNil(try manager.status(domid), "the suspended domain is destroyed")
        XCTAssertEqual(try xen.physinfo().freePages, freeRunning + 768 * 256, "its memory is back")
        let names = xen.callNames(domid: domid)
        XCTAssertTrue(names.contains("SCHEDOP_shutdown"))
        XCTAssertEqual(xen.calls().first { $0.call == "SCHEDOP_shutdown" && $0.domid == domid }?.detail, "suspend")
        XCTAssertTrue(names.contains("xc_domain_save"))
        let text = String(decoding: try readFile(path), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("XenSavedDomain-swift-1\nuuid=\(vm.uuid)\ndomain-type=pv\nmemory-bytes=805306368\n"))
        XCTAssertTrue(text.contains("\nXenSimulatedSave-1\n"))
        XCTAssertTrue(text.contains("\nmemory-bytes=805306368\n"))
        XCTAssertTrue(text.contains("\nkernel=/boot/guest/vmlinuz\n"))
        XCTAssertTrue(text.hasSuffix("End-of-image\nEnd_of_image\n"))

        let resumed = try manager.resume(vm, from: path)
        XCTAssertNotEqual(resumed, domid)
        let info = try XCTUnwrap(try xen.domainInfo(resumed))
        XCTAssertEqual(info.memoryBytes, 768 * S.mib)
        XCTAssertEqual(info.uuid, vm.uuid)
        XCTAssertFalse(info.isPaused)
        XCTAssertEqual(info.onlineVCPUs, 2, "the guest's vCPUs come back as they were")
        XCTAssertTrue(xen.callNames(domid: resumed).contains("xc_domain_restore"))
        XCTAssertFalse(xen.callNames(domid: resumed).contains("xc_dom_boot_image"))
        // The guest resumes at once: agent data without the boot delay, devices reconnect.
        let report = try manager.guestAgent(resumed)
        _ = report
        XCTAssertTrue(S.eventually(timeout: .milliseconds(500)) { (try? manager.guestAgent(resumed))?.agentPresent == true })
        let ids = try manager.devices.devices(of: resumed)
        XCTAssertEqual(ids.count, 4)
        XCTAssertTrue(S.eventually { ids.allSatisfy { (try? manager.devices.state($0))?.isConnected == true } })
        XCTAssertEqual(try manager.cleanShutdown(resumed), .poweroff)
        try manager.destroy(resumed)
    }

    func testResumeRefusesAnotherVMsImage() throws {
        let (_, manager) = S.makeStack()
        let domid = try manager.start(S.pvVM(9))
        let path = "/tmp/hypervisor-tests-suspend-other-\(getpid()).img"
        defer { unlink(path) }
        try manager.suspend(domid, to: path)
        XCTAssertThrowsError(try manager.resume(S.pvVM(10), from: path)) { error in
            guard case .suspendImage = error as? HypervisorError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try manager.domains(), [])
    }

    func testStartPausedThenUnpauseBoots() throws {
        let (xen, manager) = S.makeStack()
        let domid = try manager.start(S.pvVM(11), paused: true)
        usleep(30_000)
        let store = xen.openStore()
        XCTAssertEqual(try manager.status(domid)?.power, .paused)
        XCTAssertNil(try store.readIfPresent("/local/domain/\(domid)/control/feature-poweroff"), "a paused guest does not run")
        try manager.unpause(domid)
        XCTAssertTrue(S.eventually { (try? store.read("/local/domain/\(domid)/control/feature-poweroff")) == "1" })
        try manager.pause(domid)
        XCTAssertEqual(try manager.status(domid)?.power, .paused)
        try manager.unpause(domid)
        XCTAssertEqual(try manager.status(domid)?.power, .running)
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
    }

    func testMemoryIsAccountedAndADomainThatDoesNotFitIsRefused() throws {
        let (xen, manager) = S.makeStack(memoryGiB: 4)
        let initial = try xen.physinfo()
        let first = try manager.start(S.pvVM(12, memory: S.gib))
        let after = try xen.physinfo()
        XCTAssertEqual(after.freePages, initial.freePages - 262_144, "1 GiB in 4 KiB pages")
        XCTAssertEqual(after.outstandingPages, 0, "the build consumed the claim")
        let free = after.freeMemoryBytes
        let tooBig = S.pvVM(13, memory: free + 64 * S.mib)
        xen.resetCalls()
        XCTAssertThrowsError(try manager.start(tooBig)) { error in
            let xenError = error as? XenError
            XCTAssertEqual(xenError?.errno, ENOMEM)
            XCTAssertEqual(xenError?.call, "xc_domain_claim_pages")
        }
        XCTAssertEqual(try manager.domains().map(\.domid), [first], "the half-made domain is gone")
        XCTAssertEqual(try xen.physinfo().freePages, after.freePages)
        let refused = try XCTUnwrap(xen.calls().first { $0.call == "xc_domain_create" }?.domid)
        XCTAssertEqual(xen.xenstored.dump("/local/domain/\(refused)"), [:])
        XCTAssertEqual(xen.callNames(domid: refused), ["xc_domain_create", "xc_domain_claim_pages", "xc_domain_sethandle",
                                                       "xc_domain_destroy"])
        // What fits exactly still starts.
        let fits = try manager.start(S.pvVM(14, memory: free / S.mib * S.mib - 4 * S.mib))
        try manager.hardShutdown(fits)
        try manager.destroy(fits)
        try manager.destroy(first)
        XCTAssertEqual(try xen.physinfo().freePages, initial.freePages)
    }

    func testLiveMemoryTargetAndVCPUChanges() throws {
        let (xen, manager) = S.makeStack()
        let vm = VMDescription(
            uuid: S.uuid(15), name: "balloon", memory: .init(staticMin: 256 * S.mib, staticMax: S.gib,
                                                              dynamicMin: 256 * S.mib, dynamicMax: 512 * S.mib),
            vcpusMax: 4, vcpusAtStartup: 1, boot: .pv(.init(kernel: "/boot/k")), disks: [], nics: [])
        let domid = try manager.start(vm)
        XCTAssertEqual(try manager.status(domid)?.memoryBytes, 512 * S.mib)
        let free = try xen.physinfo().freePages
        try manager.setMemoryTarget(domid, bytes: 384 * S.mib)
        XCTAssertTrue(S.eventually { (try? manager.status(domid))?.memoryBytes == 384 * S.mib }, "the balloon deflates")
        XCTAssertEqual(try xen.physinfo().freePages, free + 32_768)
        try manager.setMemoryDynamicRange(domid, min: 512 * S.mib, max: 896 * S.mib)
        XCTAssertTrue(S.eventually { (try? manager.status(domid))?.memoryBytes == 896 * S.mib }, "and inflates to the new max")
        XCTAssertEqual(try xen.openStore().read("/local/domain/\(domid)/memory/dynamic-min"), "524288")
        XCTAssertEqual(try manager.status(domid)?.onlineVCPUs, 1)
        try manager.setVCPUs(domid, count: 3)
        XCTAssertTrue(S.eventually { (try? manager.status(domid))?.onlineVCPUs == 3 })
        try manager.setVCPUs(domid, count: 2)
        XCTAssertTrue(S.eventually { (try? manager.status(domid))?.onlineVCPUs == 2 })
        XCTAssertThrowsError(try manager.setVCPUs(domid, count: 5))
        XCTAssertTrue(xen.callNames(domid: domid).contains("VCPUOP_down"))
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
    }

    func testGuestAgentReportsWhatVMGuestMetricsNeeds() throws {
        let (_, manager) = S.makeStack()
        let domid = try manager.start(S.pvVM(16))
        XCTAssertTrue(S.eventually { (try? manager.guestAgent(domid))?.networks.count == 6 })
        let report = try manager.guestAgent(domid)
        XCTAssertEqual(report.pvDriversVersion, ["major": "7", "minor": "1", "micro": "0", "build": "0"])
        XCTAssertEqual(report.osVersion["name"], "Debian GNU/Linux 12 (bookworm)")
        XCTAssertEqual(report.osVersion["uname"], "6.1.0-18-amd64")
        XCTAssertEqual(report.osVersion["distro"], "debian")
        XCTAssertEqual(report.networks["0/ip"], "10.16.0.1")
        XCTAssertEqual(report.networks["0/ipv4/0"], "10.16.0.1")
        XCTAssertEqual(report.networks["1/ip"], "10.16.1.1")
        XCTAssertEqual(report.networks["0/ipv6/0"], "fe80::16:3eff:fe10:1")
        XCTAssertEqual(report.other["feature-shutdown"], "1")
        XCTAssertEqual(report.other["feature-suspend"], "1")
        XCTAssertEqual(report.other["feature-poweroff"], "1")
        XCTAssertEqual(report.other["platform-feature-multiprocessor-suspend"], "1")
        XCTAssertEqual(report.memory, ["total": "524288", "free": "262144"])
        XCTAssertEqual(report.canUseHotplugVBD, .yes)
        XCTAssertEqual(report.canUseHotplugVIF, .yes)
        XCTAssertEqual(report.updated, "1")
        XCTAssertTrue(report.pvDriversDetected)
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
    }

    func testTwoHundredStartStopCyclesAreFast() throws {
        let (xen, manager) = S.makeStack()
        let vm = S.pvVM(17, disks: 1, nics: 1)
        let free = try xen.physinfo().freePages
        let cycles = 200
        let started = ContinuousClock.now
        for _ in 0..<cycles {
            let domid = try manager.start(vm)
            XCTAssertEqual(try manager.cleanShutdown(domid), .poweroff)
            try manager.destroy(domid)
        }
        let elapsed = ContinuousClock.now - started
        let perCycle = elapsed / cycles
        print("200 start/clean_shutdown/destroy cycles (PV, 1 VBD, 1 VIF): \(elapsed), \(perCycle) per cycle")
        XCTAssertLessThan(perCycle, .milliseconds(50))
        XCTAssertEqual(try manager.domains(), [])
        XCTAssertEqual(try xen.physinfo().freePages, free)
        XCTAssertEqual(xen.xenstored.dump("/local/domain").keys.filter { !$0.hasPrefix("/local/domain/0") }.sorted(),
                       ["/local/domain"])
        XCTAssertEqual(xen.xenstored.dump("/xapi").keys.sorted(), ["/xapi"])
    }

    func testParallelCyclesNextToFiftyRunningVMs() throws {
        let (xen, manager) = S.makeStack(memoryGiB: 64)
        let log = EventLog()
        try manager.startMonitoring { log.append($0) }
        defer { manager.stopMonitoring() }
        let background = try (0..<50).map { try manager.start(S.pvVM(1000 + $0, memory: 256 * S.mib, disks: 1, nics: 1)) }
        let threads = 8, perThread = 25
        let failures = EventLogErrors()
        let done = DispatchGroup()
        let started = ContinuousClock.now
        for t in 0..<threads {
            done.enter()
            Thread {
                defer { done.leave() }
                let vm = S.pvVM(2000 + t, memory: 256 * S.mib, disks: 2, nics: 1)
                for _ in 0..<perThread {
                    do {
                        let domid = try manager.start(vm)
                        _ = try manager.cleanShutdown(domid)
                        try manager.destroy(domid)
                    } catch {
                        failures.append("\(error)")
                    }
                }
            }.start()
        }
        XCTAssertEqual(done.wait(timeout: .now() + 120), .success)
        let elapsed = ContinuousClock.now - started
        print("200 cycles by 8 threads next to 50 running VMs: \(elapsed), \(elapsed / (threads * perThread)) per cycle")
        XCTAssertEqual(failures.all, [])
        XCTAssertEqual(Set(try manager.domains().map(\.domid)), Set(background))
        XCTAssertTrue(log.all.allSatisfy(\.expected), "\(log.all.filter { !$0.expected })")
        for domid in background { try manager.hardShutdown(domid) }
        for domid in background { try manager.destroy(domid) }
        XCTAssertEqual(xen.xenstored.introducedDomains, [])
    }

    private func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw XenError(call: "open", errno: errno, detail: path) }
        defer { close(fd) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { break }
            out += buffer[0..<n]
        }
        return out
    }
}
