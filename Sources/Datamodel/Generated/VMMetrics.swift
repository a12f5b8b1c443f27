// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VMMetricsRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var memoryActual: Int64
    public var vcpusNumber: Int64
    public var vcpusUtilisation: [Int64: Double]
    public var vcpusCPU: [Int64: Int64]
    public var vcpusParams: [String: String]
    public var vcpusFlags: [Int64: [String]]
    public var state: [String]
    public var startTime: XenDate
    public var installTime: XenDate
    public var lastUpdated: XenDate
    public var otherConfig: [String: String]
    public var hvm: Bool
    public var nestedVirt: Bool
    public var nomigrate: Bool
    public var currentDomainType: DomainType

    public init() {
        self.uuid = ""
        self.memoryActual = 0
        self.vcpusNumber = 0
        self.vcpusUtilisation = [:]
        self.vcpusCPU = [:]
        self.vcpusParams = [:]
        self.vcpusFlags = [:]
        self.state = []
        self.startTime = XenDate(secondsSince1970: 0)
        self.installTime = XenDate(secondsSince1970: 0)
        self.lastUpdated = XenDate(secondsSince1970: 0)
        self.otherConfig = [:]
        self.hvm = false
        self.nestedVirt = false
        self.nomigrate = false
        self.currentDomainType = .unspecified
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.memoryActual.wire
        case 2: return self.vcpusNumber.wire
        case 3: return self.vcpusUtilisation.wire
        case 4: return self.vcpusCPU.wire
        case 5: return self.vcpusParams.wire
        case 6: return self.vcpusFlags.wire
        case 7: return self.state.wire
        case 8: return self.startTime.wire
        case 9: return self.installTime.wire
        case 10: return self.lastUpdated.wire
        case 11: return self.otherConfig.wire
        case 12: return self.hvm.wire
        case 13: return self.nestedVirt.wire
        case 14: return self.nomigrate.wire
        case 15: return self.currentDomainType.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.memoryActual = try Int64(wire: value)
        case 2: self.vcpusNumber = try Int64(wire: value)
        case 3: self.vcpusUtilisation = try [Int64: Double](wire: value)
        case 4: self.vcpusCPU = try [Int64: Int64](wire: value)
        case 5: self.vcpusParams = try [String: String](wire: value)
        case 6: self.vcpusFlags = try [Int64: [String]](wire: value)
        case 7: self.state = try [String](wire: value)
        case 8: self.startTime = try XenDate(wire: value)
        case 9: self.installTime = try XenDate(wire: value)
        case 10: self.lastUpdated = try XenDate(wire: value)
        case 11: self.otherConfig = try [String: String](wire: value)
        case 12: self.hvm = try Bool(wire: value)
        case 13: self.nestedVirt = try Bool(wire: value)
        case 14: self.nomigrate = try Bool(wire: value)
        case 15: self.currentDomainType = try DomainType(wire: value)
        default: throw XenAPIError.internalError("VM_metrics has no field \(index)")
        }
    }
}

extension VMMetricsRecord {
    public static let spec = ClassSpec(
        name: "VM_metrics",
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
        fields.reserveCapacity(16)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "memory_actual", type: .int, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "VCPUs_number", type: .int, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "VCPUs_utilisation", type: .map(.int, .float), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "VCPUs_CPU", type: .map(.int, .int), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "VCPUs_params", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "VCPUs_flags", type: .map(.int, .set(.string)), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "state", type: .set(.string), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "start_time", type: .datetime, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "install_time", type: .datetime, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "last_updated", type: .datetime, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "orlando"))
        fields.append(FieldSpec(
            name: "hvm", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "ely"))
        fields.append(FieldSpec(
            name: "nested_virt", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "ely"))
        fields.append(FieldSpec(
            name: "nomigrate", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "ely"))
        fields.append(FieldSpec(
            name: "current_domain_type", type: .enumeration("domain_type"), qualifier: .roRuntime,
            defaultValue: .string("unspecified"), release: "kolkata"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(25)
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VM_metrics"), .record("VM_metrics")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VM_metrics")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM_metrics")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM_metrics")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM_metrics")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_current_domain_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))],
            result: .enumeration("domain_type"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "kolkata"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_nomigrate", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_nested_virt", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_hvm", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_last_updated", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))], result: .datetime,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_install_time", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))], result: .datetime,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_start_time", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))], result: .datetime,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_state", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_VCPUs_flags", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))],
            result: .map(.int, .set(.string)), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_VCPUs_params", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_VCPUs_CPU", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))], result: .map(.int, .int),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_VCPUs_utilisation", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))], result: .map(.int, .float),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_VCPUs_number", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_memory_actual", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VM_metrics"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_metrics"))],
            result: .record("VM_metrics"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VM_metrics"), .record("VM_metrics")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_metrics", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("VM_metrics")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
