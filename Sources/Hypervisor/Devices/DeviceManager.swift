// VBDs and VIFs through xenstore, as xenopsd's Device/Hotplug modules do it (device.ml,
// hotplug.ml; xen-backend.md §2): one transaction writes the frontend, its read-only link, the
// backend, the hotplug and private directories with their permissions; plugging then waits for
// the hotplug script's mark; unplugging asks the frontend to close (backend `online=0`,
// `state=5`), waits for it, removes both ends and releases the hotplug and private data.
// Everything is read back from xenstore, so the manager keeps no state of its own.
import Glibc
import Synchronization

public final class DeviceManager: Sendable {
    public struct Options: Sendable, Hashable {
        /// How long a hotplug script (or the backend) may take (xenopsd's `hotplug_timeout`).
        public var hotplugTimeout: Duration
        /// How long the guest's frontend may take to connect or to close.
        public var frontendTimeout: Duration
        public var hotplugScripts: HotplugScripts
        /// The VIF backend's `script` key (the script udev would run).
        public var vifScript: String

        public init(hotplugTimeout: Duration = .seconds(30), frontendTimeout: Duration = .seconds(30),
                    hotplugScripts: HotplugScripts = .external, vifScript: String = "/etc/xen/scripts/vif-bridge") {
            self.hotplugTimeout = hotplugTimeout
            self.frontendTimeout = frontendTimeout
            self.hotplugScripts = hotplugScripts
            self.vifScript = vifScript
        }
    }

    public let options: Options
    let waiter: XenStoreWaiter
    /// xenopsd serialises device-adding transactions (oxenstored livelocks otherwise).
    private let addLock = Mutex(())

    public init(waiter: XenStoreWaiter, options: Options = Options()) {
        self.waiter = waiter
        self.options = options
    }

    func withStore<T>(_ body: (any XenStore) throws -> T) throws -> T {
        let store = try waiter.connection()
        defer { waiter.release(store) }
        return try body(store)
    }

    /// The VM UUID of a domain, from its `vm` key (`/vm/<uuid>`).
    func vmUUID(_ domid: UInt32, _ store: any XenStore) throws -> String {
        guard let vm = try store.readIfPresent("/local/domain/\(domid)/vm") else { throw HypervisorError.noSuchDomain(domid) }
        return XenStorePath.lastComponent(vm)
    }

    /// The domain is HVM (its `domain-type` key).
    func isHVM(_ domid: UInt32, _ store: any XenStore) throws -> Bool {
        try store.readIfPresent("/local/domain/\(domid)/domain-type") == "hvm"
    }

    /// The id a disk at `userdevice` gets in `domid` (IDE numbering for an HVM's first four).
    public func diskID(userdevice: Int, domid: UInt32, kind: DeviceKind = .vbd) throws -> DeviceID {
        try withStore { store in
            guard let n = DeviceNumber(userdevice: userdevice, hvm: try isHVM(domid, store)) else {
                throw HypervisorError.invalidDevice("userdevice \(userdevice)")
            }
            return DeviceID(kind: kind, domid: domid, devid: n.xenstoreKey)
        }
    }

    // MARK: Plug

    /// Attaches a disk and waits for the hotplug script; with `waitForGuest`, also for the guest's
    /// frontend to connect (backend state 4).
    @discardableResult
    public func plug(_ disk: DiskDevice, into domid: UInt32, waitForGuest: Bool = false) throws -> DeviceID {
        try plug(disks: [disk], nics: [], into: domid, waitForGuest: waitForGuest)[0]
    }

    /// Attaches a network interface, runs or waits for the vif script; with `waitForGuest`, also
    /// waits for the guest's frontend to connect.
    @discardableResult
    public func plug(_ nic: NetworkDevice, into domid: UInt32, waitForGuest: Bool = false) throws -> DeviceID {
        try plug(disks: [], nics: [nic], into: domid, waitForGuest: waitForGuest)[0]
    }

