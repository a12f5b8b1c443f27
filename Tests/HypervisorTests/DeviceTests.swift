// VBDs and VIFs through xenstore on the simulated Xen: xapi's device numbering (the test vectors
// of device_number_test.ml), hot-plug and clean unplug while the guest runs, force unplug, CD
// eject and insert, and hotplug failures and timeouts.
import Glibc
import XCTest
@testable import Hypervisor

final class DeviceNumberTests: XCTestCase {
    func testXapiTestVectors() {
        let examples: [(DeviceNumber.Bus, Int, Int, String, Int)] = [
            (.xen, 0, 0, "xvda", 51712), (.xen, 0, 1, "xvda1", 51713), (.ide, 0, 0, "hda", 768),
            (.ide, 0, 1, "hda1", 769), (.scsi, 0, 0, "sda", 2048), (.scsi, 0, 1, "sda1", 2049),
            (.scsi, 1, 3, "sdb3", 2067), (.ide, 2, 2, "hdc2", 5634), (.xen, 26, 0, "xvdaa", 268_442_112),
            (.ide, 4, 0, "hde", 8448), (.ide, 5, 0, "hdf", 8512), (.ide, 6, 0, "hdg", 8704), (.ide, 7, 0, "hdh", 8768),
            (.ide, 8, 0, "hdi", 14336), (.ide, 15, 0, "hdp", 22848),
        ]
        for (bus, disk, part, linux, key) in examples {
            let spec = DeviceNumber(bus: bus, disk: disk, partition: part)
            XCTAssertNotNil(spec, linux)
            XCTAssertEqual(DeviceNumber(linux), spec, linux)
            XCTAssertEqual(DeviceNumber(xenstoreKey: key), spec, linux)
            XCTAssertEqual(spec?.xenstoreKey, key, linux)
        }
        let equivalent = [("d0", "xvda"), ("d0", "0"), ("d5", "5"), ("xvdf", "5"), ("d0p0", "xvda"), ("d536p37", "xvdtq37")]
        for (a, b) in equivalent { XCTAssertEqual(DeviceNumber(a), DeviceNumber(b), "\(a) = \(b)") }
        XCTAssertNil(DeviceNumber("d0p0q"))
        XCTAssertNil(DeviceNumber(bus: .ide, disk: 20))
        XCTAssertEqual(DeviceNumber(xenstoreKey: 268_442_112)?.linuxDevice, "xvdaa")
        XCTAssertEqual(DeviceNumber(bus: .ide, disk: 3)?.linuxDevice, "xvdd", "IDE disks get xvd names")
    }

    func testUserdeviceNumbering() {
        XCTAssertEqual(DeviceNumber(userdevice: 0, hvm: false)?.xenstoreKey, 51712)
        XCTAssertEqual(DeviceNumber(userdevice: 1, hvm: false)?.xenstoreKey, 51728)
        XCTAssertEqual(DeviceNumber(userdevice: 0, hvm: true)?.xenstoreKey, 768)
        XCTAssertEqual(DeviceNumber(userdevice: 3, hvm: true)?.xenstoreKey, 5696)
        XCTAssertEqual(DeviceNumber(userdevice: 4, hvm: true)?.xenstoreKey, 51776, "xvde past the IDE bus")
        XCTAssertEqual(DeviceNumber(userdevice: 16, hvm: false)?.xenstoreKey, 1 << 28 | 16 << 8)
    }
}

final class DeviceTests: XCTestCase {
    typealias S = DomainTestSupport

    /// A running PV VM with one disk and one VIF whose guest has booted.
    private func running(_ n: Int) throws -> (SimulatedXen, DomainManager, UInt32) {
        let (xen, manager) = S.makeStack()
        let domid = try manager.start(S.pvVM(n, disks: 1, nics: 1))
        XCTAssertTrue(S.eventually { (try? manager.guestAgent(domid))?.agentPresent == true })
        return (xen, manager, domid)
    }

