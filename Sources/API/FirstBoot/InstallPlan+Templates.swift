// The default templates as VM records: the catalog's data, Halted, is_a_template and
// is_default_template, a per-install mac_seed (the template tool generates one per template,
// guesttemplates/blank_template.py OtherConfig), a VM_metrics each (xapi keeps one per VM,
// dbsync_master.ml ensure_vm_metrics_records_exist), and xapi's memory overhead.
import Datamodel
import Wire

extension InstallPlan {
    func templateRecord(_ t: TemplateSpec, metrics: Ref<VMMetricsRecord>) -> VMRecord {
        var r = VMRecord()
        r.uuid = t.uuid
        r.referenceLabel = t.referenceLabel
        r.nameLabel = t.nameLabel
        r.nameDescription = t.nameDescription
        r.powerState = .halted
        r.userVersion = 1
        r.isATemplate = true
        r.isDefaultTemplate = true
        r.memoryStaticMin = t.memoryStaticMin
        r.memoryStaticMax = t.memoryStaticMax
        r.memoryDynamicMin = t.memoryDynamicMin
        r.memoryDynamicMax = t.memoryDynamicMax
        r.vcpusMax = t.vcpusMax
        r.vcpusAtStartup = t.vcpusAtStartup
        r.actionsAfterShutdown = .destroy
        r.actionsAfterReboot = .restart
        r.actionsAfterCrash = .restart
        r.pvBootloader = t.pvBootloader
        r.pvArgs = t.pvArgs
        r.hvmBootPolicy = t.hvmBootPolicy
        r.hvmBootParams = t.hvmBootParams
        r.hvmShadowMultiplier = t.hvmShadowMultiplier
        r.platform = t.platform
        var otherConfig = t.otherConfig
        otherConfig["mac_seed"] = UUID.random()
        r.otherConfig = otherConfig
        r.recommendations = t.recommendations
        r.generationID = t.generationID
        r.domid = -1
        r.domainType = t.isHVM ? .hvm : .pv
        r.metrics = metrics
        r.memoryOverhead = MemoryOverhead.bytes(staticMax: t.memoryStaticMax, vcpus: t.vcpusMax,
                                                shadowMultiplier: t.hvmShadowMultiplier, domainType: r.domainType)
        r.allowedOperations = AllowedOperations.defaultTemplate
        return r
    }
}
