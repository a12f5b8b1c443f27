// The events xc_domain_send_trigger injects into a domain (XEN_DOMCTL_SENDTRIGGER_*), named as
// the toolstack's `send_trigger` names them. On x86 Xen delivers `nmi` to any domain and the
// ACPI `power` and `sleep` buttons only to HVM domains (EINVAL otherwise); `reset` and `init`
// are defined but answer ENOSYS.

public enum DomainTrigger: UInt32, Sendable, Hashable, CaseIterable {
    case nmi = 0
    case reset = 1
    case initialise = 2
    case power = 3
    case sleep = 4

    public var name: String {
        switch self {
        case .nmi: "nmi"
        case .reset: "reset"
        case .initialise: "init"
        case .power: "power"
        case .sleep: "sleep"
        }
    }

    public init?(name: String) {
        guard let t = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = t
    }

    /// The ACPI buttons, which only an HVM domain has.
    public var needsHVM: Bool { self == .power || self == .sleep }
}