    func testHotplugAndUnplugADiskWhileRunning() throws {
        let (xen, manager, domid) = try running(20)
        let store = xen.openStore()
        let disk = DiskDevice(userdevice: 2, mode: .readOnly, params: "/dev/sm/hot", extraPrivateKeys: ["vdi-id": "hot"])
        let id = try manager.devices.plug(disk, into: domid, waitForGuest: true)
        XCTAssertEqual(id, DeviceID(kind: .vbd, domid: domid, devid: 51744))
        let state = try XCTUnwrap(try manager.devices.state(id))
        XCTAssertEqual(state.backendState, .connected)
        XCTAssertEqual(state.frontendState, .connected)
        XCTAssertEqual(try store.read(id.backendPath + "/dev"), "xvdc")
        XCTAssertEqual(try store.read(id.backendPath + "/info"), "4", "read-only")
        XCTAssertEqual(try store.read("/xapi/\(S.uuid(20))/private/vbd/51744/vdi-id"), "hot")
        XCTAssertEqual(try manager.devices.devices(of: domid).filter { $0.kind == .vbd }.map(\.devid).sorted(), [51712, 51744])

        try manager.devices.unplug(id)
        XCTAssertNil(try manager.devices.state(id))
        for p in [id.backendPath, id.frontendPath, id.frontendLinkPath, id.privatePath(vm: S.uuid(20)),
                  id.hotplugPath(vm: S.uuid(20)), id.xenserverPath] {
            XCTAssertNil(try store.readIfPresent(p), p)
        }
        XCTAssertEqual(try manager.devices.devices(of: domid).filter { $0.kind == .vbd }.map(\.devid), [51712])
        XCTAssertThrowsError(try manager.devices.unplug(id)) { XCTAssertEqual($0 as? HypervisorError, .deviceNotFound(id)) }
        // The same slot plugs again.
        try manager.devices.plug(disk, into: domid, waitForGuest: true)
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
        XCTAssertEqual(xen.xenstored.dump("/local/domain/0/backend/vbd/\(domid)"), [:])
    }

    func testHotplugAndUnplugAVIFWhileRunning() throws {
        let (xen, manager, domid) = try running(21)
        let nic = NetworkDevice(devid: 3, mac: "02:16:3e:aa:bb:cc", bridge: "xenbr7", mtu: 9000, rateKiBps: 1000,
                                otherConfig: ["ethtool-tx": "off", "mtu": "ignored"])
        let id = try manager.devices.plug(nic, into: domid, waitForGuest: true)
        let store = xen.openStore()
        XCTAssertEqual(try store.read(id.frontendPath + "/mtu"), "9000")
        XCTAssertEqual(try store.read(id.backendPath + "/rate"), "51200,50000")
        XCTAssertEqual(try store.read(id.backendPath + "/bridge"), "xenbr7")
        let priv = id.privatePath(vm: S.uuid(21))
        XCTAssertEqual(try store.read(priv + "/other-config/ethtool-tx"), "off")
        XCTAssertNil(try store.readIfPresent(priv + "/other-config/mtu"))
        XCTAssertEqual(try store.read(priv + "/bridge"), "xenbr7")
        XCTAssertEqual(try store.read(priv + "/rate"), "1000")
        XCTAssertEqual(try store.read(id.hotplugPath(vm: S.uuid(21)) + "/hotplug"), "online")
        XCTAssertTrue(S.eventually { (try? manager.guestAgent(domid))?.networks["3/ip"] == "10.170.187.204" },
                      "the agent reports the new interface")
        try manager.devices.setCarrier(id, false)
        XCTAssertEqual(try store.read(id.frontendPath + "/disconnect"), "1")

        try manager.devices.unplug(id)
        XCTAssertNil(try manager.devices.state(id))
        XCTAssertNil(try store.readIfPresent(priv))
        XCTAssertTrue(S.eventually { (try? manager.guestAgent(domid))?.networks["3/ip"] == nil }, "and forgets it")
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
    }

