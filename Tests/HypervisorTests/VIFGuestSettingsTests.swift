// A VIF's locking rules and static IP setting in xenstore on the simulated Xen, at plug and
// changed on the plugged device, at xenopsd's paths (private path for the vif script's rules,
// xenserver/device/vif/<devid>/static-ip-setting for the guest agent).
import XCTest
@testable import Hypervisor

final class VIFGuestSettingsTests: XCTestCase {
    typealias S = DomainTestSupport

    func testPlugWritesLockingAndStaticIPAndSettersChangeThem() throws {
        let (xen, manager) = S.makeStack()
        let domid = try manager.start(S.pvVM(31, disks: 1, nics: 0))
        XCTAssertTrue(S.eventually { (try? manager.guestAgent(domid))?.agentPresent == true })
        var nic = NetworkDevice(devid: 2, mac: S.mac(31, 2), bridge: "xenbr0", mtu: 1500)
        nic.apply(locking: .locked(ipv4: ["10.0.0.5", "10.0.1.0/24"], ipv6: []),
                  staticIP: VIFStaticIPSetting(mac: nic.mac, ipv4: .static(address: "10.0.0.5/24", gateway: "10.0.0.1")))
        let id = try manager.devices.plug(nic, into: domid, waitForGuest: true)
        let priv = id.privatePath(vm: S.uuid(31))
        let ip = id.xenserverPath + "/static-ip-setting"
        func dump(_ path: String) -> [String: String] {
            xen.xenstored.dump(path).reduce(into: [:]) { out, kv in
                let key = String(kv.key.dropFirst(path.count + 1))
                if !key.isEmpty && !kv.value.isEmpty || ["ipv6-allowed", "error-msg"].contains(key) { out[key] = kv.value }
            }
        }
        let locking = dump(priv).filter { ["locking-mode", "ipv4-allowed", "ipv6-allowed"].contains($0.key) }
        XCTAssertEqual(locking, ["locking-mode": "locked", "ipv4-allowed": "10.0.0.5,10.0.1.0/24", "ipv6-allowed": ""])
        XCTAssertEqual(dump(ip), ["mac": S.mac(31, 2), "error-code": "0", "error-msg": "", "enabled": "1",
                                  "address": "10.0.0.5/24", "gateway": "10.0.0.1", "enabled6": "0"])
        let store = xen.openStore()
        XCTAssertEqual(try store.read(id.frontendPath + "/disconnect"), "0")

        try manager.devices.setLocking(id, .disabled)
        XCTAssertEqual(try store.read(priv + "/locking-mode"), "disabled")
        XCTAssertNil(try store.readIfPresent(priv + "/ipv4-allowed"), "the old rules' keys go")
        XCTAssertEqual(try store.read(id.frontendPath + "/disconnect"), "1", "disabled: link down")
        try manager.devices.setLocking(id, .unlocked)
        XCTAssertEqual(try store.read(id.frontendPath + "/disconnect"), "0")

        try manager.devices.setIPv4(id, .unspecified)
        try manager.devices.setIPv6(id, .static(address: "2001:db8::5/64", gateway: nil))
        XCTAssertEqual(dump(ip), ["mac": S.mac(31, 2), "error-code": "0", "error-msg": "", "enabled": "0",
                                  "enabled6": "1", "address6": "2001:db8::5/64"])

        try manager.devices.unplug(id)
        XCTAssertThrowsError(try manager.devices.setLocking(id, .unlocked)) {
            XCTAssertEqual($0 as? HypervisorError, .deviceNotFound(id))
        }
        XCTAssertThrowsError(try manager.devices.setIPv4(id, .dhcp))
        XCTAssertEqual(xen.xenstored.dump(ip), [:], "the guest's settings go with the device")
        try manager.hardShutdown(domid)
        try manager.destroy(domid)
    }

    func testStaticIPKeysAsXenopsdWritesThem() {
        let v4 = VIFStaticIPSetting(mac: "aa:bb:cc:dd:ee:ff", ipv4: .dhcp, ipv6: .autoconf)
        XCTAssertEqual(v4.xenserverKeys, [
            "static-ip-setting/mac": "aa:bb:cc:dd:ee:ff", "static-ip-setting/error-code": "0",
            "static-ip-setting/error-msg": "", "static-ip-setting/enabled": "2", "static-ip-setting/enabled6": "2",
        ])
        XCTAssertEqual(VIFLocking.unlocked.privateKeys, ["locking-mode": "unlocked"])
        XCTAssertFalse(VIFLocking.disabled.carrier)
        var nic = NetworkDevice(devid: 0, mac: "aa:bb:cc:dd:ee:ff", bridge: "xenbr0")
        nic.apply(locking: .disabled, staticIP: v4)
        XCTAssertFalse(nic.carrier)
        XCTAssertEqual(nic.extraPrivateKeys["locking-mode"], "disabled")
    }
}
