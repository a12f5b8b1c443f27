// The 7.1 template catalog: names, derivation, and the XML the template tool wrote.
@testable import API
import XCTest

final class TemplateCatalogTests: XCTestCase {
    func testCatalogHasTheSeventyOneSet() {
        let all = TemplateCatalog.all
        XCTAssertEqual(all.count, 84)
        XCTAssertEqual(Set(all.map(\.uuid)).count, all.count)
        XCTAssertEqual(Set(all.map(\.nameLabel)).count, all.count)
        XCTAssertEqual(Set(all.map(\.referenceLabel)).count, all.count)
        XCTAssertTrue(all.allSatisfy { !$0.nameDescription.isEmpty && $0.memoryStaticMin > 0 })
    }

    func testMinMemoryDerivesTheOtherLimits() throws {
        let centos7 = try XCTUnwrap(TemplateCatalog.named("CentOS 7"))
        XCTAssertEqual(centos7.memoryStaticMin, 1 << 30)
        XCTAssertEqual(centos7.memoryStaticMax, 2 << 30)
        XCTAssertEqual(centos7.memoryDynamicMin, 2 << 30)
        XCTAssertEqual(centos7.memoryDynamicMax, 2 << 30)
        XCTAssertEqual(centos7.disks, [.disk(10 << 30)])
        XCTAssertEqual(centos7.vcpusMax, 1)
    }

    func testRecommendationsXML() throws {
        let jessie = try XCTUnwrap(TemplateCatalog.named("Debian Jessie 8.0"))
        XCTAssertEqual(jessie.recommendations, """
            <restrictions><restriction field="memory-static-max" max="1649267441664"/>\
            <restriction field="vcpus-max" max="32"/><restriction field="has-vendor-device" value="false"/>\
            <restriction field="allow-gpu-passthrough" value="1"/><restriction field="allow-vgpu" value="1"/>\
            <restriction max="255" property="number-of-vbds"/><restriction max="7" property="number-of-vifs"/>\
            </restrictions>
            """)
        let win7 = try XCTUnwrap(TemplateCatalog.named("Windows 7 (64-bit)"))
        XCTAssertTrue(win7.recommendations.contains("<restriction field=\"has-vendor-device\" value=\"true\"/>"))
        XCTAssertTrue(win7.recommendations.contains("max=\"206158430208\""))
    }

    func testPVAndHVMFamilies() throws {
        let sles = try XCTUnwrap(TemplateCatalog.named("SUSE Linux Enterprise Server 12 SP1 (64-bit)"))
        XCTAssertFalse(sles.isHVM)
        XCTAssertEqual(sles.pvBootloader, "eliloader")
        XCTAssertEqual(sles.pvArgs, "console=xvc0 xencons=xvc")
        XCTAssertEqual(sles.templateOtherConfig["install-distro"], "sleslike")
        XCTAssertEqual(sles.templateOtherConfig["install-arch"], "x86_64")

        let ws2016 = try XCTUnwrap(TemplateCatalog.named("Windows Server 2016 (64-bit)"))
        XCTAssertTrue(ws2016.isHVM)
        XCTAssertEqual(ws2016.generationID, "0:0")
        XCTAssertEqual(ws2016.platform["vga"], "std")
        XCTAssertEqual(ws2016.disksXML, """
            <provision><disk bootable="false" device="0" size="34359738368" sr="" type="system"/></provision>
            """)
        XCTAssertEqual(ws2016.otherConfig["install-methods"], "cdrom")
        XCTAssertNil(ws2016.otherConfig["install_distro"])

        let other = try XCTUnwrap(TemplateCatalog.named("Other install media"))
        XCTAssertNil(other.disksXML)
        XCTAssertNil(other.otherConfig["disks"])
        XCTAssertEqual(other.platform["viridian"], "true")
    }
}
