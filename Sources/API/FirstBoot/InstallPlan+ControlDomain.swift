// dom0 as a VM with its metrics and its two consoles (ocaml/xapi/create_misc.ml
// create_domain_zero_record, create_domain_zero_metrics_record,
// create_domain_zero_console_record_with_protocol; Xapi_globs host_console_vncport/textport).
import Datamodel
import Hypervisor
import Wire

extension InstallPlan {
    var dom0Record: VMRecord {
        var r = VMRecord()
        r.nameLabel = ControlDomain.nameLabel(hostname: hostname)
        r.nameDescription = "The domain which manages physical devices and manages other domains"
        r.powerState = .running
        r.userVersion = 1
        r.isControlDomain = true
        r.domid = 0
        r.domarch = "x64"
        r.residentOn = host
        r.affinity = host
        r.domainType = .pv
        r.actionsAfterShutdown = .destroy
        r.actionsAfterReboot = .destroy
        r.actionsAfterCrash = .destroy
        r.actionsAfterSoftreboot = .softReboot
        ControlDomain.setMemory(&r, bytes: observed.dom0Memory)
        let vcpus = Int64(max(1, observed.dom0.vcpus))
        r.vcpusMax = vcpus
        r.vcpusAtStartup = vcpus
        r.hvmShadowMultiplier = 1.0
        r.memoryOverhead = MemoryOverhead.bytes(staticMax: r.memoryStaticMax, vcpus: vcpus,
                                                shadowMultiplier: 1.0, domainType: .pv)
        r.metrics = dom0Metrics
        r.consoles = [rfbConsole, vt100Console]
        r.allowedOperations = AllowedOperations.controlDomain
        return r
    }

    var dom0MetricsRecord: VMMetricsRecord {
        var r = VMMetricsRecord()
        let vcpus = Int64(max(1, observed.dom0.vcpus))
        r.memoryActual = observed.dom0Memory
        r.vcpusNumber = vcpus
        // create_misc.ml mkints: utilisation keyed 1...n.
        r.vcpusUtilisation = Dictionary(uniqueKeysWithValues: (1...vcpus).map { ($0, 0.0) })
        r.startTime = XenDate(secondsSince1970: observed.facts.bootTime)
        r.installTime = nowDate
        r.lastUpdated = nowDate
        r.currentDomainType = .pv
        return r
    }

    func consoleRecord(_ proto: ConsoleProtocol, ref: Ref<ConsoleRecord>) -> ConsoleRecord {
        var r = ConsoleRecord()
        r.protocol = proto
        r.location = ControlDomain.consoleLocation(address: address, console: ref)
        r.vm = dom0
        return r
    }
}

enum ControlDomain {
    static let namePrefix = "Control domain on host: "

    static func nameLabel(hostname: String) -> String { namePrefix + hostname }

    /// dom0's console URL (dbsync_master.ml refresh_console_urls); guests use `?uuid=` instead.
    static func consoleLocation(address: String, console: Ref<ConsoleRecord>) -> String {
        address.isEmpty ? "" : "https://\(address)/console?ref=\(console.raw)"
    }

    /// squeezed's Fixed_size policy: every limit and the target at dom0's current size.
    static func setMemory(_ r: inout VMRecord, bytes: Int64) {
        r.memoryStaticMin = bytes
        r.memoryStaticMax = bytes
        r.memoryDynamicMin = bytes
        r.memoryDynamicMax = bytes
        r.memoryTarget = bytes
    }
}
