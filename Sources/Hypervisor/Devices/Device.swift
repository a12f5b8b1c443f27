// The devices the layer plugs, as value types: a disk (VBD) and a network interface (VIF) as the
// API layer describes them, and the identity of a plugged device (kind, frontend domain, devid)
// with every xenstore path xenopsd keeps for it (xen-backend.md §2.1).

/// A backend driver kind: the `<kind>` in `backend/<kind>/...` and `device/<kind>/...`.
public enum DeviceKind: String, Sendable, Hashable, CaseIterable {
    /// blkback.
    case vbd
    /// tapdisk3 (XenServer's blktap3).
    case vbd3
    /// qemu's disk backend.
    case qdisk
    /// netback.
    case vif

    public var isDisk: Bool { self != .vif }
    /// The frontend directory: a vbd3/qdisk backend still serves a `vbd` frontend.
    public var frontendKind: String { isDisk ? "vbd" : "vif" }
}

/// XenbusState (xen/io/xenbus.h).
public enum XenbusState: Int, Sendable, Hashable {
    case unknown = 0
    case initialising = 1
    case initWait = 2
    case initialised = 3
    case connected = 4
    case closing = 5
    case closed = 6
    case reconfiguring = 7
    case reconfigured = 8
}

/// A disk to attach: what xapi's VBD and the storage layer's attach say about it.
public struct DiskDevice: Sendable, Hashable {
    public enum Media: String, Sendable, Hashable {
        case disk
        case cdrom
        case floppy
    }

    public enum Mode: String, Sendable, Hashable {
        case readOnly = "r"
        case readWrite = "w"
    }

    /// The backend's `type`: a block device or a file.
    public enum PhysicalType: String, Sendable, Hashable {
        case phy
        case file
    }

    /// VBD.userdevice: the disk's position (0 → xvda, or hda on HVM).
    public var userdevice: Int
    public var media: Media
    public var mode: Mode
    /// What the backend opens (a device node or file the storage attach produced); empty for a
    /// CD drive without media.
    public var params: String
    public var physicalType: PhysicalType
    public var backendKind: DeviceKind
    /// The guest may unplug it (backend `removable`).
    public var unpluggable: Bool
    /// Extra backend keys from the storage attach (`sm-data/vdi-uuid`, ...).
    public var extraBackendKeys: [String: String]
    /// Extra keys for the toolstack's private path (`vdi-id`, `vbd-id`, ...).
    public var extraPrivateKeys: [String: String]

    public init(userdevice: Int, media: Media = .disk, mode: Mode = .readWrite, params: String,
                physicalType: PhysicalType = .phy, backendKind: DeviceKind = .vbd, unpluggable: Bool = true,
                extraBackendKeys: [String: String] = [:], extraPrivateKeys: [String: String] = [:]) {
        self.userdevice = userdevice
        self.media = media
        self.mode = mode
        self.params = params
        self.physicalType = physicalType
        self.backendKind = backendKind
        self.unpluggable = unpluggable
        self.extraBackendKeys = extraBackendKeys
        self.extraPrivateKeys = extraPrivateKeys
    }

    /// A CD drive, read-only, empty when `params` is.
    public static func cdrom(userdevice: Int, params: String = "", physicalType: PhysicalType = .file) -> DiskDevice {
        DiskDevice(userdevice: userdevice, media: .cdrom, mode: .readOnly, params: params, physicalType: physicalType)
    }
}

/// A network interface to attach: VIF.device, MAC and the network's bridge.
public struct NetworkDevice: Sendable, Hashable {
    /// VIF.device: the devid (`handle`) of the interface.
    public var devid: Int
    /// `aa:bb:cc:dd:ee:ff`.
    public var mac: String
    public var bridge: String
    /// 0: the bridge's default.
    public var mtu: Int
    /// Link up (frontend `disconnect=0`).
    public var carrier: Bool
    /// QoS: KiB/s and the accounting interval in µs (0: 50 ms); nil for no limit.
    public var rateKiBps: Int64?
    public var rateTimesliceMicroseconds: Int64
    /// VIF.other_config keys the vif script applies (`promiscuous`, `ethtool-*`); others are dropped.
    public var otherConfig: [String: String]
    /// Extra keys for the toolstack's private path (`vif-id`, `network-uuid`, `locking-mode`, ...).
    public var extraPrivateKeys: [String: String]
    /// Keys under `xenserver/device/vif/<devid>` the guest reads (static IP configuration).
    public var extraXenserverKeys: [String: String]

    public init(devid: Int, mac: String, bridge: String, mtu: Int = 0, carrier: Bool = true, rateKiBps: Int64? = nil,
                rateTimesliceMicroseconds: Int64 = 0, otherConfig: [String: String] = [:],
                extraPrivateKeys: [String: String] = [:], extraXenserverKeys: [String: String] = [:]) {
        self.devid = devid
        self.mac = mac
        self.bridge = bridge
        self.mtu = mtu
        self.carrier = carrier
        self.rateKiBps = rateKiBps
        self.rateTimesliceMicroseconds = rateTimesliceMicroseconds
        self.otherConfig = otherConfig
        self.extraPrivateKeys = extraPrivateKeys
        self.extraXenserverKeys = extraXenserverKeys
    }

    /// The keys xenopsd passes to the vif script (`vif_udev_keys`).
    public static let scriptKeys: Set<String> = Set(["promiscuous"] + ["rx", "tx", "sg", "tso", "ufo", "gso"].map { "ethtool-" + $0 })
}

