// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VGPUTypeRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var vendorName: String
    public var modelName: String
    public var framebufferSize: Int64
    public var maxHeads: Int64
    public var maxResolutionX: Int64
    public var maxResolutionY: Int64
    public var supportedOnPGPUs: [Ref<PGPURecord>]
    public var enabledOnPGPUs: [Ref<PGPURecord>]
    public var vgpus: [Ref<VGPURecord>]
    public var supportedOnGPUGroups: [Ref<GPUGroupRecord>]
    public var enabledOnGPUGroups: [Ref<GPUGroupRecord>]
    public var implementation: VGPUTypeImplementation
    public var identifier: String
    public var experimental: Bool
    public var compatibleTypesInVM: [Ref<VGPUTypeRecord>]

    public init() {
        self.uuid = ""
        self.vendorName = ""
        self.modelName = ""
        self.framebufferSize = 0
        self.maxHeads = 0
        self.maxResolutionX = 0
        self.maxResolutionY = 0
        self.supportedOnPGPUs = []
        self.enabledOnPGPUs = []
        self.vgpus = []
        self.supportedOnGPUGroups = []
        self.enabledOnGPUGroups = []
        self.implementation = .passthrough
        self.identifier = ""
        self.experimental = false
        self.compatibleTypesInVM = []
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.vendorName.wire
        case 2: return self.modelName.wire
        case 3: return self.framebufferSize.wire
        case 4: return self.maxHeads.wire
        case 5: return self.maxResolutionX.wire
        case 6: return self.maxResolutionY.wire
        case 7: return self.supportedOnPGPUs.wire
        case 8: return self.enabledOnPGPUs.wire
        case 9: return self.vgpus.wire
        case 10: return self.supportedOnGPUGroups.wire
        case 11: return self.enabledOnGPUGroups.wire
        case 12: return self.implementation.wire
        case 13: return self.identifier.wire
        case 14: return self.experimental.wire
        case 15: return self.compatibleTypesInVM.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.vendorName = try String(wire: value)
        case 2: self.modelName = try String(wire: value)
        case 3: self.framebufferSize = try Int64(wire: value)
        case 4: self.maxHeads = try Int64(wire: value)
        case 5: self.maxResolutionX = try Int64(wire: value)
        case 6: self.maxResolutionY = try Int64(wire: value)
        case 7: self.supportedOnPGPUs = try [Ref<PGPURecord>](wire: value)
        case 8: self.enabledOnPGPUs = try [Ref<PGPURecord>](wire: value)
        case 9: self.vgpus = try [Ref<VGPURecord>](wire: value)
        case 10: self.supportedOnGPUGroups = try [Ref<GPUGroupRecord>](wire: value)
        case 11: self.enabledOnGPUGroups = try [Ref<GPUGroupRecord>](wire: value)
        case 12: self.implementation = try VGPUTypeImplementation(wire: value)
        case 13: self.identifier = try String(wire: value)
        case 14: self.experimental = try Bool(wire: value)
        case 15: self.compatibleTypesInVM = try [Ref<VGPUTypeRecord>](wire: value)
        default: throw XenAPIError.internalError("VGPU_type has no field \(index)")
        }
    }
}

extension VGPUTypeRecord {
    public static let spec = ClassSpec(
        name: "VGPU_type",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "vgpu-tech-preview",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(16)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "vendor_name", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "model_name", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "framebuffer_size", type: .int, qualifier: .roConstructor, defaultValue: .int(0),
            release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "max_heads", type: .int, qualifier: .roConstructor, defaultValue: .int(0),
            release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "max_resolution_x", type: .int, qualifier: .roConstructor, defaultValue: .int(0),
            release: "vgpu-productisation"))
        fields.append(FieldSpec(
            name: "max_resolution_y", type: .int, qualifier: .roConstructor, defaultValue: .int(0),
            release: "vgpu-productisation"))
        fields.append(FieldSpec(
            name: "supported_on_PGPUs", type: .set(.ref("PGPU")), qualifier: .roRuntime,
            defaultValue: nil, release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "enabled_on_PGPUs", type: .set(.ref("PGPU")), qualifier: .roRuntime,
            defaultValue: nil, release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "VGPUs", type: .set(.ref("VGPU")), qualifier: .roRuntime, defaultValue: nil,
            release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "supported_on_GPU_groups", type: .set(.ref("GPU_group")), qualifier: .roRuntime,
            defaultValue: nil, release: "vgpu-productisation"))
        fields.append(FieldSpec(
            name: "enabled_on_GPU_groups", type: .set(.ref("GPU_group")), qualifier: .roRuntime,
            defaultValue: nil, release: "vgpu-productisation"))
        fields.append(FieldSpec(
            name: "implementation", type: .enumeration("vgpu_type_implementation"),
            qualifier: .roConstructor, defaultValue: .string("passthrough"), release: "dundee"))
        fields.append(FieldSpec(
            name: "identifier", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "dundee"))
        fields.append(FieldSpec(
            name: "experimental", type: .bool, qualifier: .roConstructor,
            defaultValue: .bool(false), release: "dundee"))
        fields.append(FieldSpec(
            name: "compatible_types_in_vm", type: .set(.ref("VGPU_type")), qualifier: .roRuntime,
            defaultValue: .array([]), release: "quebec"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(22)
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VGPU_type"), .record("VGPU_type")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VGPU_type")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_compatible_types_in_vm", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))],
            result: .set(.ref("VGPU_type")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "quebec"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_experimental", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_identifier", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_implementation", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))],
            result: .enumeration("vgpu_type_implementation"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_enabled_on_GPU_groups", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))],
            result: .set(.ref("GPU_group")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "vgpu-productisation"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_supported_on_GPU_groups", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))],
            result: .set(.ref("GPU_group")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "vgpu-productisation"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_VGPUs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))], result: .set(.ref("VGPU")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_enabled_on_PGPUs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))], result: .set(.ref("PGPU")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_supported_on_PGPUs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))], result: .set(.ref("PGPU")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_max_resolution_y", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-productisation"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_max_resolution_x", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-productisation"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_max_heads", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_framebuffer_size", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_model_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_vendor_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VGPU_type"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU_type"))],
            result: .record("VGPU_type"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VGPU_type"), .record("VGPU_type")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU_type", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("VGPU_type")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        return messages
    }
}
