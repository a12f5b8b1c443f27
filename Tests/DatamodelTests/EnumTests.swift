// Generated enums: wire labels as declared, matched case-insensitively; unknown labels are xapi's
// `Unknown tag/contents` failure.
import Datamodel
import Wire
import XCTest

final class EnumTests: XCTestCase {
    func testLabelsAndNames() {
        XCTAssertEqual(VMPowerState.halted.rawValue, "Halted")
        XCTAssertEqual(VMPowerState.enumName, "vm_power_state")
        XCTAssertEqual(BondMode.balanceSlb.rawValue, "balance-slb")
        XCTAssertEqual(BondMode.activeBackup.wire, .string("active-backup"))
        XCTAssertEqual(VMOperations.import.rawValue, "import")
        XCTAssertEqual(VMOperations.changingVCPUs.rawValue, "changing_VCPUs")
        XCTAssertEqual(IPConfigurationMode.none.rawValue, "None")
        XCTAssertEqual(Cls.pvsProxy.rawValue, "PVS_proxy")
    }

    func testCaseInsensitive() throws {
        XCTAssertEqual(try VMPowerState(wire: .string("running")), .running)
        XCTAssertEqual(try VMPowerState(wire: .string("RUNNING")), .running)
        XCTAssertEqual(try VBDMode(wireKey: "rw"), .rw)
        XCTAssertEqual(try BondMode(wire: .string("Balance-SLB")), .balanceSlb)
    }

    func testUnknownLabel() {
        XCTAssertThrowsError(try VMPowerState(wire: .string("Exploded"))) { error in
            XCTAssertEqual((error as? XenAPIError)?.code, "INTERNAL_ERROR")
        }
        XCTAssertThrowsError(try VMPowerState(wire: .int(1))) { error in
            XCTAssertEqual(
                error as? XenAPIError, XenAPIError.typeError(expected: "enum", got: .int(1)))
        }
    }

    func testEnumsMatchSpecs() {
        XCTAssertEqual(
            VMPowerState.allCases.map(\.rawValue),
            Datamodel.enumSpec(named: "vm_power_state")?.values)
        XCTAssertEqual(
            UpdateGuidances.allCases.map(\.rawValue),
            Datamodel.enumSpec(named: "update_guidances")?.values)
    }
}