/// A plugged (or pluggable) device: its kind, the guest domain, the devid, and the backend domain.
public struct DeviceID: Sendable, Hashable, CustomStringConvertible {
    public var kind: DeviceKind
    public var domid: UInt32
    public var devid: Int
    public var backendDomid: UInt32

    public init(kind: DeviceKind, domid: UInt32, devid: Int, backendDomid: UInt32 = 0) {
        self.kind = kind
        self.domid = domid
        self.devid = devid
        self.backendDomid = backendDomid
    }

    public var description: String { "\(kind.rawValue) \(devid) of domain \(domid)" }

    /// `/local/domain/<b>/backend/<kind>/<d>/<devid>`.
    public var backendPath: String { "/local/domain/\(backendDomid)/backend/\(kind.rawValue)/\(domid)/\(devid)" }
    /// `/local/domain/<d>/device/<vbd|vif>/<devid>`: the guest's.
    public var frontendPath: String { "/local/domain/\(domid)/device/\(kind.frontendKind)/\(devid)" }
    /// `/xenops/domain/<d>/device/<vbd|vif>/<devid>`: dom0's read-only link, the device list.
    public var frontendLinkPath: String { "/xenops/domain/\(domid)/device/\(kind.frontendKind)/\(devid)" }
    /// `/local/domain/<d>/error/device/<vbd|vif>/<devid>/error`: the frontend's complaint.
    public var errorPath: String { "/local/domain/\(domid)/error/device/\(kind.frontendKind)/\(devid)/error" }
    /// `/local/domain/<b>/error/backend/<kind>/<d>`.
    public var backendErrorPath: String { "/local/domain/\(backendDomid)/error/backend/\(kind.rawValue)/\(domid)" }
    /// `/local/domain/<d>/xenserver/device/<kind>/<devid>`: extra keys for the guest.
    public var xenserverPath: String { "/local/domain/\(domid)/xenserver/device/\(kind.rawValue)/\(devid)" }

    /// `/xapi/<uuid>/private/<kind>/<devid>`: the toolstack's and scripts' data.
    public func privatePath(vm: String) -> String { "/xapi/\(vm)/private/\(kind.rawValue)/\(devid)" }
    /// `/xapi/<uuid>/hotplug/<d>/<kind>/<devid>`.
    public func hotplugPath(vm: String) -> String { "/xapi/\(vm)/hotplug/\(domid)/\(kind.rawValue)/\(devid)" }

    /// What the hotplug script writes when it is done and removes when the device is gone: the
    /// backend's `hotplug-status`. (xenopsd waits on the `/xapi/.../hotplug` marker for VIFs,
    /// which only XenServer's vif script writes; Debian's vif-bridge, XenServer's scripts and
    /// the simulated backends all write `hotplug-status`.)
    public var hotplugStatusPath: String { backendPath + "/hotplug-status" }
}

/// What xenstore says about a device right now.
public struct DeviceState: Sendable, Hashable {
    public var id: DeviceID
    public var backendState: XenbusState?
    public var frontendState: XenbusState?
    /// Backend `online`.
    public var online: Bool
    /// The hotplug script finished (`hotplug-status=connected`, or the VIF marker).
    public var hotplugged: Bool
    /// `hotplug-error`, or the frontend's error node.
    public var error: String?
    /// Disks: backend `params` (empty: no media) and `type`.
    public var params: String?
    public var physicalType: String?
    /// Both ends connected: the guest's driver uses the device (xenopsd's PV-driver evidence).
    public var isConnected: Bool { backendState == .connected }
}

/// Failures of the domain and device layer that are not a single C call's (those are XenError).
public enum HypervisorError: Error, Hashable, CustomStringConvertible {
    case noSuchDomain(UInt32)
    /// The domain has no memory yet (xenopsd's Domain_not_built).
    case domainNotBuilt(UInt32)
    /// The guest did not clear `control/shutdown` in time.
    case shutdownNotAcknowledged(domid: UInt32, request: String)
    /// The domain did not reach the expected shutdown state in time.
    case shutdownTimeout(domid: UInt32)
    /// The domain shut down, but for another reason than the one requested.
    case unexpectedShutdown(domid: UInt32, reason: ShutdownReason)
    case deviceTimeout(DeviceID, waitingFor: String)
    case hotplugFailed(DeviceID, String)
    /// The frontend wrote an error node (the guest refused the unplug).
    case deviceRefused(DeviceID, String)
    case deviceAlreadyConnected(DeviceID)
    case deviceNotFound(DeviceID)
    case invalidDevice(String)
    case invalidConfiguration(String)
    case suspendImage(String)
    case bootloaderFailed(String)

    public var description: String {
        switch self {
        case .noSuchDomain(let d): "no domain \(d)"
        case .domainNotBuilt(let d): "domain \(d) is not built"
        case .shutdownNotAcknowledged(let d, let r): "domain \(d) did not acknowledge the \(r) request"
        case .shutdownTimeout(let d): "domain \(d) did not shut down in time"
        case .unexpectedShutdown(let d, let r): "domain \(d) shut down with reason \(r)"
        case .deviceTimeout(let id, let what): "\(id): timed out waiting for \(what)"
        case .hotplugFailed(let id, let e): "\(id): hotplug script failed: \(e)"
        case .deviceRefused(let id, let e): "\(id): the guest refused: \(e)"
        case .deviceAlreadyConnected(let id): "\(id) is already connected"
        case .deviceNotFound(let id): "\(id) does not exist"
        case .invalidDevice(let why): "invalid device: \(why)"
        case .invalidConfiguration(let why): "invalid configuration: \(why)"
        case .suspendImage(let why): "suspend image: \(why)"
        case .bootloaderFailed(let why): "bootloader failed: \(why)"
        }
    }
}
