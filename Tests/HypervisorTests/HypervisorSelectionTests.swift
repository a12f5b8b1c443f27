// Backend selection on this machine (no /dev/xen): auto picks the simulator, xen refuses with a
// reason, and the real libraries fail to open cleanly rather than crash.
import Glibc
import XCTest
@testable import Hypervisor

final class HypervisorSelectionTests: XCTestCase {
    private var onXen: Bool { xenUnavailableReason() == nil }

    func testAutoChoosesSimulatedWithoutXen() throws {
        try XCTSkipIf(onXen, "running in a Xen dom0")
        let (control, store, kind) = try openHypervisor(.auto)
        XCTAssertEqual(kind, .simulated)
        XCTAssertTrue(control is SimulatedXen)
        XCTAssertEqual(try store.read("/local/domain/0/domid"), "0")
        XCTAssertNotNil(try control.domainInfo(0))
    }

    func testSimulatedAlwaysOpens() throws {
        let (_, _, kind) = try openHypervisor(.simulated)
        XCTAssertEqual(kind, .simulated)
    }

    func testXenWithoutXenSaysWhy() throws {
        try XCTSkipIf(onXen, "running in a Xen dom0")
        XCTAssertThrowsError(try openHypervisor(.xen)) { error in
            let unavailable = error as? HypervisorUnavailable
            XCTAssertNotNil(unavailable)
            XCTAssertTrue(unavailable?.reason.contains("/dev/xen/privcmd") ?? false)
        }
    }

    func testRealLibrariesFailCleanlyWithoutXen() throws {
        try XCTSkipIf(onXen, "running in a Xen dom0")
        XCTAssertThrowsError(try LibXenCtrl()) { XCTAssertEqual(($0 as? XenError)?.call, "xc_interface_open") }
        // xs_open honours XENSTORED_PATH; only assert when no xenstored socket is configured.
        if getenv("XENSTORED_PATH") == nil {
            XCTAssertThrowsError(try LibXenStore()) { XCTAssertEqual(($0 as? XenError)?.call, "xs_open") }
        }
    }

    func testKindsRoundTripTheirNames() {
        XCTAssertEqual(HypervisorKind(rawValue: "auto"), .auto)
        XCTAssertEqual(HypervisorKind.allCases.map(\.rawValue), ["simulated", "xen", "auto"])
    }
}
