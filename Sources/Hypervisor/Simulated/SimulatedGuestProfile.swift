// How a simulated guest behaves: whether its kernel has PV drivers (frontends, the control/shutdown
// watch, ballooning, vCPU hotplug), whether it answers shutdown requests, whether a guest agent
// runs and what it reports, and how long booting and shutting down take. Set a default on the
// SimulatedXen and override it per VM UUID (SimulatedXen.setGuestProfile).

public struct SimulatedGuestProfile: Sendable, Hashable {
    /// The kernel runs Xen PV drivers: frontends connect, `control/shutdown` is watched, the balloon
    /// follows `memory/target`, vCPUs follow `cpu/<n>/availability`. An HVM guest without them
    /// does none of this (and never sets HVM_PARAM_CALLBACK_IRQ).
    public var pvDrivers: Bool
    /// The PV shutdown driver answers `control/shutdown` (clears it, then shuts down). False
    /// models a hung or stripped guest: requests time out.
    public var respondsToShutdownRequests: Bool
    /// A guest agent (XenServer tools) reports versions, OS, addresses and features.
    public var guestAgent: Bool
    /// From the first unpause to the kernel's drivers being up (watches set, frontends connecting).
    public var kernelBootDelay: Duration
    /// From the kernel being up to the agent's first report.
    public var agentStartDelay: Duration
    /// From acknowledging a shutdown request to the domain shutting down (the guest's own
    /// orderly shutdown; suspend takes the same).
    public var shutdownDelay: Duration
    /// How fast the balloon driver moves the domain's memory towards `memory/target`, in bytes
    /// per second (nil: in one step).
    public var balloonRate: Int64?

    /// `attr/PVAddons/{Major,Minor,Micro,Build}Version`.
    public var pvAddonsVersion: (major: Int, minor: Int, micro: Int, build: Int) {
        get { (versionParts[0], versionParts[1], versionParts[2], versionParts[3]) }
        set { versionParts = [newValue.major, newValue.minor, newValue.micro, newValue.build] }
    }
    private var versionParts: [Int]
    /// `data/os_name`, `data/os_uname`, `data/os_distro`, `data/os_majorver`, `data/os_minorver`.
    public var osName: String
    public var osUname: String
    public var osDistro: String
    public var osMajorVersion: String
    public var osMinorVersion: String
    /// The first octet of the IPv4 address the agent reports per VIF; the other three are the
    /// last three bytes of the VIF's MAC (`10.b3.b4.b5`). The IPv6 one is the MAC's EUI-64
    /// link-local address.
    public var ipv4FirstOctet: Int

    public init(pvDrivers: Bool = true, respondsToShutdownRequests: Bool = true, guestAgent: Bool = true,
                kernelBootDelay: Duration = .milliseconds(2), agentStartDelay: Duration = .milliseconds(150),
                shutdownDelay: Duration = .milliseconds(1), balloonRate: Int64? = 4 << 30,
                pvAddonsVersion: (major: Int, minor: Int, micro: Int, build: Int) = (7, 1, 0, 0),
                osName: String = "Debian GNU/Linux 12 (bookworm)", osUname: String = "6.1.0-18-amd64",
                osDistro: String = "debian", osMajorVersion: String = "12", osMinorVersion: String = "5",
                ipv4FirstOctet: Int = 10) {
        self.pvDrivers = pvDrivers
        self.respondsToShutdownRequests = respondsToShutdownRequests
        self.guestAgent = guestAgent
        self.kernelBootDelay = kernelBootDelay
        self.agentStartDelay = agentStartDelay
        self.shutdownDelay = shutdownDelay
        self.balloonRate = balloonRate
        self.versionParts = [pvAddonsVersion.major, pvAddonsVersion.minor, pvAddonsVersion.micro,
                             pvAddonsVersion.build]
        self.osName = osName
        self.osUname = osUname
        self.osDistro = osDistro
        self.osMajorVersion = osMajorVersion
        self.osMinorVersion = osMinorVersion
        self.ipv4FirstOctet = ipv4FirstOctet
    }

    /// A guest with PV drivers and the tools: boots in ~2 ms, reports after ~150 ms, balloons
    /// 4 GiB a second.
    public static let `default` = SimulatedGuestProfile()

    /// A profile a VM asks for through its xenstore data (`vm-data/simulated-guest`), so that
    /// clients of the daemon can set up guests that misbehave: `unresponsive` (ignores shutdown
    /// requests), `no-pv-drivers`, `slow-shutdown` (takes 5 s to shut down), `slow-balloon`
    /// (its balloon moves 32 MiB a second), `default`.
    public static func named(_ name: String) -> SimulatedGuestProfile? {
        switch name {
        case "default": .default
        case "unresponsive": SimulatedGuestProfile(respondsToShutdownRequests: false)
        case "no-pv-drivers": .noPVDrivers
        case "slow-shutdown": SimulatedGuestProfile(shutdownDelay: .seconds(5))
        case "slow-balloon": SimulatedGuestProfile(balloonRate: 32 << 20)
        default: nil
        }
    }

    /// An HVM guest with no PV drivers and no agent: it never touches xenstore.
    public static let noPVDrivers = SimulatedGuestProfile(pvDrivers: false, respondsToShutdownRequests: false,
                                                          guestAgent: false)
}

/// What a simulated guest can be made to do on its own (xenopsd's DEBUG.trigger).
public enum SimulatedGuestAction: String, Sendable, Hashable, CaseIterable {
    /// The kernel panics: SCHEDOP_shutdown(crash).
    case crash
    /// The guest reboots itself: SCHEDOP_shutdown(reboot).
    case reboot
    /// The guest powers itself off: SCHEDOP_shutdown(poweroff).
    case halt
}
