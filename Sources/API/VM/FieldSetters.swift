// The VM, VBD, VIF and network messages that xapi implements as a checked write of one field
// (xapi_vm.ml set_actions_after_crash, set_HVM_boot_policy and the like), with the coupled field
// kept in step where xapi does (HVM_boot_policy ↔ domain_type).
import Database
import Datamodel
import Wire

enum FieldSetters {
    /// `<class>.<message>` writing the value argument into `field`, after `check` on the record.
    static func setter<R: XenRecord, V: WireCodable>(_ store: ObjectStore, _ field: WritableKeyPath<R, V>,
                                                      check: (@Sendable (R) throws -> Void)? = nil,
                                                      also: (@Sendable (inout R, V) -> Void)? = nil) -> MessageHandler {
        let field = SendableKeyPath(field)
        return { call in
            let value = try V(wire: call.args[1])
            let ref = Ref<R>(call.string(0))
            try store.write { tx in
                try check?(try tx.require(ref))
                try tx.update(ref) { r in
                    r[keyPath: field.path] = value
                    also?(&r, value)
                }
            }
            return .void
        }
    }

    static func register(into table: inout [String: MessageHandler], store: ObjectStore) {
        let halted: @Sendable (VMRecord) throws -> Void = { vm in
            guard vm.powerState == .halted else {
                throw XenAPIError("VM_BAD_POWER_STATE", [vm.uuid, "halted", vm.powerState.rawValue.lowercased()])
            }
        }
        table["VM.set_actions_after_crash"] = setter(store, \VMRecord.actionsAfterCrash)
        table["VM.set_HVM_boot_policy"] = setter(store, \VMRecord.hvmBootPolicy, also: { vm, policy in
            vm.domainType = policy.isEmpty ? .pv : .hvm
        })
        table["VM.set_domain_type"] = setter(store, \VMRecord.domainType, check: halted, also: { vm, type in
            vm.hvmBootPolicy = type == .hvm ? "BIOS order" : ""
        })
        table["VM.set_has_vendor_device"] = setter(store, \VMRecord.hasVendorDevice, check: halted)
        table["VM.set_HVM_shadow_multiplier"] = setter(store, \VMRecord.hvmShadowMultiplier, check: halted)
        table["VM.set_bios_strings"] = setter(store, \VMRecord.biosStrings, check: halted)
        table["VM.set_order"] = setter(store, \VMRecord.order)
        table["VM.set_start_delay"] = setter(store, \VMRecord.startDelay)
        table["VM.set_shutdown_delay"] = setter(store, \VMRecord.shutdownDelay)
        table["VM.set_ha_restart_priority"] = setter(store, \VMRecord.haRestartPriority)
        table["VM.set_ha_always_run"] = setter(store, \VMRecord.haAlwaysRun)
        table["VM.set_suspend_VDI"] = setter(store, \VMRecord.suspendVDI)
        table["VM.set_NVRAM"] = setter(store, \VMRecord.nvram, check: halted)
        table["VBD.set_mode"] = setter(store, \VBDRecord.mode, check: { vbd in
            if vbd.currentlyAttached { throw XenAPIError("OPERATION_NOT_ALLOWED", ["VBD currently attached"]) }
        })
    }
}

/// Key paths into records are immutable values; Swift 6.0 does not yet call them Sendable.
private struct SendableKeyPath<R, V>: @unchecked Sendable {
    let path: WritableKeyPath<R, V>
    init(_ path: WritableKeyPath<R, V>) { self.path = path }
}
