// Reads of /proc, /sys and /etc text files that tolerate their absence (containers, non-Linux test
// hosts): every accessor returns nil or an empty value instead of throwing.
import Glibc

enum ProcFiles {
    /// The whole file, or nil when it cannot be opened. /proc files report size 0, so read to EOF.
    static func read(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            bytes.append(contentsOf: buffer[0..<n])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// /proc/meminfo as key → kB (`MemTotal` → 24683652).
    static func meminfo() -> [String: UInt64] {
        var out: [String: UInt64] = [:]
        for line in (read("/proc/meminfo") ?? "").split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let number = line[line.index(after: colon)...].split(separator: " ").first
            if let number, let v = UInt64(number) { out[String(line[..<colon])] = v }
        }
        return out
    }

    /// `btime` from /proc/stat: the boot time in seconds since the epoch.
    static func bootTime() -> Int64? {
        for line in (read("/proc/stat") ?? "").split(separator: "\n") where line.hasPrefix("btime ") {
            return line.split(separator: " ").dropFirst().first.flatMap { Int64($0) }
        }
        return nil
    }

    static func cpuInfo() -> [CPUInfo] {
        CPUInfo.parse(procCPUInfo: read("/proc/cpuinfo") ?? "")
    }

    /// Online NUMA nodes (/sys/devices/system/node/nodeN), at least one.
    static func numaNodeCount() -> Int {
        guard let dir = opendir("/sys/devices/system/node") else { return 1 }
        defer { closedir(dir) }
        var count = 0
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix("node"), Int(name.dropFirst(4)) != nil { count += 1 }
        }
        return max(1, count)
    }

    /// A `KEY="value"` file such as /etc/os-release, unquoted.
    static func keyValues(_ path: String) -> [String: String] {
        var out: [String: String] = [:]
        for line in (read(path) ?? "").split(separator: "\n") {
            guard let eq = line.firstIndex(of: "=") else { continue }
            var value = line[line.index(after: eq)...]
            if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q {
                value = value.dropFirst().dropLast()
            }
            out[String(line[..<eq])] = String(value)
        }
        return out
    }
}
