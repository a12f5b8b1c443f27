// What a guest's PV drivers and agent report through xenstore, read the way xapi's
// xapi_guest_agent.ml (get_initial_guest_metrics) reads it, relative to /local/domain/<domid>:
// the maps that become VM_guest_metrics' fields, with xapi's key names.

public struct GuestAgentReport: Sendable, Hashable {
    public enum Tristate: String, Sendable, Hashable {
        case yes
        case no
        case unspecified
    }

    /// `major`, `minor`, `micro` (-1 when absent), `build`, `application`; Windows drivers by name.
    public var pvDriversVersion: [String: String]
    /// `name`, `uname`, `distro`, `major`, `minor`, `spmajor`, `spminor`.
    public var osVersion: [String: String]
    /// `host_name` (with the DNS domain appended when reported).
    public var netbiosName: [String: String]
    /// `<vif>/ip`, `<vif>/ipv4/<n>`, `<vif>/ipv6/<n>`.
    public var networks: [String: String]
    /// Every `control/*` key (`feature-shutdown`, ...), `data-ts`, `data-cant-suspend-reason`.
    public var other: [String: String]
    /// `free`, `total` (KiB).
    public var memory: [String: String]
    public var deviceID: [String: String]
    /// `<service>/<key>` from `data/service`.
    public var services: [String: String]
    public var canUseHotplugVBD: Tristate
    public var canUseHotplugVIF: Tristate
    /// Some device's backend is Connected: the guest runs PV drivers (xenopsd's evidence).
    public var pvDriversDetected: Bool
    /// `data/updated`, written by the agent after each report; nil before the first.
    public var updated: String?
    /// The `vm-data` subtree (xenopsd's xsdata_state), keys as `vm-data/...`.
    public var xenstoreData: [String: String]

    /// The agent has reported (PV-driver version present).
    public var agentPresent: Bool { pvDriversVersion["major"] != nil }

    static let pvDriversKeys = [
        ("attr/PVAddons/MajorVersion", "major"), ("attr/PVAddons/MinorVersion", "minor"),
        ("attr/PVAddons/MicroVersion", "micro"), ("attr/PVAddons/BuildVersion", "build"),
        ("attr/PVAddons/Application", "application"),
    ]
    static let osVersionKeys = [
        ("data/os_name", "name"), ("data/os_uname", "uname"), ("data/os_distro", "distro"),
        ("data/os_majorver", "major"), ("data/os_minorver", "minor"), ("attr/os/spmajor", "spmajor"),
        ("attr/os/spminor", "spminor"),
    ]

    /// Reads the report of the guest in `domainPath` through `lookup` (a value, nil when absent)
    /// and `list` (children, empty when absent), both relative to the domain path.
    static func read(lookup: (String) throws -> String?, list: (String) throws -> [String]) throws -> GuestAgentReport {
        func map(_ keys: [(String, String)]) throws -> [String: String] {
            var out: [String: String] = [:]
            for (path, key) in keys { if let v = try lookup(path) { out[key] = v } }
            return out
        }
        var pv = try map(pvDriversKeys)
        // Windows drivers: drivers/<n> = "<vendor> <NAME> <version> <attr>".
        for n in try list("drivers") where Int(n) != nil {
            guard let text = try lookup("drivers/" + n) else { continue }
            let f = text.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            if f.count == 4 { pv[f[1].lowercased()] = [f[0], f[2], f[3]].joined(separator: " ") }
        }
        if !pv.isEmpty && pv["micro"] == nil { pv["micro"] = "-1" }

        var netbios = try map([("data/host_name_dns", "host_name")])
        if let domain = try lookup("data/domain"), let host = netbios["host_name"] { netbios["host_name"] = host + "." + domain }

        var networks: [String: String] = [:]
        for (path, key) in try networkKeys("attr", "vif", list) + networkKeys("xenserver/attr", "net-sriov-vf", list) {
            if let v = try lookup(path) { networks[key] = v }
        }

        var other: [String: String] = [:]
        let cantSuspend = try lookup("data/cant_suspend_reason")
        for key in try list("control") {
            guard let v = try lookup("control/" + key) else { continue }
            if key == "feature-suspend", let reason = cantSuspend {
                other["data-cant-suspend-reason"] = reason
            } else {
                other[key] = v
            }
        }
        if let ts = try lookup("data/ts") { other["data-ts"] = ts }

        var services: [String: String] = [:]
        for service in try list("data/service") {
            for key in try list("data/service/" + service) {
                services[service + "/" + key] = try lookup("data/service/\(service)/\(key)") ?? ""
            }
        }

        func tristate(_ path: String) throws -> Tristate {
            switch try lookup(path) {
            case "0": .no
            case "1": .yes
            default: .unspecified
            }
        }

        var xsdata: [String: String] = [:]
        func walk(_ path: String) throws {
            let children = try list(path)
            if children.isEmpty, let v = try lookup(path) { xsdata[path] = v }
            for c in children { try walk(path + "/" + c) }
        }
        try walk("vm-data")
        xsdata["vm-data"] = nil

        return GuestAgentReport(
            pvDriversVersion: pv, osVersion: try map(osVersionKeys), netbiosName: netbios, networks: networks,
            other: other, memory: try map([("data/meminfo_free", "free"), ("data/meminfo_total", "total")]),
            deviceID: try map([("data/device_id", "device_id")]), services: services,
            canUseHotplugVBD: try tristate("feature/hotplug/vbd"), canUseHotplugVIF: try tristate("feature/hotplug/vif"),
            pvDriversDetected: false, updated: try lookup("data/updated"), xenstoreData: xsdata)
    }

    /// xapi's `networks`: the new layout `<base>/<vifType>/<id>/ipv{4,6}/<n>` (the lowest IPv4
    /// index also as `<id>/ip`), or, without it, the legacy `<base>/eth<n>/ip` and
    /// `<base>/eth<n>/ipv6/<m>/addr` (also xenbr, eno, ens, emp, enx names).
    static func networkKeys(_ base: String, _ vifType: String, _ list: (String) throws -> [String]) throws
        -> [(String, String)]
    {
        let vifs = try list(base + "/" + vifType)
        if vifs.isEmpty {
            var out: [(String, String)] = []
            for name in try list(base) {
                guard let prefix = ["eth", "xenbr", "eno", "ens", "emp", "enx"].first(where: { name.hasPrefix($0) }) else {
                    continue
                }
                let n = String(name.dropFirst(prefix.count))
                let path = base + "/" + name
                out += [(path + "/ip", n + "/ip"), (path + "/ip", n + "/ipv4/0")]
                for m in try list(path + "/ipv6") { out.append((path + "/ipv6/\(m)/addr", n + "/ipv6/" + m)) }
            }
            return out
        }
        var out: [(String, String)] = []
        for vif in vifs {
            let path = base + "/" + vifType + "/" + vif
            for version in try list(path) where version == "ipv4" || version == "ipv6" {
                let indices = try list(path + "/" + version).sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }
                for (i, index) in indices.enumerated() {
                    let key = path + "/" + version + "/" + index
                    if version == "ipv4" && i == 0 { out.append((key, vif + "/ip")) }
                    out.append((key, vif + "/" + version + "/" + index))
                }
            }
        }
        return out
    }
}
