// The simulated hypervisor's calls on their own, as libxenctrl/libxenguest answer them: Xen's
// errors, memory claims and builds, pause rules, save and restore through a file descriptor, and
// xenstored's introduce/release with @introduceDomain/@releaseDomain.
import Glibc
import XCTest
@testable import Hypervisor

final class SimulatedHypervisorCallTests: XCTestCase {
    private func config(_ n: UInt8, hvm: Bool = false, vcpus: Int = 2) -> DomainCreateConfig {
        DomainCreateConfig(handle: [n] + Array(repeating: 0, count: 15), flags: hvm ? [.hvm, .hap] : [], maxVCPUs: vcpus)
    }

    private func errno(_ body: () throws -> Void) -> Int32? {
        do {
            try body()
            return nil
        } catch {
            return (error as? XenError)?.errno
        }
    }

    func testCreateBuildRunAndDestroy() throws {
        let xen = SimulatedXen(machine: DomainTestSupport.machine(memoryGiB: 2))
        let free = try xen.physinfo().freePages
        let a = try xen.createDomain(config(1))
        let b = try xen.createDomain(config(2))
        XCTAssertEqual([a, b], [1, 2])
        XCTAssertEqual(errno { _ = try xen.build(a, .init(image: .pv(kernel: "k", ramdisk: nil, cmdline: ""),
                                                         maxMemoryKiB: 1024, startMemoryKiB: 1024, storePort: 1,
                                                         consolePort: 2)) }, EINVAL, "no vCPUs yet")
        XCTAssertEqual(errno { try xen.setMaxVCPUs(a, 3) }, EINVAL, "more than max_vcpus")
        try xen.setMaxVCPUs(a, 2)
        XCTAssertEqual(errno { try xen.unpause(a) }, EINVAL, "not built")
        try xen.setMaxMemory(a, kib: 65536)
        XCTAssertEqual(errno { _ = try xen.build(a, .init(image: .hvm(firmware: "hvmloader"), maxMemoryKiB: 65536,
                                                         startMemoryKiB: 65536, storePort: 1, consolePort: 2)) }, EINVAL,
                       "HVM image in a PV domain")
        XCTAssertEqual(errno { _ = try xen.build(a, .init(image: .pv(kernel: "k", ramdisk: nil, cmdline: ""),
                                                         maxMemoryKiB: 131072, startMemoryKiB: 131072, storePort: 1,
                                                         consolePort: 2)) }, ENOMEM, "beyond max memory")
        let result = try xen.build(a, .init(image: .pv(kernel: "k", ramdisk: nil, cmdline: ""), maxMemoryKiB: 65536,
                                            startMemoryKiB: 65536, storePort: 1, consolePort: 2))
        XCTAssertEqual(result.consoleMFN, result.storeMFN + 1)
        XCTAssertEqual(try xen.physinfo().freePages, free - 16384)
        try xen.unpause(a)
        XCTAssertTrue(try XCTUnwrap(try xen.domainInfo(a)).isRunning)
        let vcpu = try xen.vcpuInfo(a, vcpu: 0)
        XCTAssertTrue(vcpu.online)
        XCTAssertEqual(errno { try xen.destroy(0) }, EPERM)
        XCTAssertEqual(errno { try xen.pause(99) }, ESRCH)
        try xen.shutdown(a, reason: .crash)
        try xen.shutdown(a, reason: .poweroff)
        XCTAssertEqual(try xen.domainInfo(a)?.shutdownReason, .crash, "the first code sticks")
        try xen.destroy(a)
        try xen.destroy(b)
        XCTAssertEqual(try xen.physinfo().freePages, free)
        XCTAssertEqual(try xen.createDomain(config(3)), 3, "domids keep counting up")
    }

    func testClaimsReserveMemoryUpFront() throws {
        let xen = SimulatedXen(machine: DomainTestSupport.machine(memoryGiB: 2))
        let free = try xen.physinfo().freePages
        let a = try xen.createDomain(config(1))
        try xen.claimPages(a, free - 10)
        XCTAssertEqual(try xen.physinfo().outstandingPages, free - 10)
        let b = try xen.createDomain(config(2))
        XCTAssertEqual(errno { try xen.claimPages(b, 11) }, ENOMEM)
        try xen.claimPages(b, 10)
        try xen.claimPages(a, 0)
        XCTAssertEqual(try xen.physinfo().outstandingPages, 10)
    }

