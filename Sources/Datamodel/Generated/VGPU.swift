// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VGPURecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var vm: Ref<VMRecord>
    public var gpuGroup: Ref<GPUGroupRecord>
    public var device: String
    public var currentlyAttached: Bool
    public var otherConfig: [String: String]
    public var type: Ref<VGPUTypeRecord>
    public var residentOn: Ref<PGPURecord>
    public var scheduledToBeResidentOn: Ref<PGPURecord>
    public var compatibilityMetadata: [String: String]
    public var extraArgs: String
    public var pci: Ref<PCIRecord>

    public init() {
        self.uuid = ""
        self.vm = .null
        self.gpuGroup = .null
        self.device = "0"
        self.currentlyAttached = false
        self.otherConfig = [:]
        self.type = .null
        self.residentOn = .null
        self.scheduledToBeResidentOn = .null
        self.compatibilityMetadata = [:]
        self.extraArgs = ""
        self.pci = .null
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.vm.wire
        case 2: return self.gpuGroup.wire
        case 3: return self.device.wire
        case 4: return self.currentlyAttached.wire
        case 5: return self.otherConfig.wire
        case 6: return self.type.wire
        case 7: return self.residentOn.wire
        case 8: return self.scheduledToBeResidentOn.wire
        case 9: return self.compatibilityMetadata.wire
        case 10: return self.extraArgs.wire
        case 11: return self.pci.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.vm = try Ref<VMRecord>(wire: value)
        case 2: self.gpuGroup = try Ref<GPUGroupRecord>(wire: value)
        case 3: self.device = try String(wire: value)
        case 4: self.currentlyAttached = try Bool(wire: value)
        case 5: self.otherConfig = try [String: String](wire: value)
        case 6: self.type = try Ref<VGPUTypeRecord>(wire: value)
        case 7: self.residentOn = try Ref<PGPURecord>(wire: value)
        case 8: self.scheduledToBeResidentOn = try Ref<PGPURecord>(wire: value)
        case 9: self.compatibilityMetadata = try [String: String](wire: value)
        case 10: self.extraArgs = try String(wire: value)
        case 11: self.pci = try Ref<PCIRecord>(wire: value)
        default: throw XenAPIError.internalError("VGPU has no field \(index)")
        }
    }
}

extension VGPURecord {
    public static let spec = ClassSpec(
        name: "VGPU",
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
            name: "VM", type: .ref("VM"), qualifier: .roRuntime, defaultValue: nil,
            release: "boston"))
        fields.append(FieldSpec(
            name: "GPU_group", type: .ref("GPU_group"), qualifier: .roRuntime, defaultValue: nil,
            release: "boston"))
        fields.append(FieldSpec(
            name: "device", type: .string, qualifier: .roRuntime, defaultValue: .string("0"),
            release: "boston"))
        fields.append(FieldSpec(
            name: "currently_attached", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "boston"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "boston"))
        fields.append(FieldSpec(
            name: "type", type: .ref("VGPU_type"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "resident_on", type: .ref("PGPU"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "vgpu-tech-preview"))
        fields.append(FieldSpec(
            name: "scheduled_to_be_resident_on", type: .ref("PGPU"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "dundee"))
        fields.append(FieldSpec(
            name: "compatibility_metadata", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "inverness"))
        fields.append(FieldSpec(
            name: "extra_args", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "quebec"))
        fields.append(FieldSpec(
            name: "PCI", type: .ref("PCI"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "quebec"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(24)
        messages.append(MessageSpec(
            className: "VGPU", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VGPU"), .record("VGPU")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VGPU")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "VM", type: .ref("VM")),
                ParamSpec(name: "GPU_group", type: .ref("GPU_group")),
                ParamSpec(name: "device", type: .string, defaultValue: .string("0")),
                ParamSpec(name: "other_config", type: .map(.string, .string), defaultValue: .structure([])),
                ParamSpec(name: "type", type: .ref("VGPU_type"), defaultValue: .string("OpaqueRef:NULL")),
            ],
            result: .ref("VGPU"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "set_extra_args", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VGPU")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "quebec"))
        messages.append(MessageSpec(
            className: "VGPU", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VGPU")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VGPU")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VGPU")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_PCI", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: .ref("PCI"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "quebec"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_extra_args", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "quebec"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_compatibility_metadata", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_scheduled_to_be_resident_on", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: .ref("PGPU"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_resident_on", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: .ref("PGPU"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: .ref("VGPU_type"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "vgpu-tech-preview"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_currently_attached", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_device", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_GPU_group", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: .ref("GPU_group"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_VM", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: .ref("VM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VGPU"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VGPU"))], result: .record("VGPU"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VGPU"), .record("VGPU")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VGPU", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("VGPU")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        return messages
    }
}
