// The xenstore trees and the hypervisor calls of a VM start, compared with what xenopsd does:
// a golden layout for a PV VM with two disks and two VIFs, the HVM differences (IDE numbering, a
// CD drive, rtc/timeoffset), the connected states once the guest runs, and the permissions that
// keep a guest out of what it must not change.
import Glibc
import XCTest
@testable import Hypervisor

final class XenstoreLayoutTests: XCTestCase {
    typealias S = DomainTestSupport

    private func snapshot(_ xen: SimulatedXen, under roots: [String]) -> [String: (String, String)] {
        var out: [String: (String, String)] = [:]
        let values = xen.xenstored.dump()
        let perms = xen.xenstored.dumpPermissions()
        for (p, v) in values where roots.contains(where: { XenStorePath.isWithin(p, $0) }) {
            out[p] = (v, perms[p]!.description)
        }
        return out
    }

    private func assertLayout(_ xen: SimulatedXen, _ golden: [(path: String, value: String, permissions: String)],
                              file: StaticString = #filePath, line: UInt = #line) {
        let actual = snapshot(xen, under: ["/libxl", "/local/domain/1", "/local/domain/0/backend", "/vm", "/xapi", "/xenops"])
        var expected: [String: (String, String)] = [:]
        for g in golden { expected[g.path] = (g.value, g.permissions) }
        XCTAssertEqual(Set(actual.keys), Set(expected.keys),
                       "missing: \(Set(expected.keys).subtracting(actual.keys).sorted()) "
                       + "extra: \(Set(actual.keys).subtracting(expected.keys).sorted())", file: file, line: line)
        for (path, (value, perms)) in expected.sorted(by: { $0.key < $1.key }) {
            guard let (v, p) = actual[path] else { continue }
            if value != "*" { XCTAssertEqual(v, value, path, file: file, line: line) }
            XCTAssertEqual(p, perms, "permissions of \(path)", file: file, line: line)
        }
        let unique = actual["/local/domain/1/unique-domain-id"]?.0 ?? ""
        XCTAssertNotNil(uuidBytes(unique), file: file, line: line)
        XCTAssertEqual(xen.xenstored.introducedDomains, [1], file: file, line: line)
    }

    func testPausedPVStartWritesXenopsdLayout() throws {
        let (xen, manager) = S.makeStack()
        let vm = S.pvVM()
        let domid = try manager.start(vm, paused: true)
        XCTAssertEqual(domid, 1)
        assertLayout(xen, GoldenLayout.pausedPV)
        XCTAssertNotNil(UInt64(try xen.openStore().read("/vm/\(vm.uuid)/domains/1/create-time")))
    }

    func testPausedHVMStartWritesXenopsdLayout() throws {
        let (xen, manager) = S.makeStack()
        let domid = try manager.start(S.hvmVM(), paused: true)
        XCTAssertEqual(domid, 1)
        assertLayout(xen, GoldenLayout.pausedHVM)
    }

    func testPVStartMakesXenopsdsCallsInOrder() throws {
        let (xen, manager) = S.makeStack()
        let domid = try manager.start(S.pvVM(), paused: true)
        XCTAssertEqual(xen.callNames(domid: domid), [
            "xc_domain_create", "xc_domain_claim_pages", "xc_domain_setmaxmem", "xc_domain_max_vcpus",
            "xc_domain_set_memmap_limit", "xc_evtchn_alloc_unbound", "xc_evtchn_alloc_unbound", "xc_dom_boot_image",
        ])
        let calls = xen.calls().filter { $0.domid == domid }
        XCTAssertEqual(calls[0].detail, "handle=a1b2c3d4-0000-4000-8000-000000000001 flags=0 max_vcpus=2")
        XCTAssertEqual(calls[1].detail, "131072 pages")
        XCTAssertEqual(calls[2].detail, "524288 KiB")
        XCTAssertEqual(calls[7].detail, "linux_build kernel=/boot/guest/vmlinuz ramdisk=/boot/guest/initrd.img "
                       + "cmdline=console=hvc0 root=/dev/xvda1 mem_max=524288 mem_start=524288")
        let info = try XCTUnwrap(try xen.domainInfo(domid))
        XCTAssertTrue(info.isPaused)
        XCTAssertFalse(info.isHVM)
        XCTAssertEqual(info.vcpus, 2)
        XCTAssertEqual(info.onlineVCPUs, 1, "vCPU 0 only until the guest brings the others up")
        XCTAssertEqual(info.memoryBytes, 512 * S.mib)
        XCTAssertEqual(info.uuid, S.uuid(1))
    }

