// HostFacts read this machine: compare with what libc and /proc say directly.
import Glibc
import XCTest
@testable import Hypervisor

final class HostFactsTests: XCTestCase {
    func testHostnameKernelAndMemory() {
        let facts = HostFacts.probe()
        XCTAssertFalse(facts.hostname.isEmpty)
        XCTAssertEqual(facts.hostname, HostFacts.hostName())
        var u = utsname()
        XCTAssertEqual(uname(&u), 0)
        let release = withUnsafeBytes(of: u.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        XCTAssertEqual(facts.kernelRelease, release)
        XCTAssertGreaterThan(facts.totalMemoryBytes, 0)
        XCTAssertFalse(facts.osName.isEmpty)
    }

    func testBootTimeIsInThePast() {
        let facts = HostFacts.probe()
        let now = Int64(time(nil))
        XCTAssertGreaterThan(facts.bootTime, 0)
        XCTAssertLessThanOrEqual(facts.bootTime, now)
    }

    func testManagementInterfaceHasAnIPv4AddressAndMAC() {
        let nic = HostFacts.probe().management
        XCTAssertFalse(nic.name.isEmpty)
        for dotted in [nic.ipv4Address, nic.netmask] {
            let parts = dotted.split(separator: ".").compactMap { UInt8($0) }
            XCTAssertEqual(parts.count, 4, dotted)
        }
        XCTAssertEqual(nic.mac.split(separator: ":").count, 6, nic.mac)
        XCTAssertEqual(nic.mac, nic.mac.lowercased())
        XCTAssertGreaterThan(nic.mtu, 0)
        if nic.name != "lo" { XCTAssertFalse(nic.ipv4Address.hasPrefix("127.")) }
        if !nic.gateway.isEmpty {
            XCTAssertEqual(nic.gateway.split(separator: ".").compactMap { UInt8($0) }.count, 4, nic.gateway)
        }
        for ns in HostFacts.probe().nameservers { XCTAssertFalse(ns.isEmpty) }
    }
}
