// The host network stack of a real dom0. XenServer changes it through xcp-networkd (bridges or
// Open vSwitch, ethtool, dhclient); this daemon has no such service yet, so changing it is
// refused rather than pretended: PIF.plug and friends then answer PIF_CONFIGURATION_ERROR. The
// interfaces the machine already has (first boot's management PIF) are left as they are.

public struct LinuxHostNetwork: HostNetwork {
    public init() {}

    public func bringUp(_ configuration: BridgeConfiguration) throws -> HostLinkStatus {
        throw HostNetworkError.unsupported("bringing up bridge \(configuration.bridge) needs a network daemon "
            + "(xcp-networkd), which this host does not run")
    }

    public func bringDown(bridge: String) throws {
        throw HostNetworkError.unsupported("taking down bridge \(bridge) needs a network daemon "
            + "(xcp-networkd), which this host does not run")
    }
}