    func testRunningPVGuestConnectsEveryDeviceAndBringsUpItsVCPUs() throws {
        let (xen, manager) = S.makeStack()
        let domid = try manager.start(S.pvVM())
        let ids = try manager.devices.devices(of: domid)
        XCTAssertEqual(Set(ids.map(\.devid)), [51712, 51728, 0, 1])
        XCTAssertTrue(S.eventually {
            ids.allSatisfy { (try? manager.devices.state($0))?.map { $0.isConnected && $0.frontendState == .connected } == true }
        })
        for id in ids {
            let state = try XCTUnwrap(try manager.devices.state(id))
            XCTAssertEqual(state.frontendState, .connected, "\(id)")
            XCTAssertTrue(state.hotplugged)
            XCTAssertTrue(state.online)
            XCTAssertNil(state.error)
        }
        let store = xen.openStore()
        XCTAssertEqual(try store.read("/local/domain/0/backend/vbd/1/51712/sectors"), "16777216")
        XCTAssertEqual(try store.read("/local/domain/1/device/vbd/51712/protocol"), "x86_64-abi")
        XCTAssertEqual(try store.read("/local/domain/1/device/vif/1/request-rx-copy"), "1")
        XCTAssertEqual(try store.read("/local/domain/1/control/feature-suspend"), "1")
        XCTAssertTrue(S.eventually { (try? xen.domainInfo(domid))?.onlineVCPUs == 2 })
        XCTAssertTrue(xen.callNames(domid: domid).contains("VCPUOP_up"))
        let status = try XCTUnwrap(try manager.status(domid))
        XCTAssertEqual(status.power, .running)
        XCTAssertEqual(status.memoryTargetBytes, 512 * S.mib)
        XCTAssertEqual(status.onlineVCPUs, 2)
    }

    func testHVMStartUsesIDENumberingAndAnEmptyCDDrive() throws {
        let (xen, manager) = S.makeStack()
        let vm = S.hvmVM()
        let domid = try manager.start(vm, paused: true)
        let store = xen.openStore()
        let dom = "/local/domain/\(domid)"
        XCTAssertEqual(try store.read(dom + "/domain-type"), "hvm")
        XCTAssertEqual(try store.read("/libxl/\(domid)/type"), "HVM")
        XCTAssertEqual(try store.read("/vm/\(vm.uuid)/rtc/timeoffset"), "3600")
        XCTAssertEqual(try store.read(dom + "/platform/viridian"), "true")
        XCTAssertEqual(try store.read(dom + "/cpu/1/availability"), "online")
        XCTAssertEqual(try store.read(dom + "/cpu/2/availability"), "offline")
        XCTAssertEqual(try store.read(dom + "/cpu/3/availability"), "offline")
        // hda, hdb and hdd on the IDE bus (Device_number: 768, 832, 5696).
        XCTAssertEqual(try store.directory(dom + "/device/vbd"), ["768", "832", "5696"])
        let be = "/local/domain/0/backend/vbd/\(domid)"
        XCTAssertEqual(try store.read(be + "/768/dev"), "xvda")
        XCTAssertEqual(try store.read(be + "/832/dev"), "xvdb")
        XCTAssertEqual(try store.read(be + "/5696/dev"), "xvdd")
        XCTAssertEqual(try store.read(be + "/5696/mode"), "r")
        XCTAssertEqual(try store.read(be + "/5696/params"), "")
        XCTAssertEqual(try store.read(be + "/5696/type"), "file")
        XCTAssertEqual(try store.read(dom + "/device/vbd/5696/device-type"), "cdrom")
        XCTAssertEqual(try store.read(dom + "/device/vbd/768/virtual-device"), "768")
        let create = try XCTUnwrap(xen.calls().first { $0.call == "xc_domain_create" && $0.domid == domid })
        XCTAssertEqual(create.detail, "handle=\(vm.uuid) flags=3 max_vcpus=4", "CDF_hvm | CDF_hap")
        XCTAssertFalse(xen.callNames(domid: domid).contains("xc_domain_set_memmap_limit"))
        let build = try XCTUnwrap(xen.calls().first { $0.call == "xc_dom_boot_image" && $0.domid == domid })
        XCTAssertTrue(build.detail.hasPrefix("hvm_build image=/usr/lib/xen-4.17/boot/hvmloader"))
        XCTAssertEqual(try xen.hvmParam(domid, .callbackIRQ), 0)
        try manager.unpause(domid)
        XCTAssertTrue(S.eventually { (try? xen.hvmParam(domid, .callbackIRQ)) == 1 }, "PV drivers register their callback")
        XCTAssertTrue(S.eventually { (try? store.read(dom + "/device/vbd/768/state")) == "4" })
    }

