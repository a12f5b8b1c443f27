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
