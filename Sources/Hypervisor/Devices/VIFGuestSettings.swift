// A VIF's address locking and the static IP configuration offered to the guest, as xenopsd
// writes them (xenops_server_xen.ml VIF: xenstore_of_locking_mode, xenstore_of_static_ip_setting,
// set_locking_mode, set_ipv4/ipv6_configuration): the locking rules under the toolstack's
// private path `/xapi/<vm>/private/vif/<devid>/{locking-mode,ipv4-allowed,ipv6-allowed}` (read by
// the vif script's setup-vif-rules), the guest's settings under
// `/local/domain/<d>/xenserver/device/vif/<devid>/static-ip-setting/...` (read by the guest
// agent). Plug writes both through NetworkDevice's extra keys; the setters change a plugged VIF.

/// Which source addresses the VIF may send from.
public enum VIFLocking: Sendable, Hashable {
    /// Only the listed addresses (none: no IP traffic at all).
    case locked(ipv4: [String], ipv6: [String])
    /// Anything.
    case unlocked
    /// No traffic: the link is down.
    case disabled

    static let keys = ["locking-mode", "ipv4-allowed", "ipv6-allowed"]

    /// The private-path keys.
    public var privateKeys: [String: String] {
        switch self {
        case .locked(let v4, let v6):
            ["locking-mode": "locked", "ipv4-allowed": v4.joined(separator: ","), "ipv6-allowed": v6.joined(separator: ",")]
        case .unlocked: ["locking-mode": "unlocked"]
        case .disabled: ["locking-mode": "disabled"]
        }
    }

    /// The frontend's link: down when disabled.
    public var carrier: Bool { self != .disabled }
}

/// The IPv4 configuration the guest agent applies.
public enum VIFIPv4Setting: Sendable, Hashable {
    case unspecified
    /// `address` in CIDR form.
    case `static`(address: String, gateway: String?)
    case dhcp

    var keys: [String: String?] {
        switch self {
        case .unspecified: Self.settingKeys(enabled: "0", address: nil, gateway: nil, suffix: "")
        case .static(let a, let g): Self.settingKeys(enabled: "1", address: a, gateway: g, suffix: "")
        case .dhcp: Self.settingKeys(enabled: "2", address: nil, gateway: nil, suffix: "")
        }
    }

    /// `enabled<s>`, `address<s>`, `gateway<s>`; nil values are removed.
    static func settingKeys(enabled: String, address: String?, gateway: String?, suffix: String) -> [String: String?] {
        ["enabled" + suffix: enabled, "address" + suffix: address, "gateway" + suffix: gateway]
    }
}

/// The IPv6 configuration the guest agent applies.
public enum VIFIPv6Setting: Sendable, Hashable {
    case unspecified
    /// `address` in CIDR form.
    case `static`(address: String, gateway: String?)
    case autoconf

    var keys: [String: String?] {
        switch self {
        case .unspecified: VIFIPv4Setting.settingKeys(enabled: "0", address: nil, gateway: nil, suffix: "6")
        case .static(let a, let g): VIFIPv4Setting.settingKeys(enabled: "1", address: a, gateway: g, suffix: "6")
        case .autoconf: VIFIPv4Setting.settingKeys(enabled: "2", address: nil, gateway: nil, suffix: "6")
        }
    }
}

/// What `static-ip-setting/` holds for one VIF.
public struct VIFStaticIPSetting: Sendable, Hashable {
    public static let directory = "static-ip-setting"

    public var mac: String
    public var ipv4: VIFIPv4Setting
    public var ipv6: VIFIPv6Setting

    public init(mac: String, ipv4: VIFIPv4Setting = .unspecified, ipv6: VIFIPv6Setting = .unspecified) {
        self.mac = mac
        self.ipv4 = ipv4
        self.ipv6 = ipv6
    }

    /// The keys relative to the VIF's xenserver directory, as plug writes them.
    public var xenserverKeys: [String: String] {
        var keys = ["mac": mac, "error-code": "0", "error-msg": ""]
        for (k, v) in ipv4.keys.merging(ipv6.keys, uniquingKeysWith: { a, _ in a }) { if let v { keys[k] = v } }
        return Dictionary(uniqueKeysWithValues: keys.map { (Self.directory + "/" + $0.key, $0.value) })
    }
}

extension NetworkDevice {
    /// Adds the locking rules and the static IP setting to what plug writes.
    public mutating func apply(locking: VIFLocking, staticIP: VIFStaticIPSetting) {
        extraPrivateKeys.merge(locking.privateKeys) { _, new in new }
        extraXenserverKeys.merge(staticIP.xenserverKeys) { _, new in new }
        carrier = carrier && locking.carrier
    }
}

extension DeviceManager {
    /// `VIF.set_locking_mode` on a plugged VIF: the old rules' keys replaced in one transaction,
    /// the link taken down for `disabled` and brought back otherwise.
    public func setLocking(_ id: DeviceID, _ locking: VIFLocking) throws {
        try withStore { store in
            let vm = try vmUUID(id.domid, store)
            let path = id.privatePath(vm: vm)
            try store.withTransaction { t in
                try assertPlugged(id, store, t)
                for key in VIFLocking.keys { try store.removeIfPresent(path + "/" + key, transaction: t) }
                try store.write(path, locking.privateKeys.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, transaction: t)
                try store.write(id.frontendPath + "/disconnect", value: locking.carrier ? "0" : "1", transaction: t)
            }
        }
    }

    /// `VIF.configure_ipv4` on a plugged VIF.
    public func setIPv4(_ id: DeviceID, _ setting: VIFIPv4Setting) throws {
        try setStaticIP(id, setting.keys)
    }

    /// `VIF.configure_ipv6` on a plugged VIF.
    public func setIPv6(_ id: DeviceID, _ setting: VIFIPv6Setting) throws {
        try setStaticIP(id, setting.keys)
    }

    private func setStaticIP(_ id: DeviceID, _ keys: [String: String?]) throws {
        let dir = id.xenserverPath + "/" + VIFStaticIPSetting.directory
        try withStore { store in
            try store.withTransaction { t in
                try assertPlugged(id, store, t)
                for (key, value) in keys.sorted(by: { $0.key < $1.key }) {
                    if let value {
                        try store.write(dir + "/" + key, value: value, transaction: t)
                    } else {
                        try store.removeIfPresent(dir + "/" + key, transaction: t)
                    }
                }
            }
        }
    }

    /// DEVICE_NOT_ATTACHED (deviceNotFound) unless the VIF's frontend is there.
    private func assertPlugged(_ id: DeviceID, _ store: any XenStore, _ t: XenStoreTransaction) throws {
        guard try store.readIfPresent(id.frontendPath + "/backend-id", transaction: t) != nil else {
            throw HypervisorError.deviceNotFound(id)
        }
    }
}
