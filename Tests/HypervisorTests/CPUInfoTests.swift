// /proc/cpuinfo parsing from a literal.
import XCTest
@testable import Hypervisor

final class CPUInfoTests: XCTestCase {
    func testParsesEachProcessorBlock() {
        let text = """
            processor\t: 0
            vendor_id\t: GenuineIntel
            cpu family\t: 6
            model\t\t: 85
            model name\t: Intel(R) Xeon(R) Processor @ 2.50GHz
            stepping\t: 7
            cpu MHz\t\t: 2499.998
            physical id\t: 0
            flags\t\t: fpu vme de pse

            processor\t: 1
            vendor_id\t: AuthenticAMD
            cpu family\t: 23
            model\t\t: 49
            model name\t: AMD EPYC 7742 64-Core Processor
            stepping\t: 0
            cpu MHz\t\t: 3000.000
            flags\t\t: fpu sse2

            """
        let cpus = CPUInfo.parse(procCPUInfo: text)
        XCTAssertEqual(cpus.count, 2)
        XCTAssertEqual(cpus[0], CPUInfo(number: 0, vendor: "GenuineIntel",
                                        modelName: "Intel(R) Xeon(R) Processor @ 2.50GHz", family: 6, model: 85,
                                        stepping: 7, speedMHz: 2499.998, flags: ["fpu", "vme", "de", "pse"],
                                        physicalID: 0))
        XCTAssertEqual(cpus[1].vendor, "AuthenticAMD")
        XCTAssertEqual(cpus[1].family, 23)
        XCTAssertNil(cpus[1].physicalID)
    }

    func testEmptyTextHasNoCPUs() {
        XCTAssertEqual(CPUInfo.parse(procCPUInfo: ""), [])
    }
}
