// network.create/destroy (xapi_network.ml): a network without a bridge name gets the next free
// `xapi<N>`; a network still used by VIFs or PIFs cannot go.
import Database
import Datamodel
import Wire

extension VMService {
    func createNetwork(_ argument: Value) throws -> Ref<NetworkRecord> {
        var network: NetworkRecord = try RecordArgument.decode(argument)
        return try store.write { tx in
            let bridges = Set(tx.all(NetworkRecord.self).map(\.1.bridge))
            if network.bridge.isEmpty {
                network.bridge = (0...).lazy.map { "xapi\($0)" }.first { !bridges.contains($0) }!
            } else if bridges.contains(network.bridge) {
                throw XenAPIError("BRIDGE_NAME_EXISTS", [network.bridge])
            }
            if network.mtu == 0 { network.mtu = 1500 }
            guard (68...65535).contains(network.mtu) else { throw XenAPIError("MTU_INVALID", [String(network.mtu)]) }
            network.vifs = []
            network.pifs = []
            network.allowedOperations = []
            network.currentOperations = [:]
            return try tx.insert(network)
        }
    }

    func destroyNetwork(_ ref: Ref<NetworkRecord>) throws {
        try store.write { tx in
            let network = try tx.require(ref)
            if !network.pifs.isEmpty { throw XenAPIError("NETWORK_CONTAINS_PIF", network.pifs.map(\.raw)) }
            if !network.vifs.isEmpty { throw XenAPIError("NETWORK_CONTAINS_VIF", network.vifs.map(\.raw)) }
            try tx.delete(ref)
        }
    }
}
