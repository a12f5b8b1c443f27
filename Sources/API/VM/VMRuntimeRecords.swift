// The records a power-state change rewrites, in the transaction that records it: the VM's
// power state, domid and residence; VBD/VIF currently_attached and device names; VM_metrics;
// the guest's console; and on Halted, xapi's force_state_reset (devices detached, consoles and
// guest metrics gone, domid -1).
import Database
import Datamodel
import Hypervisor
import Wire

/// What a started or resumed domain looks like to the database.
struct StartedDomain {
    var domid: UInt32
    var paused: Bool
    var hvm: Bool
    var targetBytes: Int64
    /// VBD → Linux device name, for the disks plugged.
    var disks: [Ref<VBDRecord>: String]
    var vifs: [Ref<VIFRecord>]
}

extension Transaction {
    mutating func recordStarted(_ ref: Ref<VMRecord>, _ started: StartedDomain, host: Ref<HostRecord>) throws {
        let now = XenDate.now()
        try removeRuntimeObjects(of: try require(ref))
        let cpu = get(host)?.cpuInfo ?? [:]
        try update(ref) { vm in
            // What a migration destination must offer (xapi's last_boot_CPU_flags).
            vm.lastBootCPUFlags = ["vendor": cpu["vendor"] ?? "",
                                   "features": cpu[started.hvm ? "features_hvm" : "features_pv"] ?? ""]
            vm.powerState = started.paused ? .paused : .running
            vm.domid = Int64(started.domid)
            vm.residentOn = host
            vm.scheduledToBeResidentOn = .null
            vm.memoryTarget = started.targetBytes
            vm.guestMetrics = .null
            vm.requiresReboot = false
            vm.suspendVDI = .null  // a resume's image is destroyed once the domain runs
        }
        let vm = try require(ref)
        try updateMetrics(vm) { m in
            m.memoryActual = started.targetBytes
            m.vcpusNumber = vm.vcpusAtStartup
            m.vcpusUtilisation = Dictionary(uniqueKeysWithValues: (0..<vm.vcpusAtStartup).map { ($0, 0.0) })
            m.startTime = now
            m.lastUpdated = now
            m.hvm = started.hvm
            m.currentDomainType = vm.effectiveDomainType
            m.state = []
        }
        for (vbd, device) in started.disks {
            try update(vbd) { $0.currentlyAttached = true; $0.device = device }
        }
        for vif in started.vifs { try update(vif) { $0.currentlyAttached = true } }
        var console = ConsoleRecord()
        console.uuid = UUID.random()
        console.protocol = .rfb
        console.vm = ref
        let address = get(host)?.address ?? ""
        console.location = address.isEmpty ? "" : "https://\(address)/console?uuid=\(console.uuid)"
        _ = try insert(console)
    }

    /// force_state_reset to Halted: no domain, devices detached, consoles and guest metrics gone.
    mutating func recordHalted(_ ref: Ref<VMRecord>) throws {
        try recordDomainGone(ref, state: .halted, suspendVDI: .null)
    }

    /// A suspended VM: no domain; its VBDs stay attached (they come back on resume).
    mutating func recordSuspended(_ ref: Ref<VMRecord>, suspendVDI: Ref<VDIRecord>) throws {
        try recordDomainGone(ref, state: .suspended, suspendVDI: suspendVDI)
    }

    private mutating func recordDomainGone(_ ref: Ref<VMRecord>, state: VMPowerState, suspendVDI: Ref<VDIRecord>) throws {
        try removeRuntimeObjects(of: try require(ref))
        try update(ref) { vm in
            vm.powerState = state
            vm.domid = -1
            vm.residentOn = .null
            vm.scheduledToBeResidentOn = .null
            vm.guestMetrics = .null
            vm.suspendVDI = suspendVDI
            if state == .halted { vm.requiresReboot = false }
        }
        let vm = try require(ref)
        if state == .halted {
            for vbd in vm.vbds where get(vbd)?.currentlyAttached == true { try update(vbd) { $0.currentlyAttached = false } }
        }
        for vif in vm.vifs where get(vif)?.currentlyAttached == true { try update(vif) { $0.currentlyAttached = false } }
        try updateMetrics(vm) { m in
            m.memoryActual = 0
            m.state = []
            m.lastUpdated = .now()
        }
    }

    /// The guest's console and guest metrics (they live only while a domain does).
    private mutating func removeRuntimeObjects(of vm: VMRecord) throws {
        for console in vm.consoles where get(console) != nil { try delete(console) }
        if get(vm.guestMetrics) != nil { try delete(vm.guestMetrics) }
    }

    mutating func updateMetrics(_ vm: VMRecord, _ body: (inout VMMetricsRecord) -> Void) throws {
        guard get(vm.metrics) != nil else { return }
        try update(vm.metrics, body)
    }
}
