// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VMSSRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var enabled: Bool
    public var type: VMSSType
    public var retainedSnapshots: Int64
    public var frequency: VMSSFrequency
    public var schedule: [String: String]
    public var lastRunTime: XenDate
    public var vms: [Ref<VMRecord>]

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.enabled = true
        self.type = .snapshot
        self.retainedSnapshots = 7
        self.frequency = .hourly
        self.schedule = [:]
        self.lastRunTime = XenDate(secondsSince1970: 0)
        self.vms = []
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.enabled.wire
        case 4: return self.type.wire
        case 5: return self.retainedSnapshots.wire
        case 6: return self.frequency.wire
        case 7: return self.schedule.wire
        case 8: return self.lastRunTime.wire
        case 9: return self.vms.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.enabled = try Bool(wire: value)
        case 4: self.type = try VMSSType(wire: value)
        case 5: self.retainedSnapshots = try Int64(wire: value)
        case 6: self.frequency = try VMSSFrequency(wire: value)
        case 7: self.schedule = try [String: String](wire: value)
        case 8: self.lastRunTime = try XenDate(wire: value)
        case 9: self.vms = try [Ref<VMRecord>](wire: value)
        default: throw XenAPIError.internalError("VMSS has no field \(index)")
        }
    }
}

extension VMSSRecord {
    public static let spec = ClassSpec(
        name: "VMSS",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "falcon",
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
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "enabled", type: .bool, qualifier: .rw, defaultValue: .bool(true),
            release: "rio"))
        fields.append(FieldSpec(
            name: "type", type: .enumeration("vmss_type"), qualifier: .roConstructor,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "retained_snapshots", type: .int, qualifier: .roConstructor,
            defaultValue: .int(7), release: "rio"))
        fields.append(FieldSpec(
            name: "frequency", type: .enumeration("vmss_frequency"), qualifier: .roConstructor,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "schedule", type: .map(.string, .string), qualifier: .roConstructor,
            defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "last_run_time", type: .datetime, qualifier: .roRuntime,
            defaultValue: .dateTime(XenDate(secondsSince1970: 0)), release: "rio"))
        fields.append(FieldSpec(
            name: "VMs", type: .set(.ref("VM")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(30)
        messages.append(MessageSpec(
            className: "VMSS", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VMSS"), .record("VMSS")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VMSS")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "set_type", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMSS")),
                ParamSpec(name: "value", type: .enumeration("vmss_type")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "set_last_run_time", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMSS")),
                ParamSpec(name: "value", type: .datetime),
            ],
            result: nil, errors: [], roles: RoleSets.localRootOnly, implicit: false, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "remove_from_schedule", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMSS")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "add_to_schedule", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMSS")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "set_schedule", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMSS")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "set_frequency", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMSS")),
                ParamSpec(name: "value", type: .enumeration("vmss_frequency")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "set_retained_snapshots", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMSS")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "snapshot_now", takesSession: true,
            params: [ParamSpec(name: "vmss", type: .ref("VMSS"))], result: .string, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "set_enabled", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMSS")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VMSS", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMSS")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VMSS", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMSS")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_VMs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMSS"))], result: .set(.ref("VM")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_last_run_time", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMSS"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_schedule", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMSS"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_frequency", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMSS"))],
            result: .enumeration("vmss_frequency"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_retained_snapshots", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMSS"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMSS"))],
            result: .enumeration("vmss_type"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMSS"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMSS"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMSS"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMSS"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("VMSS")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMSS"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: true, isAsync: true, release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("VMSS"))], result: .ref("VMSS"),
            errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: true,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VMSS"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMSS"))], result: .record("VMSS"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VMSS"), .record("VMSS")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "VMSS", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("VMSS")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "falcon"))
        return messages
    }
}