    func testHVMGuestWithoutPVDriversIsShutDownWithoutAnAcknowledgement() throws {
        let (xen, manager) = S.makeStack()
        let vm = S.hvmVM(7)
        xen.setGuestProfile(.noPVDrivers, forVM: vm.uuid)
        let domid = try manager.start(vm)
        let store = xen.openStore()
        XCTAssertTrue(S.eventually { (try? xen.domainInfo(domid))?.onlineVCPUs == 2 })
        usleep(20_000)
        XCTAssertEqual(try store.read("/local/domain/\(domid)/device/vbd/768/state"), "1", "no PV frontend")
        XCTAssertEqual(try store.read("/local/domain/0/backend/vbd/\(domid)/768/state"), "2")
        XCTAssertNil(try store.readIfPresent("/local/domain/\(domid)/control/feature-poweroff"))
        XCTAssertFalse(try manager.guestAgent(domid).pvDriversDetected)
        XCTAssertEqual(try manager.cleanShutdown(domid, .poweroff, ackTimeout: .seconds(10)), .poweroff)
        XCTAssertTrue(xen.callNames(domid: domid).contains("xc_domain_shutdown"))
        XCTAssertFalse(xen.callNames(domid: domid).contains("SCHEDOP_shutdown"))
        try manager.destroy(domid)
    }

    func testGuestCannotTouchWhatItDoesNotOwn() throws {
        let (xen, manager) = S.makeStack()
        let domid = try manager.start(S.pvVM(), paused: true)
        let guest = xen.xenstored.connect(domid: domid)
        XCTAssertEqual(try guest.read("memory/target"), "524288", "the guest reads its memory keys")
        XCTAssertThrowsError(try guest.write("memory/target", value: "99")) { XCTAssertEqual(($0 as? XenError)?.errno, EACCES) }
        XCTAssertThrowsError(try guest.write("vm", value: "/vm/other")) { XCTAssertEqual(($0 as? XenError)?.errno, EACCES) }
        XCTAssertThrowsError(try guest.write("newkey", value: "x")) { XCTAssertEqual(($0 as? XenError)?.errno, EACCES) }
        XCTAssertThrowsError(try guest.read("/local/domain/0/name")) { XCTAssertEqual(($0 as? XenError)?.errno, EACCES) }
        XCTAssertThrowsError(try guest.read("/xapi/\(S.uuid(1))/private/vif/0/bridge")) {
            XCTAssertEqual(($0 as? XenError)?.errno, EACCES)
        }
        XCTAssertThrowsError(try guest.write("/local/domain/0/backend/vbd/\(domid)/51712/state", value: "4")) {
            XCTAssertEqual(($0 as? XenError)?.errno, EACCES)
        }
        XCTAssertEqual(try guest.read("/local/domain/0/backend/vbd/\(domid)/51712/state"), "2", "its backends are readable")
        XCTAssertNoThrow(try guest.write("data/os_name", value: "mine"))
        XCTAssertNoThrow(try guest.write("vm-data/guest-wrote", value: "1"))
        XCTAssertNoThrow(try guest.write("control/shutdown", value: ""))
        XCTAssertEqual(try xen.openStore().getPermissions("/local/domain/\(domid)/data/os_name").owner, domid)
        let other = xen.xenstored.connect(domid: 99)
        XCTAssertThrowsError(try other.read("/local/domain/\(domid)/data/os_name")) { XCTAssertEqual(($0 as? XenError)?.errno, EACCES) }
    }

    func testXenstoreDataKeepsOnlyVMDataAndCanChangeLive() throws {
        let (xen, manager) = S.makeStack()
        let domid = try manager.start(S.pvVM(), paused: true)
        let dom = "/local/domain/\(domid)"
        let store = xen.openStore()
        XCTAssertEqual(try store.read(dom + "/vm-data/tag"), "pv")
        XCTAssertNil(try store.readIfPresent(dom + "/other/dropped"))
        try manager.setXenstoreData(domid, ["vm-data/new": "1", "vm-data/deep/key": "2", "nope/x": "3"])
        XCTAssertEqual(try store.directory(dom + "/vm-data"), ["deep", "new"])
        XCTAssertNil(try store.readIfPresent(dom + "/nope"))
        XCTAssertEqual(try store.getPermissions(dom + "/vm-data"), .guestReadWrite(domid))
        let guest = xen.xenstored.connect(domid: domid)
        try guest.write("vm-data/from-guest", value: "hello")
        XCTAssertEqual(try manager.guestAgent(domid).xenstoreData,
                       ["vm-data/new": "1", "vm-data/deep/key": "2", "vm-data/from-guest": "hello"])
    }
}
