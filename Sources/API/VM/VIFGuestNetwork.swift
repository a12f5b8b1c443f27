// A VIF's address locking (VIF.set_locking_mode, ipv4_allowed/ipv6_allowed) and the static IP
// configuration offered to its guest (VIF.configure_ipv4/ipv6), as xapi_vif.ml checks them.
// On a VIF that is plugged (and its VM not suspended) the change reaches xenstore at once through
// the device layer (DeviceManager.setLocking/setIPv4/setIPv6, what xenopsd's VIF.set_* do);
// plug writes the same keys with the device.
import Database
import Datamodel
import Hypervisor
import Wire

extension NetworkConfigService {
    func setLockingMode(_ ref: Ref<VIFRecord>, _ mode: VIFLockingMode) throws {
        try store.write { tx in try tx.update(ref) { $0.lockingMode = mode } }
        try refreshLocking(ref)
    }

    /// The set, duplicates dropped, every entry an address or a CIDR of the family.
    func setAllowed(_ ref: Ref<VIFRecord>, _ family: IPFamily, to values: [String]) throws {
        var seen = Set<String>()
        let set = values.filter { seen.insert($0).inserted }
        for value in set { try IPAddressRules.assertIPOrCIDR(value, family, field: family.allowedField) }
        try updateAllowed(ref, family) { $0 = set }
    }

    func addAllowed(_ ref: Ref<VIFRecord>, _ family: IPFamily, _ value: String) throws {
        try IPAddressRules.assertIPOrCIDR(value, family, field: family.allowedField)
        try updateAllowed(ref, family) { if !$0.contains(value) { $0.append(value) } }
    }

    func removeAllowed(_ ref: Ref<VIFRecord>, _ family: IPFamily, _ value: String) throws {
        try updateAllowed(ref, family) { $0.removeAll { $0 == value } }
    }

    private func updateAllowed(_ ref: Ref<VIFRecord>, _ family: IPFamily, _ change: @escaping (inout [String]) -> Void) throws {
        try store.write { tx in
            try tx.update(ref) { vif in
                if family == .ipv4 { change(&vif.ipv4Allowed) } else { change(&vif.ipv6Allowed) }
            }
        }
        try refreshLocking(ref)
    }

    func configureIPv4(_ ref: Ref<VIFRecord>, mode: VIFIPv4ConfigurationMode, address: String, gateway: String) throws {
        try configure(ref, .ipv4, isStatic: mode == .static, address: address, gateway: gateway) { vif in
            (vif.ipv4ConfigurationMode, vif.ipv4Addresses, vif.ipv4Gateway) = (mode, [address], gateway)
        } live: { devices, id, vif in try devices.setIPv4(id, vif.staticIPSetting.ipv4) }
    }

    func configureIPv6(_ ref: Ref<VIFRecord>, mode: VIFIPv6ConfigurationMode, address: String, gateway: String) throws {
        try configure(ref, .ipv6, isStatic: mode == .static, address: address, gateway: gateway) { vif in
            (vif.ipv6ConfigurationMode, vif.ipv6Addresses, vif.ipv6Gateway) = (mode, [address], gateway)
        } live: { devices, id, vif in try devices.setIPv6(id, vif.staticIPSetting.ipv6) }
    }

    /// xapi's order: the static address's checks, the guest's feature, the record, the device.
    private func configure(_ ref: Ref<VIFRecord>, _ family: IPFamily, isStatic: Bool, address: String, gateway: String,
                           record: @escaping (inout VIFRecord) -> Void,
                           live: (DeviceManager, DeviceID, VIFRecord) throws -> Void) throws {
        if isStatic { try checkStaticAddress(ref, family, address: address, gateway: gateway) }
        try assertStaticIPSettingFeature(ref)
        try store.write { tx in try tx.update(ref, record) }
        try applyLive(ref, live)
    }