    /// Attaches several devices: every device's entries first (disks, then VIFs, in the order
    /// given), then the waits, so the backends work on all of them at once (xenopsd plugs a
    /// VM's devices in parallel). Returns the ids in the same order. If one fails, the ones
    /// already added are force-removed.
    @discardableResult
    public func plug(disks: [DiskDevice], nics: [NetworkDevice], into domid: UInt32,
                     waitForGuest: Bool = false) throws -> [DeviceID] {
        var added: [DeviceID] = []
        var vm = ""
        do {
            for disk in disks {
                let id: DeviceID
                (id, vm) = try addDisk(disk, domid)
                added.append(id)
                try options.hotplugScripts.run("add", for: id)
            }
            for nic in nics {
                let id: DeviceID
                (id, vm) = try addNIC(nic, domid)
                added.append(id)
                if case .run = options.hotplugScripts {
                    // The netback device exists only from InitWait on (Hotplug.wait_for_connect).
                    guard try waiter.waitForValue(id.backendPath + "/state", "2", timeout: options.hotplugTimeout) else {
                        throw HypervisorError.deviceTimeout(id, waitingFor: "backend InitWait")
                    }
                    try options.hotplugScripts.run("online", for: id)
                }
            }
            for id in added { try waitForHotplug(id, vm: vm) }
            if waitForGuest {
                for id in added {
                    let ends = [id.backendPath + "/state", id.frontendPath + "/state"]
                    let connected = try waiter.wait(for: ends, timeout: options.frontendTimeout) { s -> Bool? in
                        try ends.allSatisfy { try s.readIfPresent($0) == "4" } ? true : nil
                    }
                    guard connected != nil else {
                        throw HypervisorError.deviceTimeout(id, waitingFor: "the guest's frontend to connect")
                    }
                }
            }
            return added
        } catch {
            for id in added {
                try? forceRemove(id, vm: vm)
                try? release(id, vm: vm)
            }
            throw error
        }
    }

    private func addDisk(_ disk: DiskDevice, _ domid: UInt32) throws -> (DeviceID, String) {
        guard disk.backendKind.isDisk else { throw HypervisorError.invalidDevice("a disk needs a vbd backend kind") }
        return try withStore { store -> (DeviceID, String) in
            let hvm = try isHVM(domid, store)
            guard let number = DeviceNumber(userdevice: disk.userdevice, hvm: hvm) else {
                throw HypervisorError.invalidDevice("userdevice \(disk.userdevice)")
            }
            let id = DeviceID(kind: disk.backendKind, domid: domid, devid: number.xenstoreKey)
            let vm = try vmUUID(domid, store)
            var backend: [(String, String)] = [
                ("frontend-id", String(domid)), ("online", "1"), ("removable", disk.unpluggable ? "1" : "0"),
                ("state", "1"), ("dev", number.linuxDevice), ("type", disk.physicalType.rawValue),
                ("mode", disk.mode.rawValue), ("params", disk.params),
            ]
            backend += disk.extraBackendKeys.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            let frontend: [(String, String)] = [
                ("backend-id", String(id.backendDomid)), ("state", "1"), ("virtual-device", String(id.devid)),
                ("device-type", disk.media.rawValue),
            ]
            try add(id, vm: vm, store: store, backend: backend, frontend: frontend,
                    privateKeys: disk.extraPrivateKeys.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
                    xenserverKeys: [])
            return (id, vm)
        }
    }

