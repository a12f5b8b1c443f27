// The simulated hypervisor's calls that tune a domain after creation, with Xen's rules: the
// shadow pool comes out of the host's free memory (ENOMEM when the growth does not fit, given
// back on shrink and destroy); credit weights 1–65535 and caps 0–65535 (EINVAL otherwise);
// triggers as x86 Xen delivers them (an NMI to any domain, the ACPI power and sleep buttons to
// HVM domains only, reset and init ENOSYS). A pressed ACPI button waits in the domain until its
// guest's OS looks (SimulatedGuests).
import Glibc

extension SimulatedXen {
    public func shadowAllocation(_ domid: UInt32) throws -> Int {
        try onDomain("xc_shadow_control", domid, "GET_ALLOCATION") { d, _ in d.shadowMiB }
    }

    public func setShadowAllocation(_ domid: UInt32, mib: Int) throws {
        let total = machine.totalMemoryKiB / 4
        try onDomain("xc_shadow_control", domid, "SET_ALLOCATION \(mib) MiB") { d, s in
            guard mib >= 0 else { throw Self.error("xc_shadow_control", EINVAL, domid, "\(mib) MiB") }
            if mib > d.shadowMiB {
                let needed = UInt64(mib - d.shadowMiB) * 256
                // The domain's own claim stays its own: shadow comes from what nobody claimed.
                let available = s.unclaimedFreePages(total: total)
                guard needed <= available else {
                    throw Self.error("xc_shadow_control", ENOMEM, domid, "\(needed) pages needed, \(available) free")
                }
            }
            d.shadowMiB = mib
        }
    }

    public func schedulerCredit(_ domid: UInt32) throws -> SchedulerCredit {
        try onDomain("xc_sched_credit_domain_get", domid, dom0Allowed: true) { d, _ in d.credit }
    }

    public func setSchedulerCredit(_ domid: UInt32, _ credit: SchedulerCredit) throws {
        try onDomain("xc_sched_credit_domain_set", domid, "weight=\(credit.weight) cap=\(credit.cap)",
                     dom0Allowed: true) { d, _ in
            guard SchedulerCredit.weights.contains(credit.weight), SchedulerCredit.caps.contains(credit.cap) else {
                throw Self.error("xc_sched_credit_domain_set", EINVAL, domid)
            }
            d.credit = credit
        }
    }

    public func sendTrigger(_ domid: UInt32, _ trigger: DomainTrigger, vcpu: Int) throws {
        let call = "xc_domain_send_trigger"
        try onDomain(call, domid, "\(trigger.name) vcpu \(vcpu)") { d, _ in
            guard vcpu >= 0, vcpu < d.vcpus else { throw Self.error(call, EINVAL, domid, "vcpu \(vcpu)") }
            switch trigger {
            case .nmi:
                d.nmis += 1
            case .power, .sleep:
                guard d.isHVM else { throw Self.error(call, EINVAL, domid, "not HVM") }
                d.acpiEvents.append(trigger)
            case .reset, .initialise:
                throw Self.error(call, ENOSYS, domid, trigger.name)
            }
        }
        kickGuest(domid)
    }

    /// The NMIs the domain has received so far (for tests).
    public func nmiCount(_ domid: UInt32) -> Int {
        state.withLock { $0.domains[domid]?.nmis ?? 0 }
    }

    /// The ACPI button presses waiting for the guest's OS, which takes them (ACPI GPE handling).
    func guestTakeACPIEvents(_ domid: UInt32) -> [DomainTrigger] {
        state.withLock { s in
            guard let events = s.domains[domid]?.acpiEvents, !events.isEmpty else { return [] }
            s.domains[domid]?.acpiEvents = []
            return events
        }
    }
}

extension SimulatedXen {
    /// The sysrq keys the guest of `domid` has handled, oldest first (for tests).
    public func sysrqKeysHandled(_ domid: UInt32) -> String {
        state.withLock { $0.domains[domid]?.guestMemory["sysrq"] ?? "" }
    }
}
