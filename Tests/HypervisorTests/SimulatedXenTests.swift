// The simulated hypervisor looks like this machine: physinfo from /proc and sysconf, dom0 in the
// domain table, its xenstore populated.
import Glibc
import XCTest
@testable import Hypervisor

final class SimulatedXenTests: XCTestCase {
    func testPhysinfoDescribesThisMachine() throws {
        let xen = SimulatedXen()
        let info = try xen.physinfo()
        let online = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        XCTAssertEqual(info.nrCPUs, max(online, xen.cpuInfo().count))
        XCTAssertEqual(info.maxCPUID, info.nrCPUs - 1)
        XCTAssertGreaterThanOrEqual(info.nrNodes, 1)
        XCTAssertEqual(info.threadsPerCore * info.coresPerSocket * info.socketCount, info.nrCPUs)
        XCTAssertEqual(info.totalPages * 4, xen.machine.totalMemoryKiB)
        XCTAssertGreaterThan(info.totalMemoryBytes, 64 << 20)
        XCTAssertLessThan(info.freePages, info.totalPages)
        XCTAssertGreaterThan(info.freePages, 0)
        XCTAssertTrue(info.capabilities.isSuperset(of: [.hvm, .pv]))
        XCTAssertEqual(info.hwCap.count, 8)
        if let mhz = xen.cpuInfo().first?.speedMHz, mhz > 0 {
            XCTAssertEqual(Double(info.cpuKHz), mhz * 1000, accuracy: 1)
        }
    }

    func testDom0IsRunningWithAllCPUsAndItsShareOfMemory() throws {
        let xen = SimulatedXen()
        let all = try xen.domainInfoList()
        XCTAssertEqual(all.map(\.domid), [0])
        let dom0 = try XCTUnwrap(try xen.domainInfo(0))
        XCTAssertTrue(dom0.isRunning)
        XCTAssertFalse(dom0.isPaused || dom0.isShutdown || dom0.isDying)
        XCTAssertNil(dom0.shutdownReason)
        XCTAssertEqual(dom0.vcpus, try xen.physinfo().nrCPUs)
        XCTAssertEqual(dom0.onlineVCPUs, dom0.vcpus)
        XCTAssertGreaterThan(dom0.memoryBytes, 0)
        XCTAssertLessThanOrEqual(dom0.memoryBytes, try xen.physinfo().totalMemoryBytes / 2)
        XCTAssertEqual(dom0.uuid, "00000000-0000-0000-0000-000000000000")
        let info = try xen.physinfo()
        XCTAssertEqual(info.freePages, info.totalPages - dom0.totalPages)
        XCTAssertNil(try xen.domainInfo(7))
        XCTAssertEqual(try xen.domainInfoList(first: 1, max: 10), [])
    }

    func testDom0MemoryFollowsTheInstallerDefault() {
        XCTAssertEqual(SimulatedXen.dom0MemoryKiB(hostMemoryKiB: 8 << 20), 752 * 1024)
        XCTAssertEqual(SimulatedXen.dom0MemoryKiB(hostMemoryKiB: 24 << 20), 2 << 20)
        XCTAssertEqual(SimulatedXen.dom0MemoryKiB(hostMemoryKiB: 50 << 20), 3 << 20)
        XCTAssertEqual(SimulatedXen.dom0MemoryKiB(hostMemoryKiB: 256 << 20), 4 << 20)
    }

    func testSmallMachineKeepsHalfItsMemoryForGuests() throws {
        let machine = SimulatedXen.Machine(totalMemoryKiB: 1 << 20, cpus: [], onlineCPUs: 4, coresPerSocket: 2,
                                           threadsPerCore: 2, nodes: 1)
        let xen = SimulatedXen(machine: machine)
        let dom0 = try XCTUnwrap(try xen.domainInfo(0))
        XCTAssertEqual(dom0.memoryBytes, 512 << 20)
        XCTAssertEqual(dom0.vcpus, 4)
        XCTAssertEqual(try xen.physinfo().socketCount, 1)
    }

    func testVersionAndCapabilities() throws {
        let xen = SimulatedXen()
        let v = try xen.version()
        XCTAssertEqual(v.major, 4)
        XCTAssertTrue(v.description.hasPrefix("4.17."))
        XCTAssertTrue(try xen.capabilities().contains("xen-3.0-x86_64"))
        XCTAssertTrue(try xen.capabilities().contains("hvm-3.0-x86_64"))
    }

    func testCPUInfoComesFromProc() {
        let cpus = SimulatedXen().cpuInfo()
        guard let first = cpus.first else { return }  // no /proc/cpuinfo: nothing to compare
        XCTAssertEqual(cpus.map(\.number), Array(0..<cpus.count))
        XCTAssertFalse(first.vendor.isEmpty)
        XCTAssertFalse(first.modelName.isEmpty)
        XCTAssertFalse(first.flags.isEmpty)
    }

    func testDom0XenstoreIsPopulated() throws {
        let xen = SimulatedXen()
        let xs = xen.openStore()
        XCTAssertEqual(try xs.read("/local/domain/0/domid"), "0")
        XCTAssertEqual(try xs.read("/local/domain/0/name"), "Domain-0")
        let dom0 = try XCTUnwrap(try xen.domainInfo(0))
        XCTAssertEqual(try xs.read("/local/domain/0/memory/target"), String(dom0.memoryBytes / 1024))
        XCTAssertEqual(try xs.directory("/local/domain/0/cpu").count, dom0.vcpus)
        XCTAssertEqual(try xs.read("domid"), "0", "relative paths resolve under /local/domain/0")
        XCTAssertEqual(try xs.getDomainPath(0), "/local/domain/0")
    }
}
