// Shared set-up for the domain-layer tests: a simulated 16 GiB, 4-CPU host, a stack over it with
// short timeouts, and VM descriptions in the shapes the API layer will build.
import Glibc
import XCTest
@testable import Hypervisor

enum DomainTestSupport {
    static let gib: Int64 = 1 << 30
    static let mib: Int64 = 1 << 20

    static func machine(memoryGiB: UInt64 = 16) -> SimulatedXen.Machine {
        SimulatedXen.Machine(totalMemoryKiB: memoryGiB << 20, cpus: [], onlineCPUs: 4, coresPerSocket: 4,
                             threadsPerCore: 1, nodes: 1)
    }

    /// A simulated host whose guests report quickly.
    static func makeStack(memoryGiB: UInt64 = 16, agentDelay: Duration = .milliseconds(20),
                          ackTimeout: Duration = .seconds(5)) -> (SimulatedXen, DomainManager) {
        let xen = SimulatedXen(machine: machine(memoryGiB: memoryGiB))
        var profile = SimulatedGuestProfile.default
        profile.agentStartDelay = agentDelay
        xen.defaultGuestProfile = profile
        var options = DomainManager.Options(shutdownAckTimeout: ackTimeout, suspendAckTimeout: ackTimeout,
                                            shutdownTimeout: .seconds(5))
        options.devices.hotplugTimeout = .seconds(5)
        options.devices.frontendTimeout = .seconds(5)
        let stack = makeSimulatedStack(xen, options: options)
        return (xen, stack.domains)
    }

    static func uuid(_ n: Int) -> String {
        let hex = String(n, radix: 16)
        return "a1b2c3d4-0000-4000-8000-" + String(repeating: "0", count: 12 - hex.count) + hex
    }

    static func mac(_ vm: Int, _ devid: Int) -> String {
        String(format2: [0x02, 0x16, 0x3e, UInt8(vm & 0xff), UInt8(devid & 0xff), 0x01])
    }

    /// A PV VM with `disks` disks (xvda, xvdb, ...) and `nics` VIFs on xenbr0.
    static func pvVM(_ n: Int = 1, memory: Int64 = 512 * mib, vcpus: Int = 2, disks: Int = 2, nics: Int = 2,
                     kernel: String = "/boot/guest/vmlinuz") -> VMDescription {
        VMDescription(
            uuid: uuid(n), name: "pv-\(n)", memory: .init(staticMin: memory / 2, staticMax: memory, dynamicMin: memory,
                                                          dynamicMax: memory),
            vcpusMax: vcpus, vcpusAtStartup: vcpus,
            boot: .pv(.init(kernel: kernel, ramdisk: "/boot/guest/initrd.img", args: "console=hvc0 root=/dev/xvda1")),
            platform: ["nx": "true", "acpi": "1"],
            xenstoreData: ["vm-data/mmio-hole-size": "268435456", "vm-data/tag": "pv", "other/dropped": "x"],
            disks: (0..<disks).map { DiskDevice(userdevice: $0, params: "/dev/sm/backend/sr/vdi-\(n)-\($0)",
                                                extraBackendKeys: ["sm-data/vdi-uuid": "vdi-\(n)-\($0)"]) },
            nics: (0..<nics).map { NetworkDevice(devid: $0, mac: mac(n, $0), bridge: "xenbr\($0)", mtu: 1500) })
    }

    /// An HVM VM with two disks (hda, hdb on IDE), a CD drive at userdevice 3 and two VIFs.
    static func hvmVM(_ n: Int = 2, memory: Int64 = GiB, cdrom: String = "") -> VMDescription {
        VMDescription(
            uuid: uuid(n), name: "hvm-\(n)", memory: .fixed(memory), vcpusMax: 4, vcpusAtStartup: 2,
            boot: .hvm(.init(bootOrder: "dc")), platform: ["viridian": "true", "timeoffset": "3600"],
            disks: [DiskDevice(userdevice: 0, params: "/dev/sm/hvm-\(n)-0"),
                    DiskDevice(userdevice: 1, params: "/dev/sm/hvm-\(n)-1"),
                    .cdrom(userdevice: 3, params: cdrom)],
            nics: (0..<2).map { NetworkDevice(devid: $0, mac: mac(n, $0), bridge: "xenbr0") })
    }

    static let GiB = gib

    /// Polls `condition` every millisecond until it holds (true) or `timeout` passes (false).
    static func eventually(timeout: Duration = .seconds(5), _ condition: () throws -> Bool) rethrows -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try condition() { return true }
            usleep(1000)
        }
        return try condition()
    }
}

extension String {
    /// `aa:bb:...` of six bytes.
    init(format2 bytes: [UInt8]) {
        self = bytes.map { b in
            let s = String(b, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined(separator: ":")
    }
}
