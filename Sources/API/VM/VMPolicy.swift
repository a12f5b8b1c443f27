// Which VM operations may start now, and xapi's error when one may not
// (xapi_vm_lifecycle.ml check_operation_error; notes/xapi-semantics.md §6.1 for the table and the
// order of the checks). allowed_operations lists every operation but xapi's ignore list.
import Database
import Datamodel
import Wire

struct VMPolicy: OperationPolicy {
    var currentOperations: WritableKeyPath<VMRecord, [String: VMOperations]> { \.currentOperations }
    var allowedOperations: WritableKeyPath<VMRecord, [VMOperations]> { \.allowedOperations }

    /// update_allowed_operations' ignore list.
    static let ignored: Set<VMOperations> = [
        .createTemplate, .powerStateReset, .csvm, .getBootRecord, .sendSysrq, .sendTrigger, .queryServices, .shutdown,
        .callPlugin, .changingMemoryLive, .awaitingMemoryLive, .changingMemoryLimits, .changingShadowMemoryLive,
        .changingVCPUs, .assertOperationValid, .dataSourceOp, .updateAllowedOperations, .import, .reverting,
    ]
    let listedOperations = VMOperations.allCases.filter { !VMPolicy.ignored.contains($0) }

    /// allowed_power_states.
    static func powerStates(_ op: VMOperations, _ vm: VMRecord) -> [VMPowerState] {
        switch op {
        case .import: []
        case .start, .startOn, .provision, .makeIntoTemplate, .changingShadowMemory, .changingNVRAM, .createVTPM:
            [.halted]
        case .changingVCPUs, .changingStaticRange, .changingMemoryLimits:
            vm.isControlDomain ? [.halted, .running] : [.halted]
        case .unpause: [.paused]
        case .resume, .resumeOn, .csvm: [.suspended]
        case .pause, .suspend, .cleanShutdown, .cleanReboot, .poolMigrate, .snapshotWithQuiesce, .sendSysrq,
             .sendTrigger, .callPlugin, .changingMemoryLive, .changingShadowMemoryLive, .changingVCPUsLive,
             .awaitingMemoryLive, .dataSourceOp:
            [.running]
        case .changingDynamicRange: [.halted, .running]
        case .clone, .copy: vm.isASnapshot ? [.halted, .suspended] : [.halted]
        case .destroy, .export, .createTemplate: [.halted, .suspended]
        case .hardReboot: [.paused, .running]
        case .hardShutdown, .shutdown, .checkpoint, .getBootRecord: [.paused, .suspended, .running]
        case .migrateSend: [.halted, .suspended, .running]
        case .snapshot, .revert, .metadataExport, .powerStateReset, .queryServices, .assertOperationValid,
             .updateAllowedOperations, .reverting:
            [.halted, .paused, .running, .suspended]
        }
    }

    /// is_allowed_concurrently: long copies together, snapshots together, boot records together,
    /// hard_shutdown always, hard_reboot unless a hard operation runs, and a few state-machine pairs.
    static func allowedConcurrently(_ op: VMOperations, with current: [VMOperations]) -> Bool {
        func together(_ group: Set<VMOperations>) -> Bool { group.contains(op) && current.allSatisfy(group.contains) }
        if together([.clone, .copy, .export]) || together([.snapshot, .checkpoint]) || together([.getBootRecord]) {
            return true
        }
        switch op {
        case .hardShutdown: return true
        case .hardReboot: return !current.contains { $0 == .hardShutdown || $0 == .hardReboot }
        default: break
        }
        let pairs: [(VMOperations, VMOperations)] = [
            (.snapshotWithQuiesce, .snapshot), (.migrateSend, .metadataExport), (.migrateSend, .cleanShutdown),
            (.migrateSend, .cleanReboot), (.migrateSend, .start), (.migrateSend, .startOn),
        ]
        return current.count == 1 && pairs.contains { $0.0 == current[0] && $0.1 == op }
    }

    static let templateOperations: Set<VMOperations> = [
        .changingDynamicRange, .changingStaticRange, .changingMemoryLimits, .changingShadowMemory, .changingVCPUs,
        .changingNVRAM, .clone, .copy, .export, .metadataExport, .provision,
    ]
    static let snapshotOperations: Set<VMOperations> = [
        .revert, .clone, .copy, .export, .destroy, .hardShutdown, .metadataExport,
    ]
    static let controlDomainOperations: Set<VMOperations> = [
        .dataSourceOp, .changingMemoryLive, .awaitingMemoryLive, .metadataExport, .changingDynamicRange,
        .changingMemoryLimits, .changingStaticRange, .start, .changingVCPUs, .destroy,
    ]
    /// Operations an HVM guest can only do with its PV drivers up (need_pv_drivers_check).
    static let needPVDrivers: Set<VMOperations> = [.cleanShutdown, .cleanReboot, .changingVCPUsLive]

