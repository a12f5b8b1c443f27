// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct PGPURecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var pci: Ref<PCIRecord>
    public var gpuGroup: Ref<GPUGroupRecord>
    public var host: Ref<HostRecord>
    public var otherConfig: [String: String]
    public var supportedVGPUTypes: [Ref<VGPUTypeRecord>]
    public var enabledVGPUTypes: [Ref<VGPUTypeRecord>]
    public var residentVGPUs: [Ref<VGPURecord>]
    public var supportedVGPUMaxCapacities: [Ref<VGPUTypeRecord>: Int64]
    public var dom0Access: PGPUDom0Access
    public var isSystemDisplayDevice: Bool
    public var compatibilityMetadata: [String: String]

    public init() {
        self.uuid = ""
        self.pci = .null
        self.gpuGroup = .null
        self.host = .null
        self.otherConfig = [:]
        self.supportedVGPUTypes = []
        self.enabledVGPUTypes = []
        self.residentVGPUs = []
        self.supportedVGPUMaxCapacities = [:]
        self.dom0Access = .enabled
        self.isSystemDisplayDevice = false
        self.compatibilityMetadata = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.pci.wire
        case 2: return self.gpuGroup.wire
        case 3: return self.host.wire
        case 4: return self.otherConfig.wire
        case 5: return self.supportedVGPUTypes.wire
        case 6: return self.enabledVGPUTypes.wire
        case 7: return self.residentVGPUs.wire
        case 8: return self.supportedVGPUMaxCapacities.wire
        case 9: return self.dom0Access.wire
        case 10: return self.isSystemDisplayDevice.wire
        case 11: return self.compatibilityMetadata.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.pci = try Ref<PCIRecord>(wire: value)
        case 2: self.gpuGroup = try Ref<GPUGroupRecord>(wire: value)
        case 3: self.host = try Ref<HostRecord>(wire: value)
        case 4: self.otherConfig = try [String: String](wire: value)
        case 5: self.supportedVGPUTypes = try [Ref<VGPUTypeRecord>](wire: value)
        case 6: self.enabledVGPUTypes = try [Ref<VGPUTypeRecord>](wire: value)
        case 7: self.residentVGPUs = try [Ref<VGPURecord>](wire: value)
        case 8: self.supportedVGPUMaxCapacities = try [Ref<VGPUTypeRecord>: Int64](wire: value)
        case 9: self.dom0Access = try PGPUDom0Access(wire: value)
        case 10: self.isSystemDisplayDevice = try Bool(wire: value)
        case 11: self.compatibilityMetadata = try [String: String](wire: value)
        default: throw XenAPIError.internalError("PGPU has no field \(index)")
        }
    }
}

extension PGPURecord {
    public static let spec = ClassSpec(
        name: "PGPU",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "boston",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(12)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "boston"))
        fields.append(FieldSpec(
            name: "PCI", type: .ref("PCI"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "boston"))
        fields.append(FieldSpec(
            name: "GPU_group", type: .ref("GPU_group"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "boston"))
        fields.append(FieldSpec(
            name: "host", type: .ref("host"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "boston"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "boston"))
        fields.append(FieldSpec(
            name: "supported_VGPU_types", type: .set(.ref("VGPU_type")), qualifier: .roRuntime,
            defaultValue: nil, release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "enabled_VGPU_types", type: .set(.ref("VGPU_type")), qualifier: .roRuntime,
            defaultValue: nil, release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "resident_VGPUs", type: .set(.ref("VGPU")), qualifier: .roRuntime,
            defaultValue: nil, release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "supported_VGPU_max_capacities", type: .map(.ref("VGPU_type"), .int),
            qualifier: .roRuntime, defaultValue: .structure([]), release: "vgpu-productisation"))
        fields.append(FieldSpec(
            name: "dom0_access", type: .enumeration("pgpu_dom0_access"), qualifier: .roRuntime,
            defaultValue: .string("enabled"), release: "cream"))
        fields.append(FieldSpec(
            name: "is_system_display_device", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "cream"))
        fields.append(FieldSpec(
            name: "compatibility_metadata", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "inverness"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(28)
        messages.append(MessageSpec(
            className: "PGPU", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("PGPU"), .record("PGPU")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("PGPU")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PGPU", name: "disable_dom0_access", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))],
            result: .enumeration("pgpu_dom0_access"), errors: [], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "cream"))
        messages.append(MessageSpec(
            className: "PGPU", name: "enable_dom0_access", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))],
            result: .enumeration("pgpu_dom0_access"), errors: [], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "cream"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_remaining_capacity", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PGPU")),
                ParamSpec(name: "vgpu_type", type: .ref("VGPU_type")),
            ],
            result: .int, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: true, release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "PGPU", name: "set_GPU_group", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PGPU")),
                ParamSpec(name: "value", type: .ref("GPU_group")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "PGPU", name: "set_enabled_VGPU_types", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PGPU")),
                ParamSpec(name: "value", type: .set(.ref("VGPU_type"))),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "PGPU", name: "remove_enabled_VGPU_types", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PGPU")),
                ParamSpec(name: "value", type: .ref("VGPU_type")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "PGPU", name: "add_enabled_VGPU_types", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PGPU")),
                ParamSpec(name: "value", type: .ref("VGPU_type")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "PGPU", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PGPU")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "PGPU", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PGPU")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "PGPU", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PGPU")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_compatibility_metadata", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_is_system_display_device", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cream"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_dom0_access", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))],
            result: .enumeration("pgpu_dom0_access"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cream"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_supported_VGPU_max_capacities", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))],
            result: .map(.ref("VGPU_type"), .int), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "vgpu-productisation"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_resident_VGPUs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))], result: .set(.ref("VGPU")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_enabled_VGPU_types", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))], result: .set(.ref("VGPU_type")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_supported_VGPU_types", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))], result: .set(.ref("VGPU_type")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_host", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))], result: .ref("host"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_GPU_group", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))], result: .ref("GPU_group"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_PCI", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))], result: .ref("PCI"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("PGPU"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PGPU"))], result: .record("PGPU"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("PGPU"), .record("PGPU")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PGPU", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("PGPU")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        return messages
    }
}
