// The parts that run dom0 programs, with stand-in scripts: the hotplug scripts when the toolstack
// runs them itself (the Debian set-up) and pygrub for a PV VM booting from its disk. Also the
// stack factory and a cancelled suspend.
import Glibc
import XCTest
@testable import Hypervisor

final class HelperProgramTests: XCTestCase {
    typealias S = DomainTestSupport
    private var directory = ""

    override func setUpWithError() throws {
        var template = Array("/tmp/hypervisor-helpers-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw XenError(call: "mkdtemp", errno: errno) }
        directory = String(cString: made)
    }

    override func tearDown() {
        for name in ["block", "vif", "pygrub", "log"] { unlink(directory + "/" + name) }
        rmdir(directory)
    }

    private func script(_ name: String, _ body: String) throws -> String {
        let path = directory + "/" + name
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o755)
        guard fd >= 0 else { throw XenError(call: "open", errno: errno, detail: path) }
        try FileDescriptorIO.writeAll(fd, Array(("#!/bin/sh\n" + body + "\n").utf8), call: "write")
        close(fd)
        return path
    }

    private func log() -> [String] {
        let fd = open(directory + "/log", O_RDONLY)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var lines: [String] = []
        while let line = try? FileDescriptorIO.readLine(fd, call: "read") { lines.append(line) }
        return lines
    }

    func testHotplugScriptsRunWithTheXenbusEnvironment() throws {
        let line = "echo \"$0 $1 $XENBUS_TYPE $XENBUS_PATH $XENBUS_BASE_PATH $INTERFACE $2\" >> \(directory)/log"
        let block = try script("block", line)
        let vif = try script("vif", line)
        let xen = SimulatedXen(machine: S.machine())
        var options = DomainManager.Options()
        options.devices.hotplugScripts = .run(block: block, vif: vif)
        options.devices.hotplugTimeout = .seconds(5)
        let manager = DomainManager(control: xen, openStore: { xen.openStore() }, bootloader: SimulatedBootloader(),
                                    options: options)
        let domid = try manager.start(S.pvVM(30, disks: 1, nics: 1), paused: true)
        XCTAssertEqual(log(), [
            "\(block) add vbd backend/vbd/\(domid)/51712 backend vbd\(domid).51712 ",
            "\(vif) online vif backend/vif/\(domid)/0 backend vif\(domid).0 type_if=vif",
        ])
        try manager.destroy(domid)
        XCTAssertEqual(Array(log().dropFirst(2)), [
            "\(block) remove vbd backend/vbd/\(domid)/51712 backend vbd\(domid).51712 ",
            "\(vif) offline vif backend/vif/\(domid)/0 backend vif\(domid).0 type_if=vif",
        ])
    }

    func testPygrubFindsTheKernelOnTheBootDisk() throws {
        let pygrub = try script("pygrub", """
            echo "$@" > \(directory)/log
            printf 'kernel /var/run/xen/pygrub/vmlinuz.x\\0ramdisk /var/run/xen/pygrub/initrd.x\\0args root=/dev/xvda1 ro\\0'
            """)
        let xen = SimulatedXen(machine: S.machine())
        let manager = DomainManager(control: xen, openStore: { xen.openStore() },
                                    bootloader: PygrubBootloader(path: pygrub, outputDirectory: directory))
        var vm = S.pvVM(31, disks: 1, nics: 0)
        vm.boot = .pv(.init(args: "quiet", bootloader: "pygrub", bootloaderArgs: "--kernel=/boot/vmlinuz"))
        let domid = try manager.start(vm, paused: true)
        XCTAssertEqual(log(), ["--output-format=simple0 --output-directory=\(directory) --kernel=/boot/vmlinuz --args=quiet "
                               + "/dev/sm/backend/sr/vdi-31-0"])
        let build = try XCTUnwrap(xen.calls().first { $0.call == "xc_dom_boot_image" })
        XCTAssertTrue(build.detail.hasPrefix("linux_build kernel=/var/run/xen/pygrub/vmlinuz.x "
                                             + "ramdisk=/var/run/xen/pygrub/initrd.x cmdline=root=/dev/xvda1 ro "))
        try manager.destroy(domid)

        let failing = DomainManager(control: xen, openStore: { xen.openStore() },
                                    bootloader: PygrubBootloader(path: try script("pygrub", "exit 1"), outputDirectory: directory))
        XCTAssertThrowsError(try failing.start(vm)) { error in
            guard case .bootloaderFailed = error as? HypervisorError else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try failing.domains(), [])
    }

    func testSimulatedStackFromTheFactory() throws {
        let stack = try openHypervisorStack(.simulated)
        XCTAssertEqual(stack.kind, .simulated)
        XCTAssertNotNil(stack.simulation)
        var profile = SimulatedGuestProfile.default
        profile.agentStartDelay = .milliseconds(10)
        stack.simulation?.defaultGuestProfile = profile
        let domid = try stack.domains.start(S.pvVM(32, memory: 64 * S.mib, disks: 1, nics: 1))
        XCTAssertTrue(S.eventually { (try? stack.domains.guestAgent(domid))?.agentPresent == true })
        XCTAssertEqual(try stack.domains.domid(ofVM: S.uuid(32)), domid)
        XCTAssertEqual(try stack.domains.cleanShutdown(domid), .poweroff)
        try stack.domains.destroy(domid)
        XCTAssertNil(try stack.domains.domid(ofVM: S.uuid(32)))
    }

    func testACancelledSuspendResumesInPlace() throws {
        let (xen, manager) = S.makeStack()
        let domid = try manager.start(S.pvVM(33))
        try manager.requestShutdown(domid, .suspend)
        XCTAssertEqual(try manager.waitForShutdown(domid), .suspend)
        try manager.cancelSuspend(domid)
        XCTAssertEqual(try manager.status(domid)?.power, .running)
        XCTAssertTrue(xen.callNames(domid: domid).contains("xc_domain_resume"))
        XCTAssertEqual(try manager.cleanShutdown(domid), .poweroff, "the guest answers again")
        try manager.destroy(domid)
    }
}
