// Choosing the backend at start-up: `xen` needs a Xen dom0 (/dev/xen/privcmd openable read-write,
// plus a reachable xenstored); `simulated` runs anywhere; `auto` takes Xen when it is there.
import Glibc

public enum HypervisorKind: String, Sendable, CaseIterable {
    case simulated
    case xen
    case auto
}

/// Why the Xen backend cannot be used.
public struct HypervisorUnavailable: Error, CustomStringConvertible {
    public let reason: String
    public var description: String { "Xen hypervisor unavailable: \(reason)" }
}

/// The privileged command device; present and writable only in a Xen dom0.
public let xenPrivcmdPath = "/dev/xen/privcmd"

/// Nil when `/dev/xen/privcmd` opens read-write, else why it does not.
public func xenUnavailableReason() -> String? {
    let fd = open(xenPrivcmdPath, O_RDWR | O_CLOEXEC)
    if fd >= 0 {
        close(fd)
        return nil
    }
    let cause = String(cString: strerror(errno))
    return "cannot open \(xenPrivcmdPath) read-write (\(cause)); not running in a Xen dom0 with root privileges"
}

/// Opens the backend of `kind`; `kind` in the result is the one chosen (never `.auto`).
public func openHypervisor(_ kind: HypervisorKind) throws
    -> (control: any XenControl, store: any XenStore, kind: HypervisorKind)
{
    switch kind {
    case .simulated:
        let xen = SimulatedXen()
        return (xen, xen.openStore(), .simulated)
    case .xen:
        if let reason = xenUnavailableReason() { throw HypervisorUnavailable(reason: reason) }
        do {
            return (try LibXenCtrl(), try LibXenStore(), .xen)
        } catch let error as XenError {
            throw HypervisorUnavailable(reason: error.description)
        }
    case .auto:
        return try openHypervisor(xenUnavailableReason() == nil ? .xen : .simulated)
    }
}

/// The hypervisor with the domain layer on top: what the API layer drives VMs through.
public struct HypervisorStack: Sendable {
    /// The backend chosen (never `.auto`).
    public let kind: HypervisorKind
    public let control: any XenControl
    /// Opens another xenstore connection.
    public let openStore: @Sendable () throws -> any XenStore
    public let domains: DomainManager
    /// The simulated machine (guest profiles, guest triggers, the call trace) on `.simulated`.
    public let simulation: SimulatedXen?
}

/// Opens the backend of `kind` and a DomainManager over it. `options` nil takes the backend's
/// defaults: on Xen the toolstack runs Debian's hotplug scripts and pygrub; on the simulator the
/// simulated backends play the scripts and every disk boots a simulated kernel.
public func openHypervisorStack(_ kind: HypervisorKind, options: DomainManager.Options? = nil) throws -> HypervisorStack {
    switch kind {
    case .simulated:
        return makeSimulatedStack(SimulatedXen(), options: options)
    case .xen:
        if let reason = xenUnavailableReason() { throw HypervisorUnavailable(reason: reason) }
        let control: LibXenCtrl
        do {
            control = try LibXenCtrl()
            _ = try LibXenStore()
        } catch let error as XenError {
            throw HypervisorUnavailable(reason: error.description)
        }
        var opts = options ?? DomainManager.Options()
        if options == nil { opts.devices.hotplugScripts = .debian }
        let openStore: @Sendable () throws -> any XenStore = { try LibXenStore() }
        return HypervisorStack(kind: .xen, control: control, openStore: openStore,
                               domains: DomainManager(control: control, openStore: openStore, options: opts),
                               simulation: nil)
    case .auto:
        return try openHypervisorStack(xenUnavailableReason() == nil ? .xen : .simulated, options: options)
    }
}

/// A stack over an existing simulated machine (tests configure the SimulatedXen first).
public func makeSimulatedStack(_ xen: SimulatedXen, options: DomainManager.Options? = nil) -> HypervisorStack {
    let openStore: @Sendable () throws -> any XenStore = { xen.openStore() }
    var opts = options ?? DomainManager.Options()
    opts.devices.hotplugScripts = .external
    return HypervisorStack(kind: .simulated, control: xen, openStore: openStore,
                           domains: DomainManager(control: xen, openStore: openStore, bootloader: SimulatedBootloader(),
                                                  options: opts),
                           simulation: xen)
}
