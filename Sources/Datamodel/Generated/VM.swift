// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VMRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var allowedOperations: [VMOperations]
    public var currentOperations: [String: VMOperations]
    public var nameLabel: String
    public var nameDescription: String
    public var powerState: VMPowerState
    public var userVersion: Int64
    public var isATemplate: Bool
    public var isDefaultTemplate: Bool
    public var suspendVDI: Ref<VDIRecord>
    public var residentOn: Ref<HostRecord>
    public var scheduledToBeResidentOn: Ref<HostRecord>
    public var affinity: Ref<HostRecord>
    public var memoryOverhead: Int64
    public var memoryTarget: Int64
    public var memoryStaticMax: Int64
    public var memoryDynamicMax: Int64
    public var memoryDynamicMin: Int64
    public var memoryStaticMin: Int64
    public var vcpusParams: [String: String]
    public var vcpusMax: Int64
    public var vcpusAtStartup: Int64
    public var actionsAfterSoftreboot: OnSoftrebootBehavior
    public var actionsAfterShutdown: OnNormalExit
    public var actionsAfterReboot: OnNormalExit
    public var actionsAfterCrash: OnCrashBehaviour
    public var consoles: [Ref<ConsoleRecord>]
    public var vifs: [Ref<VIFRecord>]
    public var vbds: [Ref<VBDRecord>]
    public var vusbs: [Ref<VUSBRecord>]
    public var crashDumps: [Ref<CrashdumpRecord>]
    public var vtpms: [Ref<VTPMRecord>]
    public var pvBootloader: String
    public var pvKernel: String
    public var pvRamdisk: String
    public var pvArgs: String
    public var pvBootloaderArgs: String
    public var pvLegacyArgs: String
    public var hvmBootPolicy: String
    public var hvmBootParams: [String: String]
    public var hvmShadowMultiplier: Double
    public var platform: [String: String]
    public var pciBus: String
    public var otherConfig: [String: String]
    public var domid: Int64
    public var domarch: String
    public var lastBootCPUFlags: [String: String]
    public var isControlDomain: Bool
    public var metrics: Ref<VMMetricsRecord>
    public var guestMetrics: Ref<VMGuestMetricsRecord>
    public var lastBootedRecord: String
    public var recommendations: String
    public var xenstoreData: [String: String]
    public var haAlwaysRun: Bool
    public var haRestartPriority: String
    public var isASnapshot: Bool
    public var snapshotOf: Ref<VMRecord>
    public var snapshots: [Ref<VMRecord>]
    public var snapshotTime: XenDate
    public var transportableSnapshotID: String
    public var blobs: [String: Ref<BlobRecord>]
    public var tags: [String]
    public var blockedOperations: [VMOperations: String]
    public var snapshotInfo: [String: String]
    public var snapshotMetadata: String
    public var parent: Ref<VMRecord>
    public var children: [Ref<VMRecord>]
    public var biosStrings: [String: String]
    public var protectionPolicy: Ref<VMPPRecord>
    public var isSnapshotFromVMPP: Bool
    public var snapshotSchedule: Ref<VMSSRecord>
    public var isVMSSSnapshot: Bool
    public var appliance: Ref<VMApplianceRecord>
    public var startDelay: Int64
    public var shutdownDelay: Int64
    public var order: Int64
    public var vgpus: [Ref<VGPURecord>]
    public var attachedPCIs: [Ref<PCIRecord>]
    public var suspendSR: Ref<SRRecord>
    public var version: Int64
    public var generationID: String
    public var hardwarePlatformVersion: Int64
    public var hasVendorDevice: Bool
    public var requiresReboot: Bool
    public var referenceLabel: String
    public var domainType: DomainType
    public var nvram: [String: String]
    public var pendingGuidances: [UpdateGuidances]
    public var pendingGuidancesRecommended: [UpdateGuidances]
    public var pendingGuidancesFull: [UpdateGuidances]

    public init() {
        self.uuid = ""
        self.allowedOperations = []
        self.currentOperations = [:]
        self.nameLabel = ""
        self.nameDescription = ""
        self.powerState = .halted
        self.userVersion = 0
        self.isATemplate = false
        self.isDefaultTemplate = false
        self.suspendVDI = .null
        self.residentOn = .null
        self.scheduledToBeResidentOn = .null
        self.affinity = .null
        self.memoryOverhead = 0
        self.memoryTarget = 0
        self.memoryStaticMax = 0
        self.memoryDynamicMax = 0
        self.memoryDynamicMin = 0
        self.memoryStaticMin = 0
        self.vcpusParams = [:]
        self.vcpusMax = 0
        self.vcpusAtStartup = 0
        self.actionsAfterSoftreboot = .softReboot
        self.actionsAfterShutdown = .destroy
        self.actionsAfterReboot = .destroy
        self.actionsAfterCrash = .destroy
        self.consoles = []
        self.vifs = []
        self.vbds = []
        self.vusbs = []
        self.crashDumps = []
        self.vtpms = []
        self.pvBootloader = ""
        self.pvKernel = ""
        self.pvRamdisk = ""
        self.pvArgs = ""
        self.pvBootloaderArgs = ""
        self.pvLegacyArgs = ""
        self.hvmBootPolicy = ""
        self.hvmBootParams = [:]
        self.hvmShadowMultiplier = 1.0
        self.platform = [:]
        self.pciBus = ""
        self.otherConfig = [:]
        self.domid = 0
        self.domarch = ""
        self.lastBootCPUFlags = [:]
        self.isControlDomain = false
        self.metrics = .null
        self.guestMetrics = .null
        self.lastBootedRecord = ""
        self.recommendations = ""
        self.xenstoreData = [:]
        self.haAlwaysRun = false
        self.haRestartPriority = ""
        self.isASnapshot = false
        self.snapshotOf = .null
        self.snapshots = []
        self.snapshotTime = XenDate(secondsSince1970: 0)
        self.transportableSnapshotID = ""
        self.blobs = [:]
        self.tags = []
        self.blockedOperations = [:]
        self.snapshotInfo = [:]
        self.snapshotMetadata = ""
        self.parent = .null
        self.children = []
        self.biosStrings = [:]
        self.protectionPolicy = .null
        self.isSnapshotFromVMPP = false
        self.snapshotSchedule = .null
        self.isVMSSSnapshot = false
        self.appliance = .null
        self.startDelay = 0
        self.shutdownDelay = 0
        self.order = 0
        self.vgpus = []
        self.attachedPCIs = []
        self.suspendSR = .null
        self.version = 0
        self.generationID = "0:0"
        self.hardwarePlatformVersion = 0
        self.hasVendorDevice = false
        self.requiresReboot = false
        self.referenceLabel = ""
        self.domainType = .unspecified
        self.nvram = [:]
        self.pendingGuidances = []
        self.pendingGuidancesRecommended = []
        self.pendingGuidancesFull = []
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.allowedOperations.wire
        case 2: return self.currentOperations.wire
        case 3: return self.nameLabel.wire
        case 4: return self.nameDescription.wire
        case 5: return self.powerState.wire
        case 6: return self.userVersion.wire
        case 7: return self.isATemplate.wire
        case 8: return self.isDefaultTemplate.wire
        case 9: return self.suspendVDI.wire
        case 10: return self.residentOn.wire
        case 11: return self.scheduledToBeResidentOn.wire
        case 12: return self.affinity.wire
        case 13: return self.memoryOverhead.wire
        case 14: return self.memoryTarget.wire
        case 15: return self.memoryStaticMax.wire
        case 16: return self.memoryDynamicMax.wire
        case 17: return self.memoryDynamicMin.wire
        case 18: return self.memoryStaticMin.wire
        case 19: return self.vcpusParams.wire
        case 20: return self.vcpusMax.wire
        case 21: return self.vcpusAtStartup.wire
        case 22: return self.actionsAfterSoftreboot.wire
        case 23: return self.actionsAfterShutdown.wire
        case 24: return self.actionsAfterReboot.wire
        case 25: return self.actionsAfterCrash.wire
        case 26: return self.consoles.wire
        case 27: return self.vifs.wire
        case 28: return self.vbds.wire
        case 29: return self.vusbs.wire
        case 30: return self.crashDumps.wire
        case 31: return self.vtpms.wire
        case 32: return self.pvBootloader.wire
        case 33: return self.pvKernel.wire
        case 34: return self.pvRamdisk.wire
        case 35: return self.pvArgs.wire
        case 36: return self.pvBootloaderArgs.wire
        case 37: return self.pvLegacyArgs.wire
        case 38: return self.hvmBootPolicy.wire
        case 39: return self.hvmBootParams.wire
        case 40: return self.hvmShadowMultiplier.wire
        case 41: return self.platform.wire
        case 42: return self.pciBus.wire
        case 43: return self.otherConfig.wire
        case 44: return self.domid.wire
        case 45: return self.domarch.wire
        case 46: return self.lastBootCPUFlags.wire
        case 47: return self.isControlDomain.wire
        case 48: return self.metrics.wire
        case 49: return self.guestMetrics.wire
        case 50: return self.lastBootedRecord.wire
        case 51: return self.recommendations.wire
        case 52: return self.xenstoreData.wire
        case 53: return self.haAlwaysRun.wire
        case 54: return self.haRestartPriority.wire
        case 55: return self.isASnapshot.wire
        case 56: return self.snapshotOf.wire
        case 57: return self.snapshots.wire
        case 58: return self.snapshotTime.wire
        case 59: return self.transportableSnapshotID.wire
        case 60: return self.blobs.wire
        case 61: return self.tags.wire
        case 62: return self.blockedOperations.wire
        case 63: return self.snapshotInfo.wire
        case 64: return self.snapshotMetadata.wire
        case 65: return self.parent.wire
        case 66: return self.children.wire
        case 67: return self.biosStrings.wire
        case 68: return self.protectionPolicy.wire
        case 69: return self.isSnapshotFromVMPP.wire
        case 70: return self.snapshotSchedule.wire
        case 71: return self.isVMSSSnapshot.wire
        case 72: return self.appliance.wire
        case 73: return self.startDelay.wire
        case 74: return self.shutdownDelay.wire
        case 75: return self.order.wire
        case 76: return self.vgpus.wire
        case 77: return self.attachedPCIs.wire
        case 78: return self.suspendSR.wire
        case 79: return self.version.wire
        case 80: return self.generationID.wire
        case 81: return self.hardwarePlatformVersion.wire
        case 82: return self.hasVendorDevice.wire
        case 83: return self.requiresReboot.wire
        case 84: return self.referenceLabel.wire
        case 85: return self.domainType.wire
        case 86: return self.nvram.wire
        case 87: return self.pendingGuidances.wire
        case 88: return self.pendingGuidancesRecommended.wire
        case 89: return self.pendingGuidancesFull.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.allowedOperations = try [VMOperations](wire: value)
        case 2: self.currentOperations = try [String: VMOperations](wire: value)
        case 3: self.nameLabel = try String(wire: value)
        case 4: self.nameDescription = try String(wire: value)
        case 5: self.powerState = try VMPowerState(wire: value)
        case 6: self.userVersion = try Int64(wire: value)
        case 7: self.isATemplate = try Bool(wire: value)
        case 8: self.isDefaultTemplate = try Bool(wire: value)
        case 9: self.suspendVDI = try Ref<VDIRecord>(wire: value)
        case 10: self.residentOn = try Ref<HostRecord>(wire: value)
        case 11: self.scheduledToBeResidentOn = try Ref<HostRecord>(wire: value)
        case 12: self.affinity = try Ref<HostRecord>(wire: value)
        case 13: self.memoryOverhead = try Int64(wire: value)
        case 14: self.memoryTarget = try Int64(wire: value)
        case 15: self.memoryStaticMax = try Int64(wire: value)
        case 16: self.memoryDynamicMax = try Int64(wire: value)
        case 17: self.memoryDynamicMin = try Int64(wire: value)
        case 18: self.memoryStaticMin = try Int64(wire: value)
        case 19: self.vcpusParams = try [String: String](wire: value)
        case 20: self.vcpusMax = try Int64(wire: value)
        case 21: self.vcpusAtStartup = try Int64(wire: value)
        case 22: self.actionsAfterSoftreboot = try OnSoftrebootBehavior(wire: value)
        case 23: self.actionsAfterShutdown = try OnNormalExit(wire: value)
        case 24: self.actionsAfterReboot = try OnNormalExit(wire: value)
        case 25: self.actionsAfterCrash = try OnCrashBehaviour(wire: value)
        case 26: self.consoles = try [Ref<ConsoleRecord>](wire: value)
        case 27: self.vifs = try [Ref<VIFRecord>](wire: value)
        case 28: self.vbds = try [Ref<VBDRecord>](wire: value)
        case 29: self.vusbs = try [Ref<VUSBRecord>](wire: value)
        case 30: self.crashDumps = try [Ref<CrashdumpRecord>](wire: value)
        case 31: self.vtpms = try [Ref<VTPMRecord>](wire: value)
        case 32: self.pvBootloader = try String(wire: value)
        case 33: self.pvKernel = try String(wire: value)
        case 34: self.pvRamdisk = try String(wire: value)
        case 35: self.pvArgs = try String(wire: value)
        case 36: self.pvBootloaderArgs = try String(wire: value)
        case 37: self.pvLegacyArgs = try String(wire: value)
        case 38: self.hvmBootPolicy = try String(wire: value)
        case 39: self.hvmBootParams = try [String: String](wire: value)
        case 40: self.hvmShadowMultiplier = try Double(wire: value)
        case 41: self.platform = try [String: String](wire: value)
        case 42: self.pciBus = try String(wire: value)
        case 43: self.otherConfig = try [String: String](wire: value)
        case 44: self.domid = try Int64(wire: value)
        case 45: self.domarch = try String(wire: value)
        case 46: self.lastBootCPUFlags = try [String: String](wire: value)
        case 47: self.isControlDomain = try Bool(wire: value)
        case 48: self.metrics = try Ref<VMMetricsRecord>(wire: value)
        case 49: self.guestMetrics = try Ref<VMGuestMetricsRecord>(wire: value)
        case 50: self.lastBootedRecord = try String(wire: value)
        case 51: self.recommendations = try String(wire: value)
        case 52: self.xenstoreData = try [String: String](wire: value)
        case 53: self.haAlwaysRun = try Bool(wire: value)
        case 54: self.haRestartPriority = try String(wire: value)
        case 55: self.isASnapshot = try Bool(wire: value)
        case 56: self.snapshotOf = try Ref<VMRecord>(wire: value)
        case 57: self.snapshots = try [Ref<VMRecord>](wire: value)
        case 58: self.snapshotTime = try XenDate(wire: value)
        case 59: self.transportableSnapshotID = try String(wire: value)
        case 60: self.blobs = try [String: Ref<BlobRecord>](wire: value)
        case 61: self.tags = try [String](wire: value)
        case 62: self.blockedOperations = try [VMOperations: String](wire: value)
        case 63: self.snapshotInfo = try [String: String](wire: value)
        case 64: self.snapshotMetadata = try String(wire: value)
        case 65: self.parent = try Ref<VMRecord>(wire: value)
        case 66: self.children = try [Ref<VMRecord>](wire: value)
        case 67: self.biosStrings = try [String: String](wire: value)
        case 68: self.protectionPolicy = try Ref<VMPPRecord>(wire: value)
        case 69: self.isSnapshotFromVMPP = try Bool(wire: value)
        case 70: self.snapshotSchedule = try Ref<VMSSRecord>(wire: value)
        case 71: self.isVMSSSnapshot = try Bool(wire: value)
        case 72: self.appliance = try Ref<VMApplianceRecord>(wire: value)
        case 73: self.startDelay = try Int64(wire: value)
        case 74: self.shutdownDelay = try Int64(wire: value)
        case 75: self.order = try Int64(wire: value)
        case 76: self.vgpus = try [Ref<VGPURecord>](wire: value)
        case 77: self.attachedPCIs = try [Ref<PCIRecord>](wire: value)
        case 78: self.suspendSR = try Ref<SRRecord>(wire: value)
        case 79: self.version = try Int64(wire: value)
        case 80: self.generationID = try String(wire: value)
        case 81: self.hardwarePlatformVersion = try Int64(wire: value)
        case 82: self.hasVendorDevice = try Bool(wire: value)
        case 83: self.requiresReboot = try Bool(wire: value)
        case 84: self.referenceLabel = try String(wire: value)
        case 85: self.domainType = try DomainType(wire: value)
        case 86: self.nvram = try [String: String](wire: value)
        case 87: self.pendingGuidances = try [UpdateGuidances](wire: value)
        case 88: self.pendingGuidancesRecommended = try [UpdateGuidances](wire: value)
        case 89: self.pendingGuidancesFull = try [UpdateGuidances](wire: value)
        default: throw XenAPIError.internalError("VM has no field \(index)")
        }
    }
}