    private func addNIC(_ nic: NetworkDevice, _ domid: UInt32) throws -> (DeviceID, String) {
        let id = DeviceID(kind: .vif, domid: domid, devid: nic.devid)
        guard nic.devid >= 0 else { throw HypervisorError.invalidDevice("VIF device \(nic.devid)") }
        return try withStore { store -> (DeviceID, String) in
            let vm = try vmUUID(domid, store)
            var backend: [(String, String)] = [
                ("frontend-id", String(domid)), ("online", "1"), ("state", "1"), ("script", options.vifScript),
                ("mac", nic.mac), ("handle", String(nic.devid)),
                // Upstream vif-bridge reads the bridge here; xenopsd's scripts read the private copy.
                ("bridge", nic.bridge),
            ]
            if let rate = Self.rate(nic) { backend.append(("rate", "\(rate.bytesPerInterval),\(rate.interval)")) }
            var frontend: [(String, String)] = [
                ("backend-id", String(id.backendDomid)), ("state", "1"), ("handle", String(nic.devid)), ("mac", nic.mac),
                ("disconnect", nic.carrier ? "0" : "1"),
            ]
            if nic.mtu > 0 { frontend.append(("mtu", String(nic.mtu))) }
            var privateKeys = nic.otherConfig.filter { NetworkDevice.scriptKeys.contains($0.key) }
                .sorted { $0.key < $1.key }.map { ("other-config/" + $0.key, $0.value) }
            privateKeys += nic.extraPrivateKeys.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            privateKeys += [("mac", nic.mac), ("trunks", "")]
            if nic.mtu > 0 { privateKeys.append(("MTU", String(nic.mtu))) }
            privateKeys += [("bridge", nic.bridge), ("bridge-MAC", "fe:ff:ff:ff:ff:ff")]
            if let rate = Self.rate(nic), let kib = nic.rateKiBps {
                privateKeys += [("rate", String(kib)), ("timeslice", String(rate.interval))]
            }
            try add(id, vm: vm, store: store, backend: backend, frontend: frontend, privateKeys: privateKeys,
                    xenserverKeys: nic.extraXenserverKeys.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            return (id, vm)
        }
    }

    /// `Device.Vif.add`'s rate: bytes per interval and the interval (50 ms by default), if sane.
    static func rate(_ nic: NetworkDevice) -> (bytesPerInterval: Int64, interval: Int64)? {
        guard let kib = nic.rateKiBps else { return nil }
        let interval = nic.rateTimesliceMicroseconds > 0 ? nic.rateTimesliceMicroseconds : 50_000
        let bytes = kib * 1024 * interval / 1_000_000
        return bytes > 0 && bytes < 0xffff_ffff ? (bytes, interval) : nil
    }

    /// `Generic.add_device`: both ends, the link, hotplug, private and extra directories, with
    /// permissions set before their children are written, in one transaction.
    private func add(_ id: DeviceID, vm: String, store: any XenStore, backend: [(String, String)],
                     frontend: [(String, String)], privateKeys: [(String, String)],
                     xenserverKeys: [(String, String)]) throws {
        try addLock.withLock { _ in
            try store.withTransaction { t in
                if try store.readIfPresent(id.frontendLinkPath, transaction: t) != nil {
                    throw HypervisorError.deviceAlreadyConnected(id)
                }
                for p in [id.frontendPath, id.frontendLinkPath, id.backendPath] { try store.removeIfPresent(p, transaction: t) }
                let d = id.domid, b = id.backendDomid
                try store.mkdir(id.frontendPath, permissions: XenStorePermissions(owner: d, acl: [.init(domid: b, access: .read)]),
                                transaction: t)
                try store.mkdir(id.frontendLinkPath, permissions: .guestReadWrite(0), transaction: t)
                try store.mkdir(id.backendPath, permissions: XenStorePermissions(owner: b, acl: [.init(domid: d, access: .read)]),
                                transaction: t)
                try store.mkdir(id.hotplugPath(vm: vm), permissions: XenStorePermissions(owner: b), transaction: t)
                try store.write(id.frontendPath, [("backend", id.backendPath)] + frontend, transaction: t)
                try store.write(id.frontendLinkPath, [("backend", id.backendPath)], transaction: t)
                try store.write(id.backendPath, [("frontend", id.frontendPath)] + backend, transaction: t)
                try store.mkdir(id.privatePath(vm: vm), permissions: XenStorePermissions(owner: b), transaction: t)
                try store.write(id.privatePath(vm: vm),
                                [("backend-kind", id.kind.rawValue), ("backend-id", String(b))] + privateKeys, transaction: t)
                try store.mkdir(id.xenserverPath, permissions: .guestReadWrite(d), transaction: t)
                try store.write(id.xenserverPath, xenserverKeys, transaction: t)
            }
        }
    }

    /// `Hotplug.wait_for_plug`: the script's mark, or its error.
    private func waitForHotplug(_ id: DeviceID, vm: String) throws {
        let done = id.hotplugStatusPath
        let errorPath = id.backendPath + "/hotplug-error"
        let outcome = try waiter.wait(for: [done, errorPath], timeout: options.hotplugTimeout) { s -> String? in
            if let e = try s.readIfPresent(errorPath) { return "error:" + e }
            return try s.readIfPresent(done) != nil ? "ok" : nil
        }
        guard let outcome else { throw HypervisorError.deviceTimeout(id, waitingFor: "the hotplug script") }
        if outcome.hasPrefix("error:") { throw HypervisorError.hotplugFailed(id, String(outcome.dropFirst(6))) }
    }

    // MARK: Unplug

    /// Detaches the device. Clean (`Generic.clean_shutdown`): ask the frontend to close and wait
    /// for it (the guest may refuse: an error node); force (`hard_shutdown`): take the frontend
    /// away and wait only for the backend. Then release the hotplug and private data.
    public func unplug(_ id: DeviceID, force: Bool = false) throws {
        let vm = try withStore { store -> String in
            guard try store.readIfPresent(id.backendPath) != nil else { throw HypervisorError.deviceNotFound(id) }
            return try vmUUID(id.domid, store)
        }
        if force {
            try forceRemove(id, vm: vm)
        } else {
            try cleanRemove(id, vm: vm)
        }
        try release(id, vm: vm)
    }

    private func cleanRemove(_ id: DeviceID, vm: String) throws {
        let state = id.backendPath + "/state"
        try withStore { store in
            try store.withTransaction { t in
                try store.write(id.backendPath + "/online", value: "0", transaction: t)
                if try store.readIfPresent(state, transaction: t) != "6" {
                    try store.write(state, value: "5", transaction: t)
                }
            }
        }
        let frontendState = id.frontendPath + "/state"
        let done = id.hotplugStatusPath
        // The frontend closed, or went away, or the backend is already unplugged.
        let closed = try waiter.wait(for: [frontendState, done, id.errorPath], timeout: options.frontendTimeout) { s -> String? in
            if let e = try s.readIfPresent(id.errorPath) { return "error:" + e }
            let f = try s.readIfPresent(frontendState)
            let unplugged = try s.readIfPresent(done) == nil
            return f == "6" || f == nil || unplugged ? "ok" : nil
        }
        guard let closed else { throw HypervisorError.deviceTimeout(id, waitingFor: "the frontend to close") }
        if closed.hasPrefix("error:") { throw HypervisorError.deviceRefused(id, String(closed.dropFirst(6))) }
        try withStore { store in
            try store.removeIfPresent(id.frontendPath)
            try store.removeIfPresent(id.frontendLinkPath)
        }
        // The backend lets go: udev's "remove" deletes the script's mark; when we run the
        // scripts ourselves the mark stays until the backend directory goes, so wait for Closed.
        let unplugged: Bool
        if case .run = options.hotplugScripts {
            unplugged = try waiter.waitForValue(id.backendPath + "/state", "6", timeout: options.hotplugTimeout)
        } else {
            unplugged = try waiter.waitForRemoval(done, timeout: options.hotplugTimeout)
        }
        guard unplugged else { throw HypervisorError.deviceTimeout(id, waitingFor: "the backend to unplug") }
        try removeState(id)
    }

    /// `Generic.hard_shutdown`: `online=0`, the frontend gone at once, a bounded wait for the
    /// backend (Closed when we run the scripts, else the script's mark gone), then both ends'
    /// state removed whatever happened.
    func forceRemove(_ id: DeviceID, vm: String) throws {
        try requestForceRemoval(id)
        try completeForceRemoval(id, vm: vm)
    }

    private func requestForceRemoval(_ id: DeviceID) throws {
        try withStore { store in
            if try store.readIfPresent(id.backendPath) != nil {
                try store.write(id.backendPath + "/online", value: "0")
            }
            try store.removeIfPresent(id.frontendPath)
            try store.removeIfPresent(id.frontendLinkPath)
        }
    }

    private func completeForceRemoval(_ id: DeviceID, vm: String) throws {
        if case .run = options.hotplugScripts {
            _ = try waiter.waitForValue(id.backendPath + "/state", "6", timeout: options.hotplugTimeout)
        } else {
            _ = try waiter.waitForRemoval(id.hotplugStatusPath, timeout: options.hotplugTimeout)
        }
        try removeState(id)
    }

    /// Force-unplugs and releases every device in `ids`, all requests first and then the waits
    /// (what a domain's destroy does). Best effort: returns the devices that could not be
    /// released cleanly.
    func forceRemoveAll(_ ids: [DeviceID], vm: String) -> [DeviceID] {
        var failed = Set<DeviceID>()
        for id in ids where (try? requestForceRemoval(id)) == nil { failed.insert(id) }
        for id in ids where (try? completeForceRemoval(id, vm: vm)) == nil { failed.insert(id) }
        for id in ids where (try? release(id, vm: vm)) == nil { failed.insert(id) }
        return ids.filter { failed.contains($0) }
    }

    /// `rm_device_state`: both ends, the link, the error nodes.
    private func removeState(_ id: DeviceID) throws {
        try withStore { store in
            for p in [id.frontendLinkPath, id.frontendPath, id.backendPath, id.backendErrorPath,
                      XenStorePath.parent(id.errorPath)] {
                try store.removeIfPresent(p)
            }
        }
    }

    /// `Vbd.release`/`Vif.release` + `Hotplug.release`: the backend gone, the script's "remove",
    /// its mark gone, then the hotplug, private and extra paths removed together.
    func release(_ id: DeviceID, vm: String) throws {
        try withStore { store in try store.removeIfPresent(id.backendPath) }
        try options.hotplugScripts.run(id.kind == .vif ? "offline" : "remove", for: id)
        let gone = try waiter.waitForRemoval(id.hotplugStatusPath, timeout: options.hotplugTimeout)
        try withStore { store in
            try store.withTransaction { t in
                try store.removeIfPresent(id.hotplugPath(vm: vm), transaction: t)
                try store.removeIfPresent(id.privatePath(vm: vm), transaction: t)
                try store.removeIfPresent(id.xenserverPath, transaction: t)
            }
        }
        if !gone { throw HypervisorError.deviceTimeout(id, waitingFor: "the hotplug script to remove the device") }
    }

    // MARK: Removable media

    /// Puts media in a CD drive (`qemu_media_change`): the backend's `type` and `params`. The same
    /// path again gets a leading "/" so that qemu notices the change.
    public func insertMedia(_ id: DeviceID, params: String, physicalType: DiskDevice.PhysicalType = .file) throws {
        try changeMedia(id, type: physicalType.rawValue, params: params)
    }

    /// Empties a CD drive: `type` and `params` both empty.
    public func ejectMedia(_ id: DeviceID) throws {
        try changeMedia(id, type: "", params: "")
    }

    /// True when the drive holds no media (`media_is_ejected`).
    public func isMediaEjected(_ id: DeviceID) throws -> Bool {
        try withStore { store in
            guard let params = try store.readIfPresent(id.backendPath + "/params") else {
                throw HypervisorError.deviceNotFound(id)
            }
            return params.isEmpty
        }
    }

    private func changeMedia(_ id: DeviceID, type: String, params: String) throws {
        guard id.kind.isDisk else { throw HypervisorError.invalidDevice("\(id) has no media") }
        try withStore { store in
            try store.withTransaction { t in
                guard let old = try store.readIfPresent(id.backendPath + "/params", transaction: t) else {
                    throw HypervisorError.deviceNotFound(id)
                }
                let value = !params.isEmpty && old == params ? "/" + params : params
                try store.write(id.backendPath, [("type", type), ("params", value)], transaction: t)
            }
        }
    }

    // MARK: Inspection

    /// Sets a VIF's link state (frontend `disconnect`).
    public func setCarrier(_ id: DeviceID, _ carrier: Bool) throws {
        try withStore { store in
            guard try store.readIfPresent(id.frontendPath) != nil else { throw HypervisorError.deviceNotFound(id) }
            try store.write(id.frontendPath + "/disconnect", value: carrier ? "0" : "1")
        }
    }

    /// The devices of a domain, from dom0's read-only links (`list_frontends`).
    public func devices(of domid: UInt32) throws -> [DeviceID] {
        try withStore { store in
            var out: [DeviceID] = []
            for frontendKind in ["vbd", "vif"] {
                let dir = "/xenops/domain/\(domid)/device/\(frontendKind)"
                for name in try store.directoryIfPresent(dir) {
                    guard let devid = Int(name), let backend = try store.readIfPresent("\(dir)/\(name)/backend") else {
                        continue
                    }
                    // /local/domain/<b>/backend/<kind>/<d>/<devid>
                    let parts = backend.split(separator: "/")
                    guard parts.count == 7, let b = UInt32(parts[2]), let kind = DeviceKind(rawValue: String(parts[4]))
                    else { continue }
                    out.append(DeviceID(kind: kind, domid: domid, devid: devid, backendDomid: b))
                }
            }
            return out
        }
    }

    /// Both ends' states and the hotplug outcome; nil when the device does not exist.
    public func state(_ id: DeviceID) throws -> DeviceState? {
        try withStore { store in
            guard try store.readIfPresent(id.backendPath) != nil || store.readIfPresent(id.frontendPath) != nil else {
                return nil
            }
            func xenbus(_ p: String) throws -> XenbusState? { try store.readIfPresent(p).flatMap(Int.init).flatMap(XenbusState.init) }
            let error = try store.readIfPresent(id.backendPath + "/hotplug-error") ?? store.readIfPresent(id.errorPath)
            return DeviceState(
                id: id, backendState: try xenbus(id.backendPath + "/state"),
                frontendState: try xenbus(id.frontendPath + "/state"),
                online: try store.readIfPresent(id.backendPath + "/online") == "1",
                hotplugged: try store.readIfPresent(id.hotplugStatusPath) == "connected",
                error: error,
                params: id.kind.isDisk ? try store.readIfPresent(id.backendPath + "/params") : nil,
                physicalType: id.kind.isDisk ? try store.readIfPresent(id.backendPath + "/type") : nil)
        }
    }
}
