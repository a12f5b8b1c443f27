// network.add_purpose/remove_purpose and set_default_locking_mode (xapi_network.ml): a purpose
// conflicts with its insecure twin on any network; the default locking mode cannot change under
// an attached VIF.
import Database
import Datamodel
import Wire

extension NetworkConfigService {
    func addPurpose(_ ref: Ref<NetworkRecord>, _ purpose: NetworkPurpose) throws {
        try store.write { tx in
            let network = try tx.require(ref)
            if !network.managed { throw XenAPIError("NETWORK_UNMANAGED", [ref.raw]) }
            guard !network.purpose.contains(purpose) else { return }
            let conflicting: NetworkPurpose = purpose == .nbd ? .insecureNBD : .nbd
            if tx.all(NetworkRecord.self).contains(where: { $0.1.purpose.contains(conflicting) }) {
                throw XenAPIError("NETWORK_INCOMPATIBLE_PURPOSES", [purpose.rawValue, conflicting.rawValue])
            }
            try tx.update(ref) { $0.purpose = [purpose] + $0.purpose }
        }
    }

    func removePurpose(_ ref: Ref<NetworkRecord>, _ purpose: NetworkPurpose) throws {
        try store.write { tx in try tx.update(ref) { $0.purpose.removeAll { $0 == purpose } } }
    }

    func setDefaultLockingMode(_ ref: Ref<NetworkRecord>, _ mode: NetworkDefaultLockingMode) throws {
        try store.write { tx in
            let network = try tx.require(ref)
            if let attached = network.vifs.first(where: { tx.get($0)?.currentlyAttached == true }) {
                throw XenAPIError("VIF_IN_USE", [ref.raw, attached.raw])
            }
            try tx.update(ref) { $0.defaultLockingMode = mode }
        }
    }
}
