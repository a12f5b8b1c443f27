// The host's own network stack, below PIF.plug/unplug/reconfigure_ip (xapi's nm.ml asks
// xcp-networkd for this): a bridge per network with its port (a NIC, a VLAN on another bridge,
// or a bond), the MTU, the ethtool and promiscuous settings, and the interface's addresses.
// The API layer turns PIF, network and bond records into a BridgeConfiguration; an
// implementation applies it. SimulatedHostNetwork records what it was told (the simulated
// host's NICs are not this machine's); LinuxHostNetwork is the real one.

/// What one bridge should look like after `bringUp`.
public struct BridgeConfiguration: Sendable, Hashable {
    /// What the bridge's port is.
    public enum Port: Sendable, Hashable {
        /// A NIC of the host.
        case physical(device: String)
        /// A tagged port on `parentBridge` (xapi's VLAN: bridge on bridge, fake bridge on OVS).
        case vlan(parentBridge: String, tag: Int)
        /// A bond `device` of `slaves`.
        case bond(device: String, slaves: [String], mode: String, properties: [String: String])
    }

    public enum IPv4: Sendable, Hashable {
        case none
        case dhcp
        case `static`(address: String, netmask: String, gateway: String)
    }

    public enum IPv6: Sendable, Hashable {
        case none
        case dhcp
        case autoconf
        /// `address` in CIDR form.
        case `static`(address: String, gateway: String)
    }

    public var bridge: String
    public var port: Port
    public var mac: String
    public var mtu: Int
    /// Link settings: `speed`, `duplex`, `autoneg`, `advertise`.
    public var ethtoolSettings: [String: String]
    /// Offloads, `on` or `off`: `rx`, `tx`, `sg`, `tso`, `ufo`, `gso`, `gro`, `lro`.
    public var ethtoolOffload: [String: String]
    public var promiscuous: Bool
    public var ipv4: IPv4
    public var ipv6: IPv6
    public var dns: [String]
    /// Part of the host's own configuration (it has addresses, or is the management interface):
    /// kept across reboots.
    public var persistent: Bool

    public init(bridge: String, port: Port, mac: String, mtu: Int, ethtoolSettings: [String: String] = [:],
                ethtoolOffload: [String: String] = [:], promiscuous: Bool = false, ipv4: IPv4 = .none,
                ipv6: IPv6 = .none, dns: [String] = [], persistent: Bool = false) {
        self.bridge = bridge
        self.port = port
        self.mac = mac
        self.mtu = mtu
        self.ethtoolSettings = ethtoolSettings
        self.ethtoolOffload = ethtoolOffload
        self.promiscuous = promiscuous
        self.ipv4 = ipv4
        self.ipv6 = ipv6
        self.dns = dns
        self.persistent = persistent
    }
}

/// What the host reports about a bridge's link once it is up.
public struct HostLinkStatus: Sendable, Hashable {
    public var carrier: Bool
    /// The MTU the bridge actually has (xapi copies it back into PIF.MTU).
    public var mtu: Int
    public var speedMbps: Int?
    public var fullDuplex: Bool?

    public init(carrier: Bool, mtu: Int, speedMbps: Int? = nil, fullDuplex: Bool? = nil) {
        self.carrier = carrier
        self.mtu = mtu
        self.speedMbps = speedMbps
        self.fullDuplex = fullDuplex
    }
}

public enum HostNetworkError: Error, Hashable, CustomStringConvertible {
    /// This implementation cannot change the host's networking.
    case unsupported(String)
    /// The configuration cannot be applied (a VLAN on a bridge that is not up, ...).
    case invalid(String)

    public var description: String {
        switch self {
        case .unsupported(let why): "host network configuration unsupported: \(why)"
        case .invalid(let why): "invalid host network configuration: \(why)"
        }
    }
}

/// The host's network stack.
public protocol HostNetwork: Sendable {
    /// Creates the bridge and its port if needed, applies every setting, brings it up.
    func bringUp(_ configuration: BridgeConfiguration) throws -> HostLinkStatus
    /// Takes the bridge and its port down and removes them (a missing bridge is fine).
    func bringDown(bridge: String) throws
}
