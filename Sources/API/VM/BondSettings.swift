// Bond.set_mode/set_property (xapi_bond.ml). Only LACP bonds have properties, each with its
// allowed values and a default (requirements_of_mode); changing the mode keeps the properties the
// new mode allows and adds its defaults; an attached master is brought up with the new settings.
import Database
import Datamodel
import Wire

extension NetworkConfigService {
    struct BondRequirement {
        let key: String
        let defaultValue: String?
        let isValid: (String) -> Bool
    }

    static func requirements(of mode: BondMode) -> [BondRequirement] {
        guard mode == .lacp else { return [] }
        return [
            BondRequirement(key: "hashing_algorithm", defaultValue: "tcpudp_ports") { ["src_mac", "tcpudp_ports"].contains($0) },
            BondRequirement(key: "lacp-time", defaultValue: "slow") { ["fast", "slow"].contains($0) },
            BondRequirement(key: "lacp-aggregation-key", defaultValue: nil) { Int($0) != nil },
            BondRequirement(key: "lacp-fallback-ab", defaultValue: "true") { ["true", "false"].contains($0) },
        ]
    }

    static func isValid(_ key: String, _ value: String, for mode: BondMode) -> Bool {
        requirements(of: mode).first { $0.key == key }?.isValid(value) ?? false
    }

    func setBondMode(_ ref: Ref<BondRecord>, _ mode: BondMode) throws {
        let master = try store.write { tx -> Ref<PIFRecord> in
            let bond = try tx.require(ref)
            var properties = bond.properties.filter { Self.isValid($0.key, $0.value, for: mode) }
            for r in Self.requirements(of: mode) where properties[r.key] == nil { properties[r.key] = r.defaultValue }
            try tx.update(ref) { b in
                b.mode = mode
                b.properties = properties
            }
            return bond.master
        }
        try reapply(master)
    }

    func setBondProperty(_ ref: Ref<BondRecord>, name: String, value: String) throws {
        let master = try store.write { tx -> Ref<PIFRecord> in
            let bond = try tx.require(ref)
            guard Self.isValid(name, value, for: bond.mode) else {
                throw XenAPIError("INVALID_VALUE", ["properties", "\(name) = \(value)"])
            }
            try tx.update(ref) { $0.properties[name] = value }
            return bond.master
        }
        try reapply(master)
    }

    /// A bond master's new settings take effect at once when it is up.
    private func reapply(_ master: Ref<PIFRecord>) throws {
        if store.read({ db in db.get(master)?.currentlyAttached }) == true { try bringUp(master) }
    }
}
