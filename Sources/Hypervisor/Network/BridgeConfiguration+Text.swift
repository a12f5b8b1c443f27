// The simulated host network's state as a small INI-style text, one section per bridge, for
// whoever looks at the simulated host from outside the daemon (the end-to-end tests read it from
// the data directory, as they would run `ip link` and `ethtool` on a real host).
import Glibc

extension BridgeConfiguration {
    /// `[bridge]` then `key = value` lines: port, mac, mtu, promiscuous, ethtool-<setting>,
    /// offload-<name>, ipv4, ipv6, dns, persistent.
    var iniSection: String {
        var lines = ["[\(bridge)]", "port = \(port.text)", "mac = \(mac)", "mtu = \(mtu)", "promiscuous = \(promiscuous)"]
        lines += ethtoolSettings.sorted { $0.key < $1.key }.map { "ethtool-\($0.key) = \($0.value)" }
        lines += ethtoolOffload.sorted { $0.key < $1.key }.map { "offload-\($0.key) = \($0.value)" }
        lines += ["ipv4 = \(ipv4.text)", "ipv6 = \(ipv6.text)", "dns = \(dns.joined(separator: ","))",
                  "persistent = \(persistent)"]
        return lines.joined(separator: "\n") + "\n"
    }
}

extension BridgeConfiguration.Port {
    var text: String {
        switch self {
        case .physical(let device): "physical \(device)"
        case .vlan(let parent, let tag): "vlan \(parent) \(tag)"
        case .bond(let device, let slaves, let mode, let properties):
            (["bond", device, slaves.joined(separator: ","), mode]
                + properties.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }).joined(separator: " ")
        }
    }
}

extension BridgeConfiguration.IPv4 {
    var text: String {
        switch self {
        case .none: "none"
        case .dhcp: "dhcp"
        case .static(let a, let m, let g): "static \(a) \(m) \(g)"
        }
    }
}

extension BridgeConfiguration.IPv6 {
    var text: String {
        switch self {
        case .none: "none"
        case .dhcp: "dhcp"
        case .autoconf: "autoconf"
        case .static(let a, let g): "static \(a) \(g)"
        }
    }
}

enum StateFile {
    /// Replaces `path` with `text` (a temporary file renamed over it); best effort.
    static func replace(_ path: String, with text: String) {
        let temporary = path + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            written += n
        }
        close(fd)
        if written == bytes.count { rename(temporary, path) } else { unlink(temporary) }
    }
}