    func testSaveAndRestoreThroughADescriptor() throws {
        let xen = SimulatedXen(machine: DomainTestSupport.machine(memoryGiB: 2))
        let a = try xen.createDomain(config(1, hvm: true))
        try xen.setMaxVCPUs(a, 2)
        try xen.setMaxMemory(a, kib: 262144)
        _ = try xen.build(a, .init(image: .hvm(firmware: "/hvmloader"), maxMemoryKiB: 262144, startMemoryKiB: 131072,
                                   storePort: 1, consolePort: 2))
        var fds: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&fds), 0)
        defer { close(fds[0]) }
        XCTAssertEqual(errno { try xen.saveDomain(a, to: fds[1]) }, EINVAL, "not suspended")
        try xen.unpause(a)
        try xen.shutdown(a, reason: .suspend)
        try xen.saveDomain(a, to: fds[1])
        XCTAssertEqual(write(fds[1], "tail\n", 5), 5)
        close(fds[1])
        try xen.destroy(a)
        let b = try xen.createDomain(config(1, hvm: true))
        try xen.setMaxVCPUs(b, 2)
        try xen.setMaxMemory(b, kib: 262144)
        _ = try xen.restoreDomain(b, from: fds[0], storePort: 5, consolePort: 6)
        XCTAssertEqual(try FileDescriptorIO.readLine(fds[0], call: "test"), "tail", "the restore reads only its image")
        let info = try XCTUnwrap(try xen.domainInfo(b))
        XCTAssertEqual(info.totalPages, 32768)
        XCTAssertTrue(info.isPaused)
        XCTAssertTrue(info.isHVM)
        XCTAssertEqual(try xen.hvmParam(b, .storeEventChannel), 5)
    }

    func testIntroducedDomainsGetReleaseDomainOnShutdownAndDestroy() throws {
        let xen = SimulatedXen(machine: DomainTestSupport.machine(memoryGiB: 2))
        let store = xen.openStore()
        try store.watch("@releaseDomain", token: "r")
        try store.watch("@introduceDomain", token: "i")
        while try store.readWatch(timeout: .zero) != nil {}
        let a = try xen.createDomain(config(1))
        try xen.shutdown(a, reason: .poweroff)
        XCTAssertNil(try store.readWatch(timeout: .zero), "not introduced: xenstored does not know it")
        try xen.destroy(a)
        let b = try xen.createDomain(config(2))
        try store.introduceDomain(b, mfn: 1234, port: 1)
        XCTAssertEqual(try store.readWatch(timeout: .zero)?.token, "i")
        XCTAssertTrue(try store.isDomainIntroduced(b))
        try xen.shutdown(b, reason: .reboot)
        XCTAssertEqual(try store.readWatch(timeout: .zero)?.path, "@releaseDomain")
        try xen.destroy(b)
        XCTAssertEqual(try store.readWatch(timeout: .zero)?.path, "@releaseDomain")
        XCTAssertFalse(try store.isDomainIntroduced(b))
        XCTAssertThrowsError(try store.releaseDomain(b)) { XCTAssertEqual(($0 as? XenError)?.errno, ENOENT) }
        let guest = xen.xenstored.connect(domid: 5)
        XCTAssertThrowsError(try guest.introduceDomain(6, mfn: 1, port: 1)) { XCTAssertEqual(($0 as? XenError)?.errno, EACCES) }
    }

    func testPermissionsAreInheritedAndChecked() throws {
        let daemon = SimulatedXenstored()
        let dom0 = daemon.connect()
        try dom0.mkdir("/local/domain/3", permissions: .guestReadOnly(3))
        try dom0.mkdir("/local/domain/3/data", permissions: .guestReadWrite(3))
        try dom0.write("/local/domain/3/name", value: "g")
        XCTAssertEqual(try dom0.getPermissions("/local/domain/3/name"), .guestReadOnly(3), "inherited")
        let guest = daemon.connect(domid: 3)
        try guest.write("data/a/b", value: "1")
        XCTAssertEqual(try dom0.getPermissions("/local/domain/3/data/a/b").owner, 3)
        XCTAssertThrowsError(try guest.setPermissions("name", .guestReadWrite(3)))
        XCTAssertThrowsError(try guest.rm("name"))
        // A guest hears only of nodes it may read.
        try guest.watch("/local/domain/0", token: "peek")
        _ = try guest.readWatch(timeout: .zero)
        try dom0.write("/local/domain/0/secret", value: "x")
        XCTAssertNil(try guest.readWatch(timeout: .zero))
        try guest.watch("name", token: "n")
        _ = try guest.readWatch(timeout: .zero)
        try dom0.write("/local/domain/3/name", value: "renamed")
        XCTAssertEqual(try guest.readWatch(timeout: .zero), XenStoreWatchEvent(path: "name", token: "n"))
        XCTAssertEqual(XenStorePermissions(owner: 1, others: .read, acl: [.init(domid: 0, access: .readWrite)]).description,
                       "r1,b0")
    }
}
