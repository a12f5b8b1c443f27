// The one domain layer (what xenopsd's domain.ml and its Xen backend do), over the XenControl and
// XenStore seams: it builds domains from a VMDescription in xenopsd's order, requests clean
// shutdowns through `control/shutdown` and waits for the guest's acknowledgement, destroys
// domains with their devices and xenstore trees, suspends to and resumes from a file, changes
// memory targets and vCPUs live, reads what the guest agent reports, and (startMonitoring)
// watches @releaseDomain to report domains that shut down or vanished. It knows nothing of the
// API or the database: callers pass values and get domids, states and events back.
//
// Files: DomainManager+Start.swift (create, build, resume), DomainManager+Shutdown.swift
// (shutdown, destroy, suspend), DomainMonitor.swift (events).
import Glibc
import Synchronization

public final class DomainManager: Sendable {
    public struct Options: Sendable, Hashable {
        /// hvmloader, the HVM firmware (Debian's xen-utils path).
        public var hvmloader: String
        /// How long a guest may take to acknowledge a shutdown request (`domain_shutdown_ack_timeout`).
        public var shutdownAckTimeout: Duration
        /// The same for a suspend request.
        public var suspendAckTimeout: Duration
        /// How long an acknowledged shutdown may take to complete.
        public var shutdownTimeout: Duration
        public var devices: DeviceManager.Options

        public init(hvmloader: String = "/usr/lib/xen-4.17/boot/hvmloader", shutdownAckTimeout: Duration = .seconds(60),
                    suspendAckTimeout: Duration = .seconds(30), shutdownTimeout: Duration = .seconds(1200),
                    devices: DeviceManager.Options = DeviceManager.Options()) {
            self.hvmloader = hvmloader
            self.shutdownAckTimeout = shutdownAckTimeout
            self.suspendAckTimeout = suspendAckTimeout
            self.shutdownTimeout = shutdownTimeout
            self.devices = devices
        }
    }

    public let control: any XenControl
    public let devices: DeviceManager
    public let options: Options
    let waiter: XenStoreWaiter
    let openStore: @Sendable () throws -> any XenStore
    let bootloader: any Bootloader
    /// Domains the toolstack itself is shutting down or destroying, for the monitor's reports.
    let expectations = Mutex<[UInt32: Expectation]>([:])
    let monitor = Mutex<DomainMonitor?>(nil)

    struct Expectation {
        var shutdown = false
        var destroy = false
    }

    /// `openStore` opens a new xenstore connection (the manager keeps a few: waits and the
    /// monitor need their own watch queues).
    public init(control: any XenControl, openStore: @escaping @Sendable () throws -> any XenStore,
                bootloader: any Bootloader = PygrubBootloader(), options: Options = Options()) {
        self.control = control
        self.openStore = openStore
        self.bootloader = bootloader
        self.options = options
        waiter = XenStoreWaiter(openStore: openStore)
        devices = DeviceManager(waiter: waiter, options: options.devices)
    }

    deinit { stopMonitoring() }

    func withStore<T>(_ body: (any XenStore) throws -> T) throws -> T {
        let store = try waiter.connection()
        defer { waiter.release(store) }
        return try body(store)
    }

    func domainPath(_ domid: UInt32) -> String { "/local/domain/\(domid)" }

    /// The domain's info, or noSuchDomain.
    func info(_ domid: UInt32) throws -> DomainInfo {
        guard domid != 0, let info = try control.domainInfo(domid) else { throw HypervisorError.noSuchDomain(domid) }
        return info
    }

    func expect(_ domid: UInt32, _ change: (inout Expectation) -> Void) {
        guard monitor.withLock({ $0 != nil }) else { return }
        expectations.withLock { e in
            var x = e[domid] ?? Expectation()
            change(&x)
            e[domid] = x
        }
    }

    // MARK: Pause

    /// Wraps xc_domain_pause; refuses a domain without memory (Domain_not_built).
    public func pause(_ domid: UInt32) throws {
        guard try info(domid).totalPages > 0 else { throw HypervisorError.domainNotBuilt(domid) }
        try control.pause(domid)
    }

    /// Wraps xc_domain_unpause; refuses a domain without memory (Domain_not_built).
    public func unpause(_ domid: UInt32) throws {
        guard try info(domid).totalPages > 0 else { throw HypervisorError.domainNotBuilt(domid) }
        try control.unpause(domid)
    }

    // MARK: Live changes

    /// The balloon target (`memory/target`, KiB): the guest's balloon driver moves towards it.
    public func setMemoryTarget(_ domid: UInt32, bytes: Int64) throws {
        _ = try info(domid)
        guard bytes > 0 else { throw HypervisorError.invalidConfiguration("memory target \(bytes)") }
        try withStore { try $0.write(domainPath(domid) + "/memory/target", value: String(bytes / 1024)) }
    }

