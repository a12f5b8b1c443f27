// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct GPUGroupRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var pgpus: [Ref<PGPURecord>]
    public var vgpus: [Ref<VGPURecord>]
    public var gpuTypes: [String]
    public var otherConfig: [String: String]
    public var allocationAlgorithm: AllocationAlgorithm
    public var supportedVGPUTypes: [Ref<VGPUTypeRecord>]
    public var enabledVGPUTypes: [Ref<VGPUTypeRecord>]

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.pgpus = []
        self.vgpus = []
        self.gpuTypes = []
        self.otherConfig = [:]
        self.allocationAlgorithm = .depthFirst
        self.supportedVGPUTypes = []
        self.enabledVGPUTypes = []
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.pgpus.wire
        case 4: return self.vgpus.wire
        case 5: return self.gpuTypes.wire
        case 6: return self.otherConfig.wire
        case 7: return self.allocationAlgorithm.wire
        case 8: return self.supportedVGPUTypes.wire
        case 9: return self.enabledVGPUTypes.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.pgpus = try [Ref<PGPURecord>](wire: value)
        case 4: self.vgpus = try [Ref<VGPURecord>](wire: value)
        case 5: self.gpuTypes = try [String](wire: value)
        case 6: self.otherConfig = try [String: String](wire: value)
        case 7: self.allocationAlgorithm = try AllocationAlgorithm(wire: value)
        case 8: self.supportedVGPUTypes = try [Ref<VGPUTypeRecord>](wire: value)
        case 9: self.enabledVGPUTypes = try [Ref<VGPUTypeRecord>](wire: value)
        default: throw XenAPIError.internalError("GPU_group has no field \(index)")
        }
    }
}

extension GPUGroupRecord {
    public static let spec = ClassSpec(
        name: "GPU_group",
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
        fields.reserveCapacity(10)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "boston"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "boston"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "boston"))
        fields.append(FieldSpec(
            name: "PGPUs", type: .set(.ref("PGPU")), qualifier: .roRuntime, defaultValue: nil,
            release: "boston"))
        fields.append(FieldSpec(
            name: "VGPUs", type: .set(.ref("VGPU")), qualifier: .roRuntime, defaultValue: nil,
            release: "boston"))
        fields.append(FieldSpec(
            name: "GPU_types", type: .set(.string), qualifier: .roRuntime, defaultValue: .array([]),
            release: "boston"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "boston"))
        fields.append(FieldSpec(
            name: "allocation_algorithm", type: .enumeration("allocation_algorithm"),
            qualifier: .rw, defaultValue: .string("depth_first"), release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "supported_VGPU_types", type: .set(.ref("VGPU_type")), qualifier: .roRuntime,
            defaultValue: nil, release: "vgpu-productisation"))
        fields.append(FieldSpec(
            name: "enabled_VGPU_types", type: .set(.ref("VGPU_type")), qualifier: .roRuntime,
            defaultValue: nil, release: "vgpu-productisation"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(26)
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("GPU_group"), .record("GPU_group")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("GPU_group")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_remaining_capacity", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("GPU_group")),
                ParamSpec(name: "vgpu_type", type: .ref("VGPU_type")),
            ],
            result: .int, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: true, release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("GPU_group"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "name_label", type: .string, defaultValue: .string("")),
                ParamSpec(name: "name_description", type: .string, defaultValue: .string("")),
                ParamSpec(name: "other_config", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: .ref("GPU_group"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "set_allocation_algorithm", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("GPU_group")),
                ParamSpec(name: "value", type: .enumeration("allocation_algorithm")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("GPU_group")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("GPU_group")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("GPU_group")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("GPU_group")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("GPU_group")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_enabled_VGPU_types", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("GPU_group"))],
            result: .set(.ref("VGPU_type")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "vgpu-productisation"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_supported_VGPU_types", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("GPU_group"))],
            result: .set(.ref("VGPU_type")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "vgpu-productisation"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_allocation_algorithm", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("GPU_group"))],
            result: .enumeration("allocation_algorithm"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("GPU_group"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_GPU_types", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("GPU_group"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_VGPUs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("GPU_group"))], result: .set(.ref("VGPU")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_PGPUs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("GPU_group"))], result: .set(.ref("PGPU")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("GPU_group"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("GPU_group"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("GPU_group"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("GPU_group")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("GPU_group"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("GPU_group"))],
            result: .record("GPU_group"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("GPU_group"), .record("GPU_group")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "GPU_group", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("GPU_group")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        return messages
    }
}
