// Who runs the backend hotplug scripts. Under XenServer udev runs them; on Debian there is no
// xen-backend udev rule, so the toolstack runs them itself as libxl and xenopsd
// (`run_hotplug_scripts`) do: `block add|remove` for disks, `vif-bridge online|offline` for VIFs
// once the backend is in InitWait, with the XENBUS_* environment (xen-backend.md §2.3, §2.7).
// The simulated Xen's backends do the scripts' work themselves, like udev would.
import Glibc

public enum HotplugScripts: Sendable, Hashable {
    /// Something else runs them (udev rules, or the simulated backends).
    case external
    /// The toolstack runs these scripts.
    case run(block: String, vif: String)

    /// Debian's xen-utils-common scripts.
    public static let debian = HotplugScripts.run(block: "/etc/xen/scripts/block", vif: "/etc/xen/scripts/vif-bridge")

    /// Runs the device's script with `action`; returns its exit status. Output is discarded.
    @discardableResult
    func run(_ action: String, for device: DeviceID) throws -> Int32 {
        guard case .run(let block, let vif) = self else { return 0 }
        let script = device.kind == .vif ? vif : block
        let kind = device.kind.rawValue
        let environment = [
            "script=\(script)",
            "XENBUS_TYPE=\(kind)",
            "XENBUS_PATH=backend/\(kind)/\(device.domid)/\(device.devid)",
            "XENBUS_BASE_PATH=backend",
            "XENBUS_PREFIX=" + (device.backendDomid == 0 ? "" : "/local/domain/\(device.backendDomid)/"),
            "INTERFACE=\(kind)\(device.domid).\(device.devid)",
            "PATH=/usr/sbin:/usr/bin:/sbin:/bin",
        ]
        return try ChildProcess.run(script, [action] + (device.kind == .vif ? ["type_if=vif"] : []),
                                    environment: environment)
    }
}

/// posix_spawn and wait, with stdin and stderr on /dev/null and stdout discarded or captured.
enum ChildProcess {
    static func run(_ path: String, _ arguments: [String], environment: [String]) throws -> Int32 {
        try runCapturing(path, arguments, environment: environment, capture: false).status
    }

    /// The exit status (128 + signal when killed) and, with `capture`, what it wrote to stdout.
    static func runCapturing(_ path: String, _ arguments: [String], environment: [String],
                             capture: Bool = true) throws -> (status: Int32, output: [UInt8]) {
        var pipeFDs: [Int32] = [-1, -1]
        if capture {
            guard pipe(&pipeFDs) == 0 else { throw XenError(call: "pipe", errno: errno, detail: path) }
            for fd in pipeFDs { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        }
        defer { for fd in pipeFDs where fd >= 0 { close(fd) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] {
            if fd == 1 && capture {
                posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 1)
            } else {
                posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
            }
        }
        func cStrings(_ list: [String]) -> [UnsafeMutablePointer<CChar>?] { list.map { strdup($0) } + [nil] }
        let argv = cStrings([path] + arguments)
        let envp = cStrings(environment)
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard rc == 0 else { throw XenError(call: "posix_spawn", errno: rc, detail: path) }
        var output: [UInt8] = []
        if capture {
            close(pipeFDs[1])
            pipeFDs[1] = -1
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(pipeFDs[0], $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                output += buffer[0..<n]
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { throw XenError(call: "waitpid", errno: errno, detail: path) }
        }
        // WIFEXITED/WEXITSTATUS are macros: decode the status word by hand.
        return (status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f), output)
    }
}