    /// `Domain.set_memory_dynamic_range` (KiB keys), then the target: the new dynamic max, as
    /// squeezed would grant on a host with room.
    public func setMemoryDynamicRange(_ domid: UInt32, min: Int64, max: Int64) throws {
        _ = try info(domid)
        guard min > 0, min <= max else { throw HypervisorError.invalidConfiguration("dynamic range \(min)–\(max)") }
        try withStore { store in
            try store.write(domainPath(domid) + "/memory", [("dynamic-min", String(min / 1024)),
                                                              ("dynamic-max", String(max / 1024))])
            try store.write(domainPath(domid) + "/memory/target", value: String(max / 1024))
        }
    }

    /// Marks vCPUs 0..<count online and the rest offline (`cpu/<n>/availability`); the guest
    /// brings them up or down.
    public func setVCPUs(_ domid: UInt32, count: Int) throws {
        let vcpus = try info(domid).vcpus
        guard count >= 1, count <= vcpus else {
            throw HypervisorError.invalidConfiguration("\(count) vCPUs (the domain has \(vcpus))")
        }
        try withStore { store in
            for i in 0..<vcpus {
                try store.write(domainPath(domid) + "/cpu/\(i)/availability", value: i < count ? "online" : "offline")
            }
        }
    }

    /// Rewrites the guest's `vm-data` (and `FIST`) from VM.xenstore_data (`set_xsdata`).
    public func setXenstoreData(_ domid: UInt32, _ data: [String: String]) throws {
        _ = try info(domid)
        let entries = VMDescription.xenstoreDataPrefixes.isEmpty ? [] :
            data.filter { key, _ in VMDescription.xenstoreDataPrefixes.contains { key.hasPrefix($0 + "/") } }
            .sorted { $0.key < $1.key }
        let base = domainPath(domid)
        try withStore { store in
            try store.withTransaction { t in
                for prefix in VMDescription.xenstoreDataPrefixes { try store.removeIfPresent(base + "/" + prefix, transaction: t) }
                // Unlike xenopsd, give vm-data back to the guest, as the create did.
                try store.mkdir(base + "/vm-data", permissions: .guestReadWrite(domid), transaction: t)
                for (k, v) in entries { try store.write(base + "/" + k, value: v, transaction: t) }
            }
        }
    }

    // MARK: Inspection

    /// Every domain other than dom0, as the hypervisor and xenstore see it.
    public func domains() throws -> [DomainStatus] {
        try control.domainInfoList().filter { $0.domid != 0 }.map { try status(of: $0) }
    }

    /// One domain; nil when it does not exist.
    public func status(_ domid: UInt32) throws -> DomainStatus? {
        guard domid != 0, let info = try control.domainInfo(domid) else { return nil }
        return try status(of: info)
    }

    private func status(of info: DomainInfo) throws -> DomainStatus {
        try withStore { store in
            let base = domainPath(info.domid)
            let target = try store.readIfPresent(base + "/memory/target").flatMap { Int64($0) }.map { $0 * 1024 }
            let vm = try store.readIfPresent(base + "/vm").map(XenStorePath.lastComponent)
            let power: DomainStatus.Power
            if info.isDying {
                power = .dying
            } else if let reason = info.shutdownReason {
                power = .shutdown(reason)
            } else if info.isPaused {
                power = .paused
            } else {
                power = .running
            }
            return DomainStatus(domid: info.domid, uuid: vm ?? info.uuid, power: power, isHVM: info.isHVM,
                                memoryBytes: info.memoryBytes, memoryTargetBytes: target, vcpus: info.vcpus,
                                onlineVCPUs: info.onlineVCPUs, cpuTime: info.cpuTime)
        }
    }

    /// The domid of the running domain of a VM (by its handle), if any.
    public func domid(ofVM uuid: String) throws -> UInt32? {
        try control.domainInfoList().first { $0.domid != 0 && $0.uuid == uuid.lowercased() }?.domid
    }

    /// What the guest's drivers and agent report (VM_guest_metrics), and the vm-data subtree.
    public func guestAgent(_ domid: UInt32) throws -> GuestAgentReport {
        _ = try info(domid)
        let base = domainPath(domid)
        var report = try withStore { store in
            try GuestAgentReport.read(lookup: { try store.readIfPresent(base + "/" + $0) },
                                      list: { try store.directoryIfPresent(base + "/" + $0) })
        }
        // The guest's drivers advertise features in control/ (xenopsd's evidence), or connect a device.
        let connected = try devices.devices(of: domid).contains { try devices.state($0)?.isConnected == true }
        report.pvDriversDetected = connected || report.other.keys.contains { $0.hasPrefix("feature-") }
        return report
    }
}

/// A domain as the layer reports it.
public struct DomainStatus: Sendable, Hashable {
    public enum Power: Sendable, Hashable {
        case running
        case paused
        case shutdown(ShutdownReason)
        case dying
    }

    public var domid: UInt32
    /// The VM's UUID (from xenstore, else the domain handle).
    public var uuid: String
    public var power: Power
    public var isHVM: Bool
    /// What the domain holds now.
    public var memoryBytes: Int64
    /// The balloon target (`memory/target`).
    public var memoryTargetBytes: Int64?
    public var vcpus: Int
    public var onlineVCPUs: Int
    /// Nanoseconds.
    public var cpuTime: UInt64
}
