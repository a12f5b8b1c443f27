// The allowed_operations first boot writes for what it creates, following xapi's rules for those
// exact states; the lifecycle code recomputes them as objects change.
// VM: ocaml/xapi/xapi_vm_lifecycle.ml (allowed power states, check_template, the control-domain
// exceptions, the update_allowed_operations ignore list). SR: ocaml/xapi/xapi_sr_operations.ml
// (sm_cap_table, attached-PBD and tools-SR rules). Host: xapi_host_helpers.ml valid_operations.
import Datamodel

enum AllowedOperations {
    /// A Halted default template: changing_* (those not ignored), clone, copy, export,
    /// metadata_export, provision; destroy and migrate_send are refused for default templates.
    static let defaultTemplate: [VMOperations] = inEnumOrder([
        .clone, .copy, .provision, .changingDynamicRange, .changingStaticRange, .changingShadowMemory,
        .changingNVRAM, .export, .metadataExport,
    ])

    /// dom0, Running: only what a control domain may do while running (destroy is refused on dom0;
    /// changing_VCPUs and changing_memory_limits are in the ignore list).
    static let controlDomain: [VMOperations] = inEnumOrder([
        .changingDynamicRange, .changingStaticRange, .metadataExport,
    ])

    private static func inEnumOrder(_ ops: Set<VMOperations>) -> [VMOperations] {
        VMOperations.allCases.filter { ops.contains($0) }
    }

    /// An enabled, live host with nothing in progress (reboot/shutdown need it disabled; power_on
    /// needs it down).
    static let enabledHost: [HostAllowedOperations] = [.provision, .evacuate, .vmStart, .vmResume, .vmMigrate]

    /// The SR operations xapi considers (xapi_sr_operations.ml all_ops, less vdi_revert which this
    /// datamodel lacks) → the SM capability each needs.
    private static let needs: [StorageOperations: String] = [
        .vdiCreate: "VDI_CREATE", .vdiDestroy: "VDI_DELETE", .vdiResize: "VDI_RESIZE",
        .vdiIntroduce: "VDI_INTRODUCE", .vdiMirror: "VDI_MIRROR", .vdiEnableCBT: "VDI_CONFIGURE_CBT",
        .vdiDisableCBT: "VDI_CONFIGURE_CBT", .vdiDataDestroy: "VDI_CONFIGURE_CBT",
        .vdiListChangedBlocks: "VDI_CONFIGURE_CBT", .vdiSetOnBoot: "VDI_RESET_ON_BOOT",
        .update: "SR_UPDATE", .vdiSnapshot: "VDI_SNAPSHOT",
    ]

    /// An SR with one attached PBD, no VDIs and nothing in progress.
    static func sr(capabilities: [String], isToolsSR: Bool) -> [StorageOperations] {
        var caps = Set(capabilities)
        if isToolsSR { caps.subtract(["VDI_CREATE", "VDI_DELETE"]) }
        return StorageOperations.allCases.filter { op in
            if op == .destroy || op == .forget { return false }  // SR_HAS_PBD
            if let needed = needs[op] { return caps.contains(needed) }
            return true
        }
    }
}
