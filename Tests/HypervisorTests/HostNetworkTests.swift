// The host network seam: the SDK guide's §6.5 other_config keys as xapi parses them, the
// simulated stack's record of what it applied and what it refuses, and the real stack's honest
// refusal.
import Glibc
import XCTest
@testable import Hypervisor

final class HostNetworkTests: XCTestCase {
    func testEthtoolKeysAsXapiReadsThem() {
        let oc = ["ethtool-speed": "100", "ethtool-duplex": "half", "ethtool-autoneg": "false", "ethtool-tx": "true",
                  "ethtool-rx": "off", "ethtool-sg": "maybe", "ethtool-advertise": "0x2f", "promiscuous": "on", "mtu": "9000"]
        let (settings, offload) = EthtoolSettings.parse(otherConfig: oc, properties: ["gro": "on", "tso": "off"])
        XCTAssertEqual(settings, ["speed": "100", "duplex": "half", "autoneg": "off", "advertise": "0x2f"])
        XCTAssertEqual(offload, ["tx": "on", "rx": "off", "gro": "on", "tso": "off"], "invalid values ignored, properties as defaults")
        XCTAssertTrue(EthtoolSettings.promiscuous(oc))
        XCTAssertEqual(EthtoolSettings.mtu(otherConfig: oc, networkMTU: 1500), 9000)
        let bad = ["ethtool-speed": "-10", "ethtool-duplex": "both", "ethtool-advertise": "2f", "promiscuous": "yes", "mtu": "big"]
        XCTAssertEqual(EthtoolSettings.parse(otherConfig: bad).settings, [:])
        XCTAssertFalse(EthtoolSettings.promiscuous(bad))
        XCTAssertEqual(EthtoolSettings.mtu(otherConfig: bad, networkMTU: 1500), 1500)
        XCTAssertEqual(EthtoolSettings.parse(otherConfig: ["ethtool-gro": "off"], properties: ["gro": "on"]).offload, ["gro": "off"])
    }

    func testSimulatedStackRecordsBridgesAndRefusesWhatARealOneWould() throws {
        let net = SimulatedHostNetwork()
        let vlan = BridgeConfiguration(bridge: "xapi1", port: .vlan(parentBridge: "xenbr0", tag: 7), mac: "aa:bb:cc:dd:ee:ff", mtu: 1500)
        XCTAssertThrowsError(try net.bringUp(vlan)) { error in
            guard case .invalid = error as? HostNetworkError else { return XCTFail("\(error)") }
        }
        let nic = BridgeConfiguration(bridge: "xenbr0", port: .physical(device: "eth0"), mac: "aa:bb:cc:dd:ee:ff", mtu: 9000,
                                      ethtoolSettings: ["speed": "100", "duplex": "half"], ethtoolOffload: ["gro": "off"],
                                      promiscuous: true, ipv4: .static(address: "10.0.0.2", netmask: "255.255.255.0", gateway: "10.0.0.1"),
                                      dns: ["10.0.0.53"], persistent: true)
        let status = try net.bringUp(nic)
        XCTAssertEqual(status, HostLinkStatus(carrier: true, mtu: 9000, speedMbps: 100, fullDuplex: false))
        XCTAssertEqual(try net.bringUp(vlan), HostLinkStatus(carrier: true, mtu: 1500))
        XCTAssertEqual(net.bridge("xenbr0"), nic)
        XCTAssertEqual(net.bridges, ["xapi1", "xenbr0"])
        // The NIC's bridge stays while the VLAN uses it; the VLAN's goes, then the NIC's can.
        try net.bringDown(bridge: "xenbr0")
        XCTAssertEqual(net.bridges, ["xapi1", "xenbr0"])
        try net.bringDown(bridge: "xapi1")
        try net.bringDown(bridge: "xenbr0")
        try net.bringDown(bridge: "xenbr0")
        XCTAssertEqual(net.bridges, [])
        XCTAssertEqual(net.history, [.up(nic), .up(vlan), .down(bridge: "xapi1"), .down(bridge: "xenbr0")])
        var tiny = nic
        tiny.mtu = 20
        XCTAssertThrowsError(try net.bringUp(tiny))
    }

    func testRealStackRefusesRatherThanPretends() {
        let net = LinuxHostNetwork()
        let nic = BridgeConfiguration(bridge: "xenbr0", port: .physical(device: "eth0"), mac: "aa:bb:cc:dd:ee:ff", mtu: 1500)
        for result in [Result { try net.bringUp(nic) }.map { _ in () }, Result { try net.bringDown(bridge: "xenbr0") }] {
            guard case .failure(let error) = result, case .unsupported = error as? HostNetworkError else {
                return XCTFail("\(result)")
            }
        }
    }
}

final class SimulatedHostNetworkFileTests: XCTestCase {
    func testStateFileFollowsTheBridges() throws {
        let path = "/tmp/simulated-host-network-\(getpid()).ini"
        defer { unlink(path) }
        let net = SimulatedHostNetwork(stateFile: path)
        let bond = BridgeConfiguration(bridge: "xapi2", port: .bond(device: "bond0", slaves: ["eth0", "eth1"], mode: "lacp",
                                                                     properties: ["lacp-time": "slow"]),
                                       mac: "aa:bb:cc:dd:ee:ff", mtu: 1500, ethtoolOffload: ["gro": "on"],
                                       ipv6: .static(address: "2001:db8::2/64", gateway: "2001:db8::1"), dns: ["2001:db8::53"])
        _ = try net.bringUp(bond)
        XCTAssertEqual(ProcFiles.read(path), """
            [xapi2]
            port = bond bond0 eth0,eth1 lacp lacp-time=slow
            mac = aa:bb:cc:dd:ee:ff
            mtu = 1500
            promiscuous = false
            offload-gro = on
            ipv4 = none
            ipv6 = static 2001:db8::2/64 2001:db8::1
            dns = 2001:db8::53
            persistent = false

            """)
        try net.bringDown(bridge: "xapi2")
        XCTAssertEqual(ProcFiles.read(path), "")
    }
}
