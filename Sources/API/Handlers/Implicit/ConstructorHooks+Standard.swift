// The side effects xapi's hand-written constructors add to the generic create.
import Database
import Datamodel
import Wire

extension ConstructorHooks {
    static let standard: ConstructorHooks = {
        var hooks = ConstructorHooks()
        // Xapi_vm.create: every VM gets a mac_seed, from which its VIFs' MACs derive.
        hooks.create[VMRecord.className] = { record, _ in
            guard var vm = record as? VMRecord else { return }
            if vm.otherConfig["mac_seed"] == nil { vm.otherConfig["mac_seed"] = UUID.random() }
            record = vm
        }
        // console.create/destroy are not implemented in xapi either (api_server_common.ml).
        hooks.create[ConsoleRecord.className] = { _, _ in throw XenAPIError.notImplemented("Console.create") }
        hooks.destroy[ConsoleRecord.className] = { _, _ in throw XenAPIError.notImplemented("Console.destroy") }
        return hooks
    }()
}