    func check<D: ObjectReader>(_ op: VMOperations, ref: Ref<VMRecord>, record vm: VMRecord, in db: D) -> XenAPIError? {
        let r = ref.raw
        if let reason = vm.blockedOperations[op] { return XenAPIError("OPERATION_BLOCKED", [r, reason]) }
        let states = Self.powerStates(op, vm)
        if !states.contains(vm.powerState) {
            return XenAPIError("VM_BAD_POWER_STATE", [r, states.map { $0.rawValue.lowercased() }.joined(separator: ", "),
                                                       vm.powerState.rawValue.lowercased()])
        }
        let current = vm.currentOperations.sorted { $0.key < $1.key }.map(\.value)
        if !current.isEmpty && !Self.allowedConcurrently(op, with: current) {
            return otherOperationInProgress(ref, vm)
        }
        if vm.isATemplate && !vm.isASnapshot {
            let defaultTemplate = vm.otherConfig["default_template"] == "true"
            if !Self.templateOperations.contains(op) && !((op == .destroy || op == .migrateSend) && !defaultTemplate) {
                return XenAPIError("VM_IS_TEMPLATE", [r, op.rawValue])
            }
        }
        if vm.isASnapshot && !Self.snapshotOperations.contains(op) { return XenAPIError("VM_IS_SNAPSHOT", [r, op.rawValue]) }
        if op == .provision && !vm.isATemplate { return XenAPIError("ONLY_PROVISION_TEMPLATE") }
        if op == .revert && !vm.isASnapshot { return XenAPIError("ONLY_REVERT_SNAPSHOT") }
        if vm.isControlDomain {
            if (op == .changingVCPUs || op == .destroy) && vm.domid == 0 {
                return XenAPIError("OPERATION_NOT_ALLOWED", ["This operation is not allowed on dom0"])
            }
            if !Self.controlDomainOperations.contains(op) {
                return XenAPIError("OPERATION_NOT_ALLOWED", ["This operation is not allowed on a control domain"])
            }
        }
        let guest = db.get(vm.guestMetrics)
        if vm.powerState == .running && Self.needPVDrivers.contains(op) && Self.hasBootedHVM(vm, in: db)
            && !Self.hasPVDrivers(guest) {
            return XenAPIError("VM_MISSING_PV_DRIVERS", [r])
        }
        if op == .snapshotWithQuiesce
            && !(guest.map { $0.other["feature-quiesce"] != nil || $0.other["feature-snapshot"] != nil } ?? false) {
            return XenAPIError("VM_SNAPSHOT_WITH_QUIESCE_NOT_SUPPORTED", [r])
        }
        if !vm.attachedPCIs.isEmpty && [.suspend, .checkpoint, .poolMigrate].contains(op) {
            return XenAPIError("VM_HAS_PCI_ATTACHED", [r])
        }
        if op == .makeIntoTemplate {
            if db.get(vm.appliance) != nil { return XenAPIError("VM_IS_PART_OF_AN_APPLIANCE", [r, vm.appliance.raw]) }
            if db.get(vm.protectionPolicy) != nil {
                return XenAPIError("VM_ASSIGNED_TO_PROTECTION_POLICY", [r, vm.protectionPolicy.raw])
            }
        }
        if op == .queryServices && vm.otherConfig["is_system_domain"] != "true" { return XenAPIError("NOT_SYSTEM_DOMAIN", [r]) }
        return nil
    }

    /// The VM's VBDs and VIFs: their plug/unplug rules read the VM's power state.
    func dependents<D: ObjectReader>(ref: Ref<VMRecord>, record: VMRecord, in db: D) -> [String] {
        record.vbds.map(\.raw) + record.vifs.map(\.raw)
    }

    /// has_booted_hvm: the running domain was built as HVM (VM_metrics.hvm).
    static func hasBootedHVM<D: ObjectReader>(_ vm: VMRecord, in db: D) -> Bool {
        vm.powerState != .halted && (db.get(vm.metrics)?.hvm ?? false)
    }

    /// The guest reports PV drivers (a version, or connected devices).
    static func hasPVDrivers(_ guest: VMGuestMetricsRecord?) -> Bool {
        guard let guest else { return false }
        return guest.pvDriversDetected || guest.pvDriversVersion["major"] != nil
    }
}
