// Changes to a running domain beyond memory and vCPU counts, as xenopsd makes them: the shadow
// pool for a new multiplier (VM.set_shadow_multiplier: HVM only, the growth checked against the
// host's free memory first), the credit scheduler's weight and cap, a sysrq through
// `control/sysrq` (Domain.sysrq) and the hypervisor's triggers.
import Glibc

extension DomainManager {
    /// The shadow pool xenopsd gives an HVM domain (Memory.HVM.shadow_mib): 256 pages per vCPU
    /// plus a p2m and a shadow page per MiB of static max, in MiB rounded up, times the
    /// multiplier (truncated), at least 1.
    public static func shadowMiB(staticMaxBytes: Int64, vcpus: Int, multiplier: Double) -> Int {
        let staticMaxMiB = (max(0, staticMaxBytes) + (1 << 20) - 1) >> 20
        let pages = 256 * Int64(vcpus) + 2 * staticMaxMiB
        return max(1, Int(Double((pages + 255) / 256) * multiplier))
    }

    /// The domain's shadow pool in MiB.
    public func shadowAllocationMiB(_ domid: UInt32) throws -> Int {
        _ = try info(domid)
        return try control.shadowAllocation(domid)
    }

    /// Resizes an HVM domain's shadow pool for `multiplier`; returns the pool's (old, new) MiB.
    /// A PV domain has none to change (invalidConfiguration, xenopsd's Unimplemented). Growth
    /// the host's free memory cannot cover fails with ENOMEM before anything changes.
    @discardableResult
    public func setShadowMultiplier(_ domid: UInt32, staticMaxBytes: Int64, vcpus: Int, multiplier: Double) throws
        -> (old: Int, new: Int)
    {
        guard try info(domid).isHVM else { throw HypervisorError.invalidConfiguration("shadow_multiplier for PV domains") }
        guard multiplier >= 1, multiplier.isFinite else {
            throw HypervisorError.invalidConfiguration("shadow multiplier \(multiplier)")
        }
        let new = Self.shadowMiB(staticMaxBytes: staticMaxBytes, vcpus: vcpus, multiplier: multiplier)
        let old = try control.shadowAllocation(domid)
        let neededKiB = Int64(new - old) * 1024
        let freeKiB = Int64(try control.physinfo().freePages * 4)
        if neededKiB > freeKiB {
            throw XenError(call: "xc_shadow_control", errno: ENOMEM,
                           detail: "domid \(domid): \(new - old) MiB more shadow, \(freeKiB / 1024) MiB free")
        }
        try control.setShadowAllocation(domid, mib: new)
        return (old, new)
    }

    /// The domain's credit-scheduler share.
    public func schedulerCredit(_ domid: UInt32) throws -> SchedulerCredit {
        _ = try info(domid)
        return try control.schedulerCredit(domid)
    }

    /// Changes the weight and/or the cap, keeping what is not given.
    public func setSchedulerCredit(_ domid: UInt32, weight: Int? = nil, cap: Int? = nil) throws {
        var credit = try schedulerCredit(domid)
        if let weight { credit.weight = weight }
        if let cap { credit.cap = cap }
        guard SchedulerCredit.weights.contains(credit.weight), SchedulerCredit.caps.contains(credit.cap) else {
            throw HypervisorError.invalidConfiguration("weight \(credit.weight), cap \(credit.cap)")
        }
        try control.setSchedulerCredit(domid, credit)
    }

    /// Asks the guest's kernel to handle a magic SysRq key (it clears `control/sysrq`).
    public func sendSysrq(_ domid: UInt32, key: Character) throws {
        _ = try info(domid)
        try withStore { try $0.write(domainPath(domid) + "/control/sysrq", value: String(key)) }
    }

    /// Sends `trigger` to vCPU 0; the ACPI buttons only to HVM domains (invalidConfiguration).
    public func sendTrigger(_ domid: UInt32, _ trigger: DomainTrigger) throws {
        let hvm = try info(domid).isHVM
        if trigger.needsHVM && !hvm {
            throw HypervisorError.invalidConfiguration("the \(trigger.name) trigger needs an HVM domain")
        }
        try control.sendTrigger(domid, trigger, vcpu: 0)
    }
}
