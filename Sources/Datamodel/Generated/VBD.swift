// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VBDRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var allowedOperations: [VBDOperations]
    public var currentOperations: [String: VBDOperations]
    public var vm: Ref<VMRecord>
    public var vdi: Ref<VDIRecord>
    public var device: String
    public var userdevice: String
    public var bootable: Bool
    public var mode: VBDMode
    public var type: VBDType
    public var unpluggable: Bool
    public var storageLock: Bool
    public var empty: Bool
    public var otherConfig: [String: String]
    public var currentlyAttached: Bool
    public var statusCode: Int64
    public var statusDetail: String
    public var runtimeProperties: [String: String]
    public var qosAlgorithmType: String
    public var qosAlgorithmParams: [String: String]
    public var qosSupportedAlgorithms: [String]
    public var metrics: Ref<VBDMetricsRecord>

    public init() {
        self.uuid = ""
        self.allowedOperations = []
        self.currentOperations = [:]
        self.vm = .null
        self.vdi = .null
        self.device = ""
        self.userdevice = ""
        self.bootable = false
        self.mode = .ro
        self.type = .cd
        self.unpluggable = true
        self.storageLock = false
        self.empty = false
        self.otherConfig = [:]
        self.currentlyAttached = false
        self.statusCode = 0
        self.statusDetail = ""
        self.runtimeProperties = [:]
        self.qosAlgorithmType = ""
        self.qosAlgorithmParams = [:]
        self.qosSupportedAlgorithms = []
        self.metrics = .null
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.allowedOperations.wire
        case 2: return self.currentOperations.wire
        case 3: return self.vm.wire
        case 4: return self.vdi.wire
        case 5: return self.device.wire
        case 6: return self.userdevice.wire
        case 7: return self.bootable.wire
        case 8: return self.mode.wire
        case 9: return self.type.wire
        case 10: return self.unpluggable.wire
        case 11: return self.storageLock.wire
        case 12: return self.empty.wire
        case 13: return self.otherConfig.wire
        case 14: return self.currentlyAttached.wire
        case 15: return self.statusCode.wire
        case 16: return self.statusDetail.wire
        case 17: return self.runtimeProperties.wire
        case 18: return self.qosAlgorithmType.wire
        case 19: return self.qosAlgorithmParams.wire
        case 20: return self.qosSupportedAlgorithms.wire
        case 21: return self.metrics.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.allowedOperations = try [VBDOperations](wire: value)
        case 2: self.currentOperations = try [String: VBDOperations](wire: value)
        case 3: self.vm = try Ref<VMRecord>(wire: value)
        case 4: self.vdi = try Ref<VDIRecord>(wire: value)
        case 5: self.device = try String(wire: value)
        case 6: self.userdevice = try String(wire: value)
        case 7: self.bootable = try Bool(wire: value)
        case 8: self.mode = try VBDMode(wire: value)
        case 9: self.type = try VBDType(wire: value)
        case 10: self.unpluggable = try Bool(wire: value)
        case 11: self.storageLock = try Bool(wire: value)
        case 12: self.empty = try Bool(wire: value)
        case 13: self.otherConfig = try [String: String](wire: value)
        case 14: self.currentlyAttached = try Bool(wire: value)
        case 15: self.statusCode = try Int64(wire: value)
        case 16: self.statusDetail = try String(wire: value)
        case 17: self.runtimeProperties = try [String: String](wire: value)
        case 18: self.qosAlgorithmType = try String(wire: value)
        case 19: self.qosAlgorithmParams = try [String: String](wire: value)
        case 20: self.qosSupportedAlgorithms = try [String](wire: value)
        case 21: self.metrics = try Ref<VBDMetricsRecord>(wire: value)
        default: throw XenAPIError.internalError("VBD has no field \(index)")
        }
    }
}

extension VBDRecord {
    public static let spec = ClassSpec(
        name: "VBD",
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
        fields.reserveCapacity(22)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "allowed_operations", type: .set(.enumeration("vbd_operations")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "rio"))
        fields.append(FieldSpec(
            name: "current_operations", type: .map(.string, .enumeration("vbd_operations")),
            qualifier: .roRuntime, defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "VM", type: .ref("VM"), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "VDI", type: .ref("VDI"), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "device", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "userdevice", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "bootable", type: .bool, qualifier: .rw, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "mode", type: .enumeration("vbd_mode"), qualifier: .roConstructor,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "type", type: .enumeration("vbd_type"), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "unpluggable", type: .bool, qualifier: .rw, defaultValue: .bool(true),
            release: "miami"))
        fields.append(FieldSpec(
            name: "storage_lock", type: .bool, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "empty", type: .bool, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "currently_attached", type: .bool, qualifier: .roConstructor,
            defaultValue: .bool(false), release: "rio"))
        fields.append(FieldSpec(
            name: "status_code", type: .int, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "status_detail", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "runtime_properties", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "qos_algorithm_type", type: .string, qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "qos_algorithm_params", type: .map(.string, .string), qualifier: .rw,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "qos_supported_algorithms", type: .set(.string), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "metrics", type: .ref("VBD_metrics"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "rio"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(48)
        messages.append(MessageSpec(
            className: "VBD", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VBD"), .record("VBD")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VBD")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "set_mode", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD")),
                ParamSpec(name: "value", type: .enumeration("vbd_mode")),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "assert_attachable", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: nil, errors: [],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "unplug_force", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: nil, errors: [],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "unplug", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: nil,
            errors: ["DEVICE_DETACH_REJECTED", "DEVICE_ALREADY_DETACHED"], roles: RoleSets.vmAdmin,
            implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "plug", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: nil, errors: [],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "insert", takesSession: true,
            params: [
                ParamSpec(name: "vbd", type: .ref("VBD")),
                ParamSpec(name: "vdi", type: .ref("VDI")),
            ],
            result: nil, errors: ["VBD_NOT_REMOVABLE_MEDIA", "VBD_NOT_EMPTY"],
            roles: RoleSets.vmOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "eject", takesSession: true,
            params: [ParamSpec(name: "vbd", type: .ref("VBD"))], result: nil,
            errors: ["VBD_NOT_REMOVABLE_MEDIA", "VBD_IS_EMPTY"], roles: RoleSets.vmOperator,
            implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "remove_from_qos_algorithm_params", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "add_to_qos_algorithm_params", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "set_qos_algorithm_params", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "set_qos_algorithm_type", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "set_unpluggable", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VBD", name: "set_type", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD")),
                ParamSpec(name: "value", type: .enumeration("vbd_type")),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "set_bootable", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "set_userdevice", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_metrics", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .ref("VBD_metrics"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_qos_supported_algorithms", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .set(.string), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_qos_algorithm_params", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_qos_algorithm_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_runtime_properties", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_status_detail", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_status_code", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_currently_attached", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_empty", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_storage_lock", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_unpluggable", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .enumeration("vbd_type"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_mode", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .enumeration("vbd_mode"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_bootable", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_userdevice", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_device", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_VDI", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .ref("VDI"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_VM", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .ref("VM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_current_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))],
            result: .map(.string, .enumeration("vbd_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))],
            result: .set(.enumeration("vbd_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: nil, errors: [],
            roles: RoleSets.vmAdmin, implicit: true, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("VBD"))], result: .ref("VBD"),
            errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VBD"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD"))], result: .record("VBD"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VBD"), .record("VBD")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("VBD")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        return messages
    }
}
