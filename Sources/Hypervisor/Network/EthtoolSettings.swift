// The SDK guide's §6.5 other_config keys as xapi reads them (nm.ml determine_ethtool_settings,
// determine_mtu; xenopsd's vif keys): `ethtool-<offload>` on|true|off|false, `ethtool-speed` a
// positive integer, `ethtool-duplex` half|full, `ethtool-autoneg`, `ethtool-advertise` 0x<hex>,
// `promiscuous` on|true, `mtu` an integer overriding the network's. Invalid values are ignored,
// as xapi only logs them.

public enum EthtoolSettings {
    public static let offloads = ["rx", "tx", "sg", "tso", "ufo", "gso", "gro", "lro"]

    /// Link settings and offloads from `otherConfig`, with `properties` (PIF.properties: `gro`)
    /// as the default for an offload the other_config does not set.
    public static func parse(otherConfig oc: [String: String], properties: [String: String] = [:])
        -> (settings: [String: String], offload: [String: String]) {
        func flag(_ key: String) -> String? {
            switch oc["ethtool-" + key] {
            case "on", "true": "on"
            case "off", "false": "off"
            case .some: nil
            case .none: properties[key]
            }
        }
        var settings: [String: String] = [:]
        if let speed = oc["ethtool-speed"], let n = Int(speed), n > 0 { settings["speed"] = speed }
        if let duplex = oc["ethtool-duplex"], duplex == "half" || duplex == "full" { settings["duplex"] = duplex }
        if let autoneg = flag("autoneg") { settings["autoneg"] = autoneg }
        if let advertise = oc["ethtool-advertise"], advertise.hasPrefix("0x"), advertise.count > 2,
           UInt64(advertise.dropFirst(2), radix: 16) != nil {
            settings["advertise"] = advertise
        }
        var offload: [String: String] = [:]
        for key in offloads { offload[key] = flag(key) }
        return (settings, offload)
    }

    /// `promiscuous=on|true`.
    public static func promiscuous(_ oc: [String: String]) -> Bool {
        oc["promiscuous"] == "on" || oc["promiscuous"] == "true"
    }

    /// other_config `mtu` when it is a number, else the network's.
    public static func mtu(otherConfig oc: [String: String], networkMTU: Int) -> Int {
        oc["mtu"].flatMap(Int.init) ?? networkMTU
    }
}
