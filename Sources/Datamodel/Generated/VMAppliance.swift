// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VMApplianceRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var allowedOperations: [VMApplianceOperation]
    public var currentOperations: [String: VMApplianceOperation]
    public var vms: [Ref<VMRecord>]

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.allowedOperations = []
        self.currentOperations = [:]
        self.vms = []
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.allowedOperations.wire
        case 4: return self.currentOperations.wire
        case 5: return self.vms.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.allowedOperations = try [VMApplianceOperation](wire: value)
        case 4: self.currentOperations = try [String: VMApplianceOperation](wire: value)
        case 5: self.vms = try [Ref<VMRecord>](wire: value)
        default: throw XenAPIError.internalError("VM_appliance has no field \(index)")
        }
    }
}

extension VMApplianceRecord {
    public static let spec = ClassSpec(
        name: "VM_appliance",
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
        fields.reserveCapacity(6)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "allowed_operations", type: .set(.enumeration("vm_appliance_operation")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "rio"))
        fields.append(FieldSpec(
            name: "current_operations", type: .map(.string, .enumeration("vm_appliance_operation")),
            qualifier: .roRuntime, defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "VMs", type: .set(.ref("VM")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(24)
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VM_appliance"), .record("VM_appliance")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VM_appliance")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "recover", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM_appliance")),
                ParamSpec(name: "session_to", type: .ref("session")),
                ParamSpec(name: "force", type: .bool),
            ],
            result: nil, errors: ["VM_REQUIRES_SR"], roles: RoleSets.readOnlyClientCert,
            implicit: false, isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_SRs_required_for_recovery", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM_appliance")),
                ParamSpec(name: "session_to", type: .ref("session")),
            ],
            result: .set(.ref("SR")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: false, isAsync: true, release: "creedence"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "assert_can_be_recovered", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM_appliance")),
                ParamSpec(name: "session_to", type: .ref("session")),
            ],
            result: nil, errors: ["VM_REQUIRES_SR"], roles: RoleSets.readOnlyClientCert,
            implicit: false, isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "shutdown", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_appliance"))], result: nil,
            errors: ["OPERATION_PARTIALLY_FAILED"], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "hard_shutdown", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_appliance"))], result: nil,
            errors: ["OPERATION_PARTIALLY_FAILED"], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "clean_shutdown", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_appliance"))], result: nil,
            errors: ["OPERATION_PARTIALLY_FAILED"], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "start", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM_appliance")),
                ParamSpec(name: "paused", type: .bool),
            ],
            result: nil, errors: ["OPERATION_PARTIALLY_FAILED"], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM_appliance")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM_appliance")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_VMs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_appliance"))], result: .set(.ref("VM")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_current_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_appliance"))],
            result: .map(.string, .enumeration("vm_appliance_operation")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_appliance"))],
            result: .set(.enumeration("vm_appliance_operation")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_appliance"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_appliance"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_appliance"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("VM_appliance")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_appliance"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: true, isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("VM_appliance"))],
            result: .ref("VM_appliance"), errors: [], roles: RoleSets.poolOperator, implicit: true,
            isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VM_appliance"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_appliance"))],
            result: .record("VM_appliance"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VM_appliance"), .record("VM_appliance")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VM_appliance", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("VM_appliance")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        return messages
    }
}