extension VMRecord {
    public static let spec = ClassSpec(
        name: "VM",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "rio",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(90)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "allowed_operations", type: .set(.enumeration("vm_operations")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "rio"))
        fields.append(FieldSpec(
            name: "current_operations", type: .map(.string, .enumeration("vm_operations")),
            qualifier: .roRuntime, defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "power_state", type: .enumeration("vm_power_state"), qualifier: .roConstructor,
            defaultValue: .string("Halted"), release: "rio"))
        fields.append(FieldSpec(
            name: "user_version", type: .int, qualifier: .rw, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "is_a_template", type: .bool, qualifier: .rw, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "is_default_template", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "falcon"))
        fields.append(FieldSpec(
            name: "suspend_VDI", type: .ref("VDI"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "rio"))
        fields.append(FieldSpec(
            name: "resident_on", type: .ref("host"), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "scheduled_to_be_resident_on", type: .ref("host"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "rio"))
        fields.append(FieldSpec(
            name: "affinity", type: .ref("host"), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "memory_overhead", type: .int, qualifier: .roRuntime, defaultValue: .int(0),
            release: "rio"))
        fields.append(FieldSpec(
            name: "memory_target", type: .int, qualifier: .roConstructor, defaultValue: .int(0),
            release: "rio"))
        fields.append(FieldSpec(
            name: "memory_static_max", type: .int, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "memory_dynamic_max", type: .int, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "memory_dynamic_min", type: .int, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "memory_static_min", type: .int, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "VCPUs_params", type: .map(.string, .string), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "VCPUs_max", type: .int, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "VCPUs_at_startup", type: .int, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "actions_after_softreboot", type: .enumeration("on_softreboot_behavior"),
            qualifier: .rw, defaultValue: .string("soft_reboot"), release: "23.1.0"))
        fields.append(FieldSpec(
            name: "actions_after_shutdown", type: .enumeration("on_normal_exit"), qualifier: .rw,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "actions_after_reboot", type: .enumeration("on_normal_exit"), qualifier: .rw,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "actions_after_crash", type: .enumeration("on_crash_behaviour"),
            qualifier: .roConstructor, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "consoles", type: .set(.ref("console")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "VIFs", type: .set(.ref("VIF")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "VBDs", type: .set(.ref("VBD")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "VUSBs", type: .set(.ref("VUSB")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "crash_dumps", type: .set(.ref("crashdump")), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "VTPMs", type: .set(.ref("VTPM")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "PV_bootloader", type: .string, qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "PV_kernel", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "PV_ramdisk", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "PV_args", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "PV_bootloader_args", type: .string, qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "PV_legacy_args", type: .string, qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "HVM_boot_policy", type: .string, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "HVM_boot_params", type: .map(.string, .string), qualifier: .rw,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "HVM_shadow_multiplier", type: .float, qualifier: .roConstructor,
            defaultValue: .double(1.0), release: "miami"))
        fields.append(FieldSpec(
            name: "platform", type: .map(.string, .string), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "PCI_bus", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "domid", type: .int, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "domarch", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "last_boot_CPU_flags", type: .map(.string, .string), qualifier: .roConstructor,
            defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "is_control_domain", type: .bool, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "metrics", type: .ref("VM_metrics"), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "guest_metrics", type: .ref("VM_guest_metrics"), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "last_booted_record", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "miami"))
        fields.append(FieldSpec(
            name: "recommendations", type: .string, qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "xenstore_data", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        fields.append(FieldSpec(
            name: "ha_always_run", type: .bool, qualifier: .roConstructor,
            defaultValue: .bool(false), release: "orlando"))
        fields.append(FieldSpec(
            name: "ha_restart_priority", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "orlando"))
        fields.append(FieldSpec(
            name: "is_a_snapshot", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "orlando"))
        fields.append(FieldSpec(
            name: "snapshot_of", type: .ref("VM"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "orlando"))
        fields.append(FieldSpec(
            name: "snapshots", type: .set(.ref("VM")), qualifier: .roRuntime, defaultValue: nil,
            release: "orlando"))
        fields.append(FieldSpec(
            name: "snapshot_time", type: .datetime, qualifier: .roRuntime,
            defaultValue: .dateTime(XenDate(secondsSince1970: 0)), release: "orlando"))
        fields.append(FieldSpec(
            name: "transportable_snapshot_id", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "orlando"))
        fields.append(FieldSpec(
            name: "blobs", type: .map(.string, .ref("blob")), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "orlando"))
        fields.append(FieldSpec(
            name: "tags", type: .set(.string), qualifier: .rw, defaultValue: .array([]),
            release: "orlando"))
        fields.append(FieldSpec(
            name: "blocked_operations", type: .map(.enumeration("vm_operations"), .string),
            qualifier: .rw, defaultValue: .structure([]), release: "orlando"))
        fields.append(FieldSpec(
            name: "snapshot_info", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "snapshot_metadata", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "parent", type: .ref("VM"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "children", type: .set(.ref("VM")), qualifier: .roRuntime, defaultValue: nil,
            release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "bios_strings", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "protection_policy", type: .ref("VMPP"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "cowley"))
        fields.append(FieldSpec(
            name: "is_snapshot_from_vmpp", type: .bool, qualifier: .roConstructor,
            defaultValue: .bool(false), release: "cowley"))
        fields.append(FieldSpec(
            name: "snapshot_schedule", type: .ref("VMSS"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "falcon"))
        fields.append(FieldSpec(
            name: "is_vmss_snapshot", type: .bool, qualifier: .roConstructor,
            defaultValue: .bool(false), release: "falcon"))
        fields.append(FieldSpec(
            name: "appliance", type: .ref("VM_appliance"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "rio"))
        fields.append(FieldSpec(
            name: "start_delay", type: .int, qualifier: .roConstructor, defaultValue: .int(0),
            release: "boston"))
        fields.append(FieldSpec(
            name: "shutdown_delay", type: .int, qualifier: .roConstructor, defaultValue: .int(0),
            release: "boston"))
        fields.append(FieldSpec(
            name: "order", type: .int, qualifier: .roConstructor, defaultValue: .int(0),
            release: "boston"))
        fields.append(FieldSpec(
            name: "VGPUs", type: .set(.ref("VGPU")), qualifier: .roRuntime, defaultValue: nil,
            release: "boston"))
        fields.append(FieldSpec(
            name: "attached_PCIs", type: .set(.ref("PCI")), qualifier: .roRuntime,
            defaultValue: nil, release: "boston"))
        fields.append(FieldSpec(
            name: "suspend_SR", type: .ref("SR"), qualifier: .rw,
            defaultValue: .string("OpaqueRef:NULL"), release: "boston"))
        fields.append(FieldSpec(
            name: "version", type: .int, qualifier: .roConstructor, defaultValue: .int(0),
            release: "boston"))
        fields.append(FieldSpec(
            name: "generation_id", type: .string, qualifier: .roConstructor,
            defaultValue: .string("0:0"), release: "clearwater"))
        fields.append(FieldSpec(
            name: "hardware_platform_version", type: .int, qualifier: .rw, defaultValue: .int(0),
            release: "cream"))
        fields.append(FieldSpec(
            name: "has_vendor_device", type: .bool, qualifier: .roConstructor,
            defaultValue: .bool(false), release: "dundee"))
        fields.append(FieldSpec(
            name: "requires_reboot", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "ely"))
        fields.append(FieldSpec(
            name: "reference_label", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "ely"))
        fields.append(FieldSpec(
            name: "domain_type", type: .enumeration("domain_type"), qualifier: .roConstructor,
            defaultValue: .string("unspecified"), release: "kolkata"))
        fields.append(FieldSpec(
            name: "NVRAM", type: .map(.string, .string), qualifier: .roConstructor,
            defaultValue: .structure([]), release: "naples"))
        fields.append(FieldSpec(
            name: "pending_guidances", type: .set(.enumeration("update_guidances")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "1.303.0"))
        fields.append(FieldSpec(
            name: "pending_guidances_recommended", type: .set(.enumeration("update_guidances")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "24.10.0"))
        fields.append(FieldSpec(
            name: "pending_guidances_full", type: .set(.enumeration("update_guidances")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "24.10.0"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(222)
        messages.append(MessageSpec(
            className: "VM", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VM"), .record("VM")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VM")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "restart_device_models", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: nil,
            errors: [
                "VM_BAD_POWER_STATE",
                "OTHER_OPERATION_IN_PROGRESS",
                "VM_IS_TEMPLATE",
                "OPERATION_NOT_ALLOWED",
                "VM_BAD_POWER_STATE",
            ],
            roles: RoleSets.vmPowerAdminClientCert, implicit: false, isAsync: true,
            release: "23.30.0"))
        messages.append(MessageSpec(
            className: "VM", name: "set_HVM_boot_policy", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_domain_type", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .enumeration("domain_type")),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: false,
            release: "kolkata"))
        messages.append(MessageSpec(
            className: "VM", name: "set_actions_after_crash", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .enumeration("on_crash_behaviour")),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "import", takesSession: true,
            params: [
                ParamSpec(name: "url", type: .string),
                ParamSpec(name: "sr", type: .ref("SR")),
                ParamSpec(name: "full_restore", type: .bool),
                ParamSpec(name: "force", type: .bool),
            ],
            result: .set(.ref("VM")), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "dundee"))
        messages.append(MessageSpec(
            className: "VM", name: "set_has_vendor_device", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: true,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "VM", name: "call_plugin", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "plugin", type: .string),
                ParamSpec(name: "fn", type: .string),
                ParamSpec(name: "args", type: .map(.string, .string)),
            ],
            result: .string, errors: [], roles: RoleSets.vmOperator, implicit: false, isAsync: true,
            release: "cream"))
        messages.append(MessageSpec(
            className: "VM", name: "query_services", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "tampa"))
        messages.append(MessageSpec(
            className: "VM", name: "set_appliance", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .ref("VM_appliance")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "import_convert", takesSession: true,
            params: [
                ParamSpec(name: "type", type: .string),
                ParamSpec(name: "username", type: .string),
                ParamSpec(name: "password", type: .string),
                ParamSpec(name: "sr", type: .ref("SR")),
                ParamSpec(name: "remote_config", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: true,
            release: "tampa"))
        messages.append(MessageSpec(
            className: "VM", name: "recover", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "session_to", type: .ref("session")),
                ParamSpec(name: "force", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "get_SRs_required_for_recovery", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "session_to", type: .ref("session")),
            ],
            result: .set(.ref("SR")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: false, isAsync: true, release: "creedence"))
        messages.append(MessageSpec(
            className: "VM", name: "assert_can_be_recovered", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "session_to", type: .ref("session")),
            ],
            result: nil, errors: ["VM_IS_PART_OF_AN_APPLIANCE", "VM_REQUIRES_SR"],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "set_suspend_VDI", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .ref("VDI")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "set_order", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "set_shutdown_delay", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "set_start_delay", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "set_snapshot_schedule", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .ref("VMSS")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "VM", name: "set_protection_policy", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .ref("VMPP")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VM", name: "copy_bios_strings", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "host", type: .ref("host")),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: true,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "set_bios_strings", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: ["VM_BIOS_STRINGS_ALREADY_SET", "INVALID_VALUE"],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "inverness"))
        messages.append(MessageSpec(
            className: "VM", name: "retrieve_wlb_recommendations", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))],
            result: .map(.ref("host"), .set(.string)), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true, release: "george"))
        messages.append(MessageSpec(
            className: "VM", name: "assert_agile", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: nil, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "create_new_blob", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "name", type: .string),
                ParamSpec(name: "mime_type", type: .string),
                ParamSpec(name: "public", type: .bool, defaultValue: .bool(false)),
            ],
            result: .ref("blob"), errors: [], roles: RoleSets.vmPowerAdmin, implicit: false,
            isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "assert_can_boot_here", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "host", type: .ref("host")),
            ],
            result: nil,
            errors: [
                "HOST_NOT_ENOUGH_FREE_MEMORY",
                "HOST_NOT_ENOUGH_PCPUS",
                "NETWORK_SRIOV_INSUFFICIENT_CAPACITY",
                "HOST_NOT_LIVE",
                "HOST_DISABLED",
                "HOST_CANNOT_ATTACH_NETWORK",
                "VM_HVM_REQUIRED",
                "VM_REQUIRES_GPU",
                "VM_REQUIRES_IOMMU",
                "VM_REQUIRES_NETWORK",
                "VM_REQUIRES_SR",
                "VM_REQUIRES_VGPU",
                "VM_HOST_INCOMPATIBLE_VERSION",
                "VM_HOST_INCOMPATIBLE_VIRTUAL_HARDWARE_PLATFORM_VERSION",
                "INVALID_VALUE",
                "MEMORY_CONSTRAINT_VIOLATION",
                "OPERATION_NOT_ALLOWED",
                "VALUE_NOT_SUPPORTED",
                "VM_INCOMPATIBLE_WITH_THIS_HOST",
            ],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_possible_hosts", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: .set(.ref("host")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_allowed_VIF_devices", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: .set(.string), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_allowed_VBD_devices", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: .set(.string), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "update_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: nil, errors: [],
            roles: RoleSets.poolAdmin, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "assert_operation_valid", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "op", type: .enumeration("vm_operations")),
            ],
            result: nil, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "forget_data_source_archives", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "data_source", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "query_data_source", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "data_source", type: .string),
            ],
            result: .float, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "record_data_source", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "data_source", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "get_data_sources", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .set(.record("data_source")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: false, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "get_boot_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .record("VM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "assert_can_migrate", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "dest", type: .map(.string, .string)),
                ParamSpec(name: "live", type: .bool),
                ParamSpec(name: "vdi_map", type: .map(.ref("VDI"), .ref("SR"))),
                ParamSpec(name: "vif_map", type: .map(.ref("VIF"), .ref("network"))),
                ParamSpec(name: "options", type: .map(.string, .string)),
                ParamSpec(name: "vgpu_map", type: .map(.ref("VGPU"), .ref("GPU_group")), defaultValue: .structure([])),
            ],
            result: nil, errors: ["LICENCE_RESTRICTION"], roles: RoleSets.vmPowerAdmin,
            implicit: false, isAsync: true, release: "tampa"))
        messages.append(MessageSpec(
            className: "VM", name: "migrate_send", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "dest", type: .map(.string, .string)),
                ParamSpec(name: "live", type: .bool),
                ParamSpec(name: "vdi_map", type: .map(.ref("VDI"), .ref("SR"))),
                ParamSpec(name: "vif_map", type: .map(.ref("VIF"), .ref("network"))),
                ParamSpec(name: "options", type: .map(.string, .string)),
                ParamSpec(name: "vgpu_map", type: .map(.ref("VGPU"), .ref("GPU_group")), defaultValue: .structure([])),
            ],
            result: .ref("VM"), errors: ["VM_BAD_POWER_STATE", "LICENCE_RESTRICTION"],
            roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: true, release: "tampa"))
        messages.append(MessageSpec(
            className: "VM", name: "maximise_memory", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "total", type: .int),
                ParamSpec(name: "approximate", type: .bool),
            ],
            result: .int, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "VM", name: "send_trigger", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "trigger", type: .string),
            ],
            result: nil, errors: ["VM_BAD_POWER_STATE"], roles: RoleSets.poolAdmin, implicit: false,
            isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "send_sysrq", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: ["VM_BAD_POWER_STATE"], roles: RoleSets.poolAdmin, implicit: false,
            isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_VCPUs_at_startup", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "set_VCPUs_max", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "set_shadow_multiplier_live", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "multiplier", type: .float),
            ],
            result: nil, errors: [], roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_HVM_shadow_multiplier", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .float),
            ],
            result: nil, errors: [], roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "get_cooperative", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "wait_memory_target_live", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: nil, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "set_memory_target_live", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "target", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_memory", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: true,
            release: "ely"))
        messages.append(MessageSpec(
            className: "VM", name: "set_memory_limits", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "static_min", type: .int),
                ParamSpec(name: "static_max", type: .int),
                ParamSpec(name: "dynamic_min", type: .int),
                ParamSpec(name: "dynamic_max", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: true,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "set_memory_static_range", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "min", type: .int),
                ParamSpec(name: "max", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: true,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "set_memory_static_min", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "set_memory_static_max", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: ["HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN"],
            roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "set_memory_dynamic_range", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "min", type: .int),
                ParamSpec(name: "max", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: true,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "set_memory_dynamic_min", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "set_memory_dynamic_max", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "compute_memory_overhead", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "set_ha_always_run", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "set_ha_restart_priority", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "remove_from_NVRAM", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: false,
            release: "naples"))
        messages.append(MessageSpec(
            className: "VM", name: "add_to_NVRAM", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: false,
            release: "naples"))
        messages.append(MessageSpec(
            className: "VM", name: "set_NVRAM", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: false,
            release: "naples"))
        messages.append(MessageSpec(
            className: "VM", name: "add_to_VCPUs_params_live", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_VCPUs_number_live", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "nvcpu", type: .int),
            ],
            result: nil, errors: ["OPERATION_NOT_ALLOWED", "LICENCE_RESTRICTION"],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "pool_migrate", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "options", type: .map(.string, .string)),
            ],
            result: nil,
            errors: [
                "VM_BAD_POWER_STATE",
                "OTHER_OPERATION_IN_PROGRESS",
                "VM_IS_TEMPLATE",
                "OPERATION_NOT_ALLOWED",
                "VM_BAD_POWER_STATE",
            ],
            roles: RoleSets.vmPowerAdminClientCert, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "resume_on", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "start_paused", type: .bool),
                ParamSpec(name: "force", type: .bool),
            ],
            result: nil, errors: ["VM_BAD_POWER_STATE", "OPERATION_NOT_ALLOWED", "VM_IS_TEMPLATE"],
            roles: RoleSets.vmPowerAdminClientCert, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "resume", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "start_paused", type: .bool),
                ParamSpec(name: "force", type: .bool),
            ],
            result: nil, errors: ["VM_BAD_POWER_STATE", "OPERATION_NOT_ALLOWED", "VM_IS_TEMPLATE"],
            roles: RoleSets.vmOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "suspend", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: nil,
            errors: [
                "VM_BAD_POWER_STATE",
                "OTHER_OPERATION_IN_PROGRESS",
                "OPERATION_NOT_ALLOWED",
                "VM_IS_TEMPLATE",
            ],
            roles: RoleSets.vmOperatorClientCert, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "hard_reboot", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: nil,
            errors: [
                "VM_BAD_POWER_STATE",
                "OTHER_OPERATION_IN_PROGRESS",
                "OPERATION_NOT_ALLOWED",
                "VM_IS_TEMPLATE",
            ],
            roles: RoleSets.vmOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "power_state_reset", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "hard_shutdown", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: nil,
            errors: [
                "VM_BAD_POWER_STATE",
                "OTHER_OPERATION_IN_PROGRESS",
                "OPERATION_NOT_ALLOWED",
                "VM_IS_TEMPLATE",
            ],
            roles: RoleSets.vmOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "clean_reboot", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: nil,
            errors: [
                "VM_BAD_POWER_STATE",
                "OTHER_OPERATION_IN_PROGRESS",
                "OPERATION_NOT_ALLOWED",
                "VM_IS_TEMPLATE",
            ],
            roles: RoleSets.vmOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "shutdown", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: nil,
            errors: [
                "VM_BAD_POWER_STATE",
                "OTHER_OPERATION_IN_PROGRESS",
                "OPERATION_NOT_ALLOWED",
                "VM_IS_TEMPLATE",
            ],
            roles: RoleSets.vmOperatorClientCert, implicit: false, isAsync: true,
            release: "clearwater"))
        messages.append(MessageSpec(
            className: "VM", name: "clean_shutdown", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: nil,
            errors: [
                "VM_BAD_POWER_STATE",
                "OTHER_OPERATION_IN_PROGRESS",
                "OPERATION_NOT_ALLOWED",
                "VM_IS_TEMPLATE",
            ],
            roles: RoleSets.vmOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "unpause", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: nil,
            errors: ["VM_BAD_POWER_STATE", "OPERATION_NOT_ALLOWED", "VM_IS_TEMPLATE"],
            roles: RoleSets.vmOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "pause", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: nil,
            errors: [
                "VM_BAD_POWER_STATE",
                "OTHER_OPERATION_IN_PROGRESS",
                "OPERATION_NOT_ALLOWED",
                "VM_IS_TEMPLATE",
            ],
            roles: RoleSets.vmOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "start_on", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "start_paused", type: .bool),
                ParamSpec(name: "force", type: .bool),
            ],
            result: nil,
            errors: [
                "VM_BAD_POWER_STATE",
                "VM_IS_TEMPLATE",
                "OTHER_OPERATION_IN_PROGRESS",
                "OPERATION_NOT_ALLOWED",
                "BOOTLOADER_FAILED",
                "UNKNOWN_BOOTLOADER",
            ],
            roles: RoleSets.vmPowerAdminClientCert, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "start", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "start_paused", type: .bool),
                ParamSpec(name: "force", type: .bool),
            ],
            result: nil,
            errors: [
                "VM_BAD_POWER_STATE",
                "VM_HVM_REQUIRED",
                "VM_IS_TEMPLATE",
                "OTHER_OPERATION_IN_PROGRESS",
                "OPERATION_NOT_ALLOWED",
                "BOOTLOADER_FAILED",
                "UNKNOWN_BOOTLOADER",
                "NO_HOSTS_AVAILABLE",
                "LICENCE_RESTRICTION",
            ],
            roles: RoleSets.vmOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "provision", takesSession: true,
            params: [ParamSpec(name: "vm", type: .ref("VM"))], result: nil,
            errors: [
                "VM_BAD_POWER_STATE",
                "SR_FULL",
                "OPERATION_NOT_ALLOWED",
                "LICENCE_RESTRICTION",
            ],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "checkpoint", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "new_name", type: .string),
            ],
            result: .ref("VM"),
            errors: [
                "VM_BAD_POWER_STATE",
                "SR_FULL",
                "OPERATION_NOT_ALLOWED",
                "VM_CHECKPOINT_SUSPEND_FAILED",
                "VM_CHECKPOINT_RESUME_FAILED",
            ],
            roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: true, release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "revert", takesSession: true,
            params: [ParamSpec(name: "snapshot", type: .ref("VM"))], result: nil,
            errors: ["VM_BAD_POWER_STATE", "OPERATION_NOT_ALLOWED", "SR_FULL", "VM_REVERT_FAILED"],
            roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: true, release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "copy", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "new_name", type: .string),
                ParamSpec(name: "sr", type: .ref("SR")),
            ],
            result: .ref("VM"),
            errors: [
                "VM_BAD_POWER_STATE",
                "SR_FULL",
                "OPERATION_NOT_ALLOWED",
                "LICENCE_RESTRICTION",
            ],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "clone", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "new_name", type: .string),
            ],
            result: .ref("VM"),
            errors: [
                "VM_BAD_POWER_STATE",
                "SR_FULL",
                "OPERATION_NOT_ALLOWED",
                "LICENCE_RESTRICTION",
            ],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "snapshot_with_quiesce", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "new_name", type: .string),
            ],
            result: .ref("VM"),
            errors: [
                "VM_BAD_POWER_STATE",
                "SR_FULL",
                "OPERATION_NOT_ALLOWED",
                "VM_SNAPSHOT_WITH_QUIESCE_FAILED",
                "VM_SNAPSHOT_WITH_QUIESCE_TIMEOUT",
                "VM_SNAPSHOT_WITH_QUIESCE_PLUGIN_DEOS_NOT_RESPOND",
                "VM_SNAPSHOT_WITH_QUIESCE_NOT_SUPPORTED",
            ],
            roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "snapshot", takesSession: true,
            params: [
                ParamSpec(name: "vm", type: .ref("VM")),
                ParamSpec(name: "new_name", type: .string),
                ParamSpec(name: "ignore_vdis", type: .set(.ref("VDI")), defaultValue: .array([])),
            ],
            result: .ref("VM"), errors: ["VM_BAD_POWER_STATE", "SR_FULL", "OPERATION_NOT_ALLOWED"],
            roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "set_hardware_platform_version", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "cream"))
        messages.append(MessageSpec(
            className: "VM", name: "set_suspend_SR", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .ref("SR")),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "remove_from_blocked_operations", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .enumeration("vm_operations")),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "add_to_blocked_operations", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .enumeration("vm_operations")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "set_blocked_operations", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .map(.enumeration("vm_operations"), .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "remove_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "add_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "set_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .set(.string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "remove_from_xenstore_data", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VM", name: "add_to_xenstore_data", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VM", name: "set_xenstore_data", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VM", name: "set_recommendations", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("pci", roles: RoleSets.poolAdmin),
                ProtectedKey("hvm_serial", roles: RoleSets.poolAdmin),
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "VM", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("pci", roles: RoleSets.poolAdmin),
                ProtectedKey("hvm_serial", roles: RoleSets.poolAdmin),
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "VM", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("pci", roles: RoleSets.poolAdmin),
                ProtectedKey("hvm_serial", roles: RoleSets.poolAdmin),
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "VM", name: "set_PCI_bus", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "remove_from_platform", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio", protectedKeys: [ProtectedKey("hvm_serial", roles: RoleSets.poolAdmin)]))
        messages.append(MessageSpec(
            className: "VM", name: "add_to_platform", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio", protectedKeys: [ProtectedKey("hvm_serial", roles: RoleSets.poolAdmin)]))
        messages.append(MessageSpec(
            className: "VM", name: "set_platform", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio", protectedKeys: [ProtectedKey("hvm_serial", roles: RoleSets.poolAdmin)]))
        messages.append(MessageSpec(
            className: "VM", name: "remove_from_HVM_boot_params", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "add_to_HVM_boot_params", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_HVM_boot_params", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_PV_legacy_args", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_PV_bootloader_args", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_PV_args", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_PV_ramdisk", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_PV_kernel", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_PV_bootloader", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_actions_after_reboot", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .enumeration("on_normal_exit")),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_actions_after_shutdown", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .enumeration("on_normal_exit")),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_actions_after_softreboot", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .enumeration("on_softreboot_behavior")),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "23.1.0"))
        messages.append(MessageSpec(
            className: "VM", name: "remove_from_VCPUs_params", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "add_to_VCPUs_params", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_VCPUs_params", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_affinity", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .ref("host")),
            ],
            result: nil, errors: [], roles: RoleSets.vmPowerAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_is_a_template", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_user_version", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_pending_guidances_full", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .set(.enumeration("update_guidances")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "24.10.0"))
        messages.append(MessageSpec(
            className: "VM", name: "get_pending_guidances_recommended", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .set(.enumeration("update_guidances")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "24.10.0"))
        messages.append(MessageSpec(
            className: "VM", name: "get_pending_guidances", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .set(.enumeration("update_guidances")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "1.303.0"))
        messages.append(MessageSpec(
            className: "VM", name: "get_NVRAM", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "naples"))
        messages.append(MessageSpec(
            className: "VM", name: "get_domain_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .enumeration("domain_type"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "kolkata"))
        messages.append(MessageSpec(
            className: "VM", name: "get_reference_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "VM", name: "get_requires_reboot", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "VM", name: "get_has_vendor_device", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "VM", name: "get_hardware_platform_version", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cream"))
        messages.append(MessageSpec(
            className: "VM", name: "get_generation_id", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "clearwater"))
        messages.append(MessageSpec(
            className: "VM", name: "get_version", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "get_suspend_SR", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .ref("SR"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "get_attached_PCIs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .set(.ref("PCI")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "get_VGPUs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .set(.ref("VGPU")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "get_order", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "get_shutdown_delay", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "get_start_delay", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VM", name: "get_appliance", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .ref("VM_appliance"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_is_vmss_snapshot", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "VM", name: "get_snapshot_schedule", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .ref("VMSS"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "VM", name: "get_is_snapshot_from_vmpp", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VM", name: "get_protection_policy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .ref("VMPP"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VM", name: "get_bios_strings", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "get_children", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .set(.ref("VM")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "get_parent", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .ref("VM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "get_snapshot_metadata", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "get_snapshot_info", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "VM", name: "get_blocked_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .map(.enumeration("vm_operations"), .string), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "get_tags", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .set(.string), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "get_blobs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .map(.string, .ref("blob")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "get_transportable_snapshot_id", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "get_snapshot_time", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "get_snapshots", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .set(.ref("VM")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "get_snapshot_of", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .ref("VM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "get_is_a_snapshot", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "get_ha_restart_priority", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "get_ha_always_run", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM", name: "get_xenstore_data", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VM", name: "get_recommendations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_last_booted_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "VM", name: "get_guest_metrics", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .ref("VM_guest_metrics"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_metrics", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .ref("VM_metrics"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_is_control_domain", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_last_boot_CPU_flags", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_domarch", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_domid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_PCI_bus", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_platform", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_HVM_shadow_multiplier", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .float, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "VM", name: "get_HVM_boot_params", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_HVM_boot_policy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_PV_legacy_args", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_PV_bootloader_args", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_PV_args", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_PV_ramdisk", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_PV_kernel", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_PV_bootloader", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_VTPMs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .set(.ref("VTPM")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_crash_dumps", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .set(.ref("crashdump")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_VUSBs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .set(.ref("VUSB")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_VBDs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .set(.ref("VBD")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_VIFs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .set(.ref("VIF")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_consoles", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .set(.ref("console")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_actions_after_crash", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .enumeration("on_crash_behaviour"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_actions_after_reboot", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .enumeration("on_normal_exit"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_actions_after_shutdown", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .enumeration("on_normal_exit"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_actions_after_softreboot", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .enumeration("on_softreboot_behavior"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.1.0"))
        messages.append(MessageSpec(
            className: "VM", name: "get_VCPUs_at_startup", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_VCPUs_max", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_VCPUs_params", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_memory_static_min", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_memory_dynamic_min", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_memory_dynamic_max", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_memory_static_max", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_memory_target", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_memory_overhead", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_affinity", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .ref("host"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_scheduled_to_be_resident_on", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .ref("host"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_resident_on", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .ref("host"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_suspend_VDI", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .ref("VDI"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_is_default_template", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "VM", name: "get_is_a_template", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_user_version", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_power_state", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .enumeration("vm_power_state"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_current_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .map(.string, .enumeration("vm_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))],
            result: .set(.enumeration("vm_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("VM")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: nil, errors: [],
            roles: RoleSets.vmAdmin, implicit: true, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("VM"))], result: .ref("VM"), errors: [],
            roles: RoleSets.vmAdmin, implicit: true, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM"))], result: .record("VM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VM"), .record("VM")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("VM")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        return messages
    }
}
