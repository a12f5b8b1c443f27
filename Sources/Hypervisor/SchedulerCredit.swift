// A domain's share under Xen's credit scheduler (struct xen_domctl_sched_credit): what
// VM.VCPUs_params `weight` and `cap` set.

public struct SchedulerCredit: Sendable, Hashable {
    /// Relative share of the host's CPU, 1–65535; Xen's default is 256.
    public var weight: Int
    /// The most CPU the domain may use, in percent of one pCPU (100 = one whole CPU); 0: no cap.
    public var cap: Int

    public init(weight: Int = SchedulerCredit.defaultWeight, cap: Int = 0) {
        self.weight = weight
        self.cap = cap
    }

    public static let defaultWeight = 256
    public static let weights = 1...65535
    public static let caps = 0...65535
}
