// The simulated host's network stack: it keeps the bridges it was asked for, with their
// settings, and a history of changes, so tests can see what PIF.plug and reconfigure_ip applied.
// It refuses what a real stack would (a VLAN whose parent bridge is down, an impossible MTU);
// links are always up, reporting a speed and duplex only when ethtool settings force them (the
// simulated NICs have no negotiated speed of their own). A bridge that VLAN bridges still use
// stays when taken down, as networkd keeps it without `force`.
import Synchronization

public final class SimulatedHostNetwork: HostNetwork {
    public enum Change: Sendable, Hashable {
        case up(BridgeConfiguration)
        case down(bridge: String)
    }

    private struct State {
        var bridges: [String: BridgeConfiguration] = [:]
        var history: [Change] = []
    }

    private let state = Mutex(State())
    /// Where the bridges are written out after every change (BridgeConfiguration+Text.swift).
    private let stateFile: String?

    public init(stateFile: String? = nil) {
        self.stateFile = stateFile
        if let stateFile { StateFile.replace(stateFile, with: "") }
    }

    /// Called with the lock held, so the file follows the changes in order.
    private func save(_ s: State) {
        guard let stateFile else { return }
        StateFile.replace(stateFile, with: s.bridges.keys.sorted().map { s.bridges[$0]!.iniSection }.joined(separator: "\n"))
    }

    public func bringUp(_ configuration: BridgeConfiguration) throws -> HostLinkStatus {
        try state.withLock { s in
            if case .vlan(let parent, let tag) = configuration.port {
                guard s.bridges[parent] != nil else {
                    throw HostNetworkError.invalid("VLAN \(tag) on bridge \(parent), which is not up")
                }
                guard (0...4094).contains(tag) else { throw HostNetworkError.invalid("VLAN tag \(tag)") }
            }
            guard (68...65535).contains(configuration.mtu) else {
                throw HostNetworkError.invalid("MTU \(configuration.mtu)")
            }
            s.bridges[configuration.bridge] = configuration
            s.history.append(.up(configuration))
            save(s)
        }
        return HostLinkStatus(carrier: true, mtu: configuration.mtu,
                              speedMbps: configuration.ethtoolSettings["speed"].flatMap(Int.init),
                              fullDuplex: configuration.ethtoolSettings["duplex"].map { $0 == "full" })
    }

    public func bringDown(bridge: String) throws {
        state.withLock { s in
            // VLAN bridges on top of this one go with it, as their port disappears.
            let inUse = s.bridges.values.contains {
                if case .vlan(let parent, _) = $0.port { return parent == bridge }
                return false
            }
            guard !inUse, s.bridges.removeValue(forKey: bridge) != nil else { return }
            s.history.append(.down(bridge: bridge))
            save(s)
        }
    }

    /// The configuration a bridge was last brought up with; nil when it is down.
    public func bridge(_ name: String) -> BridgeConfiguration? {
        state.withLock { $0.bridges[name] }
    }

    /// The bridges that are up, by name.
    public var bridges: [String] { state.withLock { $0.bridges.keys.sorted() } }

    /// Every bring-up and take-down so far, in order.
    public var history: [Change] { state.withLock { $0.history } }
}