    /// A CIDR address, allowed by a locked VIF's list, and a plain gateway address.
    private func checkStaticAddress(_ ref: Ref<VIFRecord>, _ family: IPFamily, address: String, gateway: String) throws {
        try IPAddressRules.assertCIDR(address, family, field: "address")
        let (vif, locking) = try store.read { db in
            let vif = try db.require(ref)
            return (vif, vif.guestLocking(networkDefault: db.get(vif.network)?.defaultLockingMode ?? .unlocked))
        }
        if case .locked = locking, let (plain, _) = IPAddressRules.parseCIDR(address, family),
           !(family == .ipv4 ? vif.ipv4Allowed : vif.ipv6Allowed).contains(plain) {
            throw XenAPIError("ADDRESS_VIOLATES_LOCKING_CONSTRAINT", [address])
        }
        if !gateway.isEmpty { try IPAddressRules.assertIP(gateway, family, field: "gateway") }
    }

    /// The guest's agent must say it can apply a static configuration (guest metrics'
    /// `feature-static-ip-setting=1`), else VM_LACKS_FEATURE.
    private func assertStaticIPSettingFeature(_ ref: Ref<VIFRecord>) throws {
        let (vm, feature) = try store.read { db in
            let vif = try db.require(ref)
            let metrics = db.get(vif.vm).flatMap { db.get($0.guestMetrics) }
            return (vif.vm, metrics?.other["feature-static-ip-setting"])
        }
        if feature != "1" { throw XenAPIError("VM_LACKS_FEATURE", [vm.raw]) }
    }

    /// xapi's refresh_filtering_rules.
    private func refreshLocking(_ ref: Ref<VIFRecord>) throws {
        try applyLive(ref) { devices, id, vif in
            try devices.setLocking(id, vif.guestLocking(networkDefault: self.defaultLocking(vif)))
        }
    }

    private func defaultLocking(_ vif: VIFRecord) -> NetworkDefaultLockingMode {
        store.read { db in db.get(vif.network)?.defaultLockingMode ?? .unlocked }
    }

    /// Runs `body` on the plugged device when the VIF is active (attached, VM not suspended).
    private func applyLive(_ ref: Ref<VIFRecord>, _ body: (DeviceManager, DeviceID, VIFRecord) throws -> Void) throws {
        let (vif, vm) = try store.read { db in
            let vif = try db.require(ref)
            return (vif, try db.require(vif.vm))
        }
        guard vif.currentlyAttached, vm.powerState == .running || vm.powerState == .paused, vm.domid > 0,
              let devid = Int(vif.device), let hypervisor else { return }
        do {
            try body(hypervisor.domains.devices, DeviceID(kind: .vif, domid: UInt32(vm.domid), devid: devid), vif)
        } catch {
            throw HypervisorErrors.map(error, vm: vif.vm.raw, device: ("VIF", ref.raw))
        }
    }
}

extension IPFamily {
    var allowedField: String { self == .ipv4 ? "ipv4_allowed" : "ipv6_allowed" }
}

extension VIFRecord {
    /// xapi_xenops.ml's locking mode: the network's default unless the VIF sets its own.
    func guestLocking(networkDefault: NetworkDefaultLockingMode) -> VIFLocking {
        switch lockingMode {
        case .networkDefault: networkDefault == .disabled ? .disabled : .unlocked
        case .locked: .locked(ipv4: ipv4Allowed, ipv6: ipv6Allowed)
        case .unlocked: .unlocked
        case .disabled: .disabled
        }
    }

    /// What plug attaches: the NIC on the network's bridge with its locking rules and static IP
    /// setting (VM start should plug the same).
    func guestNetworkDevice(on network: NetworkRecord) -> NetworkDevice? {
        guard var nic = networkDevice(bridge: network.bridge, networkMTU: network.mtu) else { return nil }
        nic.apply(locking: guestLocking(networkDefault: network.defaultLockingMode), staticIP: staticIPSetting)
        return nic
    }

    /// The static IP configuration the guest is offered.
    var staticIPSetting: VIFStaticIPSetting {
        let v4: VIFIPv4Setting = ipv4ConfigurationMode == .static
            ? .static(address: ipv4Addresses.first ?? "", gateway: ipv4Gateway.isEmpty ? nil : ipv4Gateway) : .unspecified
        let v6: VIFIPv6Setting = ipv6ConfigurationMode == .static
            ? .static(address: ipv6Addresses.first ?? "", gateway: ipv6Gateway.isEmpty ? nil : ipv6Gateway) : .unspecified
        return VIFStaticIPSetting(mac: mac, ipv4: v4, ipv6: v6)
    }
}
