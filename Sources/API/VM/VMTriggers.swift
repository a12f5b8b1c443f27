// VM.send_sysrq and VM.send_trigger on a running VM: the key goes to the guest kernel through
// `control/sysrq`, the trigger (nmi, power, sleep; Xen also names reset and init, which x86 does
// not deliver) through the hypervisor. xapi itself answers NOT_IMPLEMENTED for both; this does
// what the datamodel documents, as xenopsd's Domain.sysrq and xc_domain_send_trigger do.
import Database
import Datamodel
import Hypervisor
import Wire

extension VMService {
    /// INVALID_VALUE ["key"; key] unless the key is a single character.
    func sendSysrq(_ ref: Ref<VMRecord>, key: String, task: TaskHandle?) throws {
        let hv = try hypervisor("VM.send_sysrq")
        try operations.run(vmPolicy, ref, .sendSysrq, task: task?.ref) {
            guard key.count == 1, let character = key.first else { throw XenAPIError("INVALID_VALUE", ["key", key]) }
            let vm = try record(ref)
            do {
                try hv.domains.sendSysrq(try domid(of: vm, ref: ref), key: character)
            } catch {
                throw HypervisorErrors.map(error, vm: ref.raw)
            }
        }
    }

    /// INVALID_VALUE ["trigger"; name] for an unknown trigger, VM_HVM_REQUIRED [vm] for an ACPI
    /// button on a PV domain.
    func sendTrigger(_ ref: Ref<VMRecord>, trigger name: String, task: TaskHandle?) throws {
        let hv = try hypervisor("VM.send_trigger")
        try operations.run(vmPolicy, ref, .sendTrigger, task: task?.ref) {
            guard let trigger = DomainTrigger(name: name) else { throw XenAPIError("INVALID_VALUE", ["trigger", name]) }
            let vm = try record(ref)
            let domid = try domid(of: vm, ref: ref)
            do {
                if trigger.needsHVM, try hv.domains.status(domid)?.isHVM != true {
                    throw XenAPIError("VM_HVM_REQUIRED", [ref.raw])
                }
                try hv.domains.sendTrigger(domid, trigger)
            } catch {
                throw HypervisorErrors.map(error, vm: ref.raw)
            }
        }
    }
}
