// Facts about the machine the daemon runs on (dom0 under Xen): name, management interface,
// kernel, boot time, memory and OS release. Read once at start; every probe tolerates missing
// files and interfaces, falling back to loopback and empty strings.
import Glibc

public struct HostFacts: Sendable, Hashable {
    /// A network interface as the management PIF describes it.
    public struct Interface: Sendable, Hashable {
        public var name: String
        public var ipv4Address: String
        public var netmask: String
        /// `aa:bb:cc:dd:ee:ff`, lower-case.
        public var mac: String
        public var mtu: Int
        /// The default route's gateway through this interface; empty when there is none.
        public var gateway: String
        /// Link speed in Mbit/s and duplex, when the driver reports them (sysfs).
        public var speedMbps: Int?
        public var fullDuplex: Bool?

        public init(name: String, ipv4Address: String, netmask: String, mac: String, mtu: Int,
                    gateway: String = "", speedMbps: Int? = nil, fullDuplex: Bool? = nil) {
            self.name = name
            self.ipv4Address = ipv4Address
            self.netmask = netmask
            self.mac = mac
            self.mtu = mtu
            self.gateway = gateway
            self.speedMbps = speedMbps
            self.fullDuplex = fullDuplex
        }

        public static let loopback = Interface(name: "lo", ipv4Address: "127.0.0.1", netmask: "255.0.0.0",
                                               mac: "00:00:00:00:00:00", mtu: 65536)
    }

    public var hostname: String
    public var management: Interface
    /// `uname -r`.
    public var kernelRelease: String
    /// `uname -v`.
    public var kernelVersion: String
    /// Seconds since the epoch (/proc/stat `btime`); 0 when unknown.
    public var bootTime: Int64
    public var totalMemoryBytes: Int64
    /// The OS name and release: `Debian GNU/Linux 12 (bookworm)`.
    public var osName: String
    /// The release number alone (`12.11` from /etc/debian_version, else VERSION_ID).
    public var osVersion: String
    /// Name servers from /etc/resolv.conf, in order.
    public var nameservers: [String]

    public init(hostname: String, management: Interface, kernelRelease: String, kernelVersion: String,
                bootTime: Int64, totalMemoryBytes: Int64, osName: String, osVersion: String,
                nameservers: [String] = []) {
        self.hostname = hostname
        self.management = management
        self.kernelRelease = kernelRelease
        self.kernelVersion = kernelVersion
        self.bootTime = bootTime
        self.totalMemoryBytes = totalMemoryBytes
        self.osName = osName
        self.osVersion = osVersion
        self.nameservers = nameservers
    }

    /// The facts of this machine.
    public static func probe() -> HostFacts {
        let uts = unameStrings()
        let osRelease = ProcFiles.keyValues("/etc/os-release")
        let debian = ProcFiles.read("/etc/debian_version")?.split(separator: "\n").first.map(String.init)
        return HostFacts(
            hostname: hostName(),
            management: managementInterface() ?? .loopback,
            kernelRelease: uts.release,
            kernelVersion: uts.version,
            bootTime: ProcFiles.bootTime() ?? 0,
            totalMemoryBytes: Int64(ProcFiles.meminfo()["MemTotal"] ?? 0) * 1024,
            osName: osRelease["PRETTY_NAME"] ?? osRelease["NAME"] ?? "Linux",
            osVersion: debian ?? osRelease["VERSION_ID"] ?? "",
            nameservers: nameservers())
    }

    /// Wraps `gethostname`; "localhost" when it fails.
    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }

    static func unameStrings() -> (release: String, version: String) {
        var u = utsname()
        guard uname(&u) == 0 else { return ("", "") }
        func text<T>(_ field: T) -> String {
            withUnsafeBytes(of: field) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        return (text(u.release), text(u.version))
    }

    /// The first interface, in getifaddrs order, that is up, not loopback, and has an IPv4
    /// address. Wraps `getifaddrs`.
    public static func managementInterface() -> Interface? {
        var head: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&head) == 0, let head else { return nil }
        defer { freeifaddrs(head) }
        var candidate: (name: String, address: String, netmask: String)?
        var cursor: UnsafeMutablePointer<ifaddrs>? = head
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            guard let addr = entry.pointee.ifa_addr, let cname = entry.pointee.ifa_name else { continue }
            let name = String(cString: cname)
            let flags = entry.pointee.ifa_flags
            switch Int32(addr.pointee.sa_family) {
            case AF_INET where candidate == nil:
                guard flags & UInt32(IFF_UP) != 0, flags & UInt32(IFF_LOOPBACK) == 0 else { continue }
                let mask = entry.pointee.ifa_netmask.map(ipv4String) ?? "255.255.255.255"
                candidate = (name, ipv4String(addr), mask)
            default:
                continue
            }
        }
        guard let candidate else { return nil }
        // The link-layer address and MTU are in sysfs (AF_PACKET's sockaddr_ll is not in Glibc's module).
        func sysfs(_ attribute: String) -> String? {
            ProcFiles.read("/sys/class/net/\(candidate.name)/\(attribute)")?.split(separator: "\n").first.map(String.init)
        }
        // speed is -1 (or unreadable) for links that do not report it.
        let speed = sysfs("speed").flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        return Interface(name: candidate.name, ipv4Address: candidate.address, netmask: candidate.netmask,
                         mac: sysfs("address")?.lowercased() ?? "00:00:00:00:00:00",
                         mtu: sysfs("mtu").flatMap { Int($0) } ?? 1500,
                         gateway: defaultGateway(interface: candidate.name),
                         speedMbps: speed, fullDuplex: sysfs("duplex").map { $0 == "full" })
    }

    /// The gateway of the default route through `interface`, from /proc/net/route (hex,
    /// little-endian); empty when there is none.
    static func defaultGateway(interface: String) -> String {
        for line in (ProcFiles.read("/proc/net/route") ?? "").split(separator: "\n").dropFirst() {
            let f = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard f.count > 2, f[0] == interface, f[1] == "00000000", let g = UInt32(f[2], radix: 16), g != 0
            else { continue }
            return "\(g & 0xff).\((g >> 8) & 0xff).\((g >> 16) & 0xff).\(g >> 24)"
        }
        return ""
    }

    /// `nameserver` lines of /etc/resolv.conf.
    static func nameservers() -> [String] {
        (ProcFiles.read("/etc/resolv.conf") ?? "").split(separator: "\n").compactMap { line in
            let f = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            return f.count >= 2 && f[0] == "nameserver" ? String(f[1]) : nil
        }
    }

    private static func ipv4String(_ addr: UnsafeMutablePointer<sockaddr>) -> String {
        addr.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { sin in
            let a = UInt32(bigEndian: sin.pointee.sin_addr.s_addr)
            return "\(a >> 24).\((a >> 16) & 0xff).\((a >> 8) & 0xff).\(a & 0xff)"
        }
    }
}