    func testCleanUnplugNeedsTheGuestButForceDoesNot() throws {
        let (_, manager, domid) = try running(22)
        let id = try manager.devices.plug(DiskDevice(userdevice: 1, params: "/dev/sm/x"), into: domid, waitForGuest: true)
        try manager.pause(domid)  // a paused guest cannot close its frontend
        var options = manager.devices.options
        options.frontendTimeout = .milliseconds(150)
        let impatient = DeviceManager(waiter: manager.devices.waiter, options: options)
        XCTAssertThrowsError(try impatient.unplug(id)) { error in
            XCTAssertEqual(error as? HypervisorError, .deviceTimeout(id, waitingFor: "the frontend to close"))
        }
        XCTAssertEqual(try manager.devices.state(id)?.backendState, .closing)
        try manager.devices.unplug(id, force: true)
        XCTAssertNil(try manager.devices.state(id))
        try manager.unpause(domid)
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
    }

    func testCDEjectAndInsert() throws {
        let (xen, manager) = S.makeStack()
        let domid = try manager.start(S.hvmVM(23, cdrom: "/srv/iso/debian.iso"))
        let id = try manager.devices.diskID(userdevice: 3, domid: domid)
        XCTAssertEqual(id.devid, 5696)
        let store = xen.openStore()
        XCTAssertEqual(try store.read(id.backendPath + "/params"), "/srv/iso/debian.iso")
        XCTAssertFalse(try manager.devices.isMediaEjected(id))
        try manager.devices.ejectMedia(id)
        XCTAssertTrue(try manager.devices.isMediaEjected(id))
        XCTAssertEqual(try store.read(id.backendPath + "/type"), "")
        try manager.devices.insertMedia(id, params: "/srv/iso/tools.iso")
        XCTAssertEqual(try manager.devices.state(id)?.params, "/srv/iso/tools.iso")
        XCTAssertEqual(try manager.devices.state(id)?.physicalType, "file")
        // Re-inserting the same image gets qemu's leading-slash trick.
        try manager.devices.insertMedia(id, params: "/srv/iso/tools.iso")
        XCTAssertEqual(try store.read(id.backendPath + "/params"), "//srv/iso/tools.iso")
        XCTAssertThrowsError(try manager.devices.ejectMedia(DeviceID(kind: .vif, domid: domid, devid: 0)))
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
    }

    func testHotplugFailureIsReportedAndCleanedUp() throws {
        let (xen, manager, domid) = try running(24)
        let disk = DiskDevice(userdevice: 5, params: "/dev/simulated-failure/vdi")
        XCTAssertThrowsError(try manager.devices.plug(disk, into: domid)) { error in
            guard case .hotplugFailed(let id, let message) = error as? HypervisorError else { return XCTFail("\(error)") }
            XCTAssertEqual(id.devid, 51792)
            XCTAssertTrue(message.contains("simulated hotplug failure"))
        }
        XCTAssertNil(try xen.openStore().readIfPresent("/local/domain/0/backend/vbd/\(domid)/51792"))
        XCTAssertNil(try xen.openStore().readIfPresent("/local/domain/\(domid)/device/vbd/51792"))
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
    }

    func testPluggingTheSameDeviceTwiceIsRefused() throws {
        let (_, manager, domid) = try running(25)
        XCTAssertThrowsError(try manager.devices.plug(DiskDevice(userdevice: 0, params: "/dev/other"), into: domid)) { error in
            XCTAssertEqual(error as? HypervisorError, .deviceAlreadyConnected(DeviceID(kind: .vbd, domid: domid, devid: 51712)))
        }
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
    }

    func testRepeatedPlugAndUnplugOfOneSlotNeverRaces() throws {
        let (xen, manager, domid) = try running(26)
        let disk = DiskDevice(userdevice: 2, mode: .readOnly, params: "/dev/sm/hot")
        let nic = NetworkDevice(devid: 4, mac: "02:16:3e:00:00:04", bridge: "xenbr0")
        for i in 0..<100 {
            let ids = try manager.devices.plug(disks: [disk], nics: [nic], into: domid, waitForGuest: i % 2 == 0)
            for id in ids { try manager.devices.unplug(id, force: i % 3 == 0) }
        }
        XCTAssertEqual(xen.xenstored.dump("/local/domain/0/backend/vbd/\(domid)").keys.filter { $0.contains("51744") }, [])
        XCTAssertEqual(try manager.devices.devices(of: domid).count, 2)
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
    }
}
