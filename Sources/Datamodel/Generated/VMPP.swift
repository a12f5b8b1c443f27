// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VMPPRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var isPolicyEnabled: Bool
    public var backupType: VMPPBackupType
    public var backupRetentionValue: Int64
    public var backupFrequency: VMPPBackupFrequency
    public var backupSchedule: [String: String]
    public var isBackupRunning: Bool
    public var backupLastRunTime: XenDate
    public var archiveTargetType: VMPPArchiveTargetType
    public var archiveTargetConfig: [String: String]
    public var archiveFrequency: VMPPArchiveFrequency
    public var archiveSchedule: [String: String]
    public var isArchiveRunning: Bool
    public var archiveLastRunTime: XenDate
    public var vms: [Ref<VMRecord>]
    public var isAlarmEnabled: Bool
    public var alarmConfig: [String: String]
    public var recentAlerts: [String]

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.isPolicyEnabled = true
        self.backupType = .snapshot
        self.backupRetentionValue = 7
        self.backupFrequency = .daily
        self.backupSchedule = [:]
        self.isBackupRunning = false
        self.backupLastRunTime = XenDate(secondsSince1970: 0)
        self.archiveTargetType = .none
        self.archiveTargetConfig = [:]
        self.archiveFrequency = .never
        self.archiveSchedule = [:]
        self.isArchiveRunning = false
        self.archiveLastRunTime = XenDate(secondsSince1970: 0)
        self.vms = []
        self.isAlarmEnabled = false
        self.alarmConfig = [:]
        self.recentAlerts = []
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.isPolicyEnabled.wire
        case 4: return self.backupType.wire
        case 5: return self.backupRetentionValue.wire
        case 6: return self.backupFrequency.wire
        case 7: return self.backupSchedule.wire
        case 8: return self.isBackupRunning.wire
        case 9: return self.backupLastRunTime.wire
        case 10: return self.archiveTargetType.wire
        case 11: return self.archiveTargetConfig.wire
        case 12: return self.archiveFrequency.wire
        case 13: return self.archiveSchedule.wire
        case 14: return self.isArchiveRunning.wire
        case 15: return self.archiveLastRunTime.wire
        case 16: return self.vms.wire
        case 17: return self.isAlarmEnabled.wire
        case 18: return self.alarmConfig.wire
        case 19: return self.recentAlerts.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.isPolicyEnabled = try Bool(wire: value)
        case 4: self.backupType = try VMPPBackupType(wire: value)
        case 5: self.backupRetentionValue = try Int64(wire: value)
        case 6: self.backupFrequency = try VMPPBackupFrequency(wire: value)
        case 7: self.backupSchedule = try [String: String](wire: value)
        case 8: self.isBackupRunning = try Bool(wire: value)
        case 9: self.backupLastRunTime = try XenDate(wire: value)
        case 10: self.archiveTargetType = try VMPPArchiveTargetType(wire: value)
        case 11: self.archiveTargetConfig = try [String: String](wire: value)
        case 12: self.archiveFrequency = try VMPPArchiveFrequency(wire: value)
        case 13: self.archiveSchedule = try [String: String](wire: value)
        case 14: self.isArchiveRunning = try Bool(wire: value)
        case 15: self.archiveLastRunTime = try XenDate(wire: value)
        case 16: self.vms = try [Ref<VMRecord>](wire: value)
        case 17: self.isAlarmEnabled = try Bool(wire: value)
        case 18: self.alarmConfig = try [String: String](wire: value)
        case 19: self.recentAlerts = try [String](wire: value)
        default: throw XenAPIError.internalError("VMPP has no field \(index)")
        }
    }
}

extension VMPPRecord {
    public static let spec = ClassSpec(
        name: "VMPP",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "cowley",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(20)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "cowley"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "is_policy_enabled", type: .bool, qualifier: .rw, defaultValue: .bool(true),
            release: "cowley"))
        fields.append(FieldSpec(
            name: "backup_type", type: .enumeration("vmpp_backup_type"), qualifier: .rw,
            defaultValue: .string("snapshot"), release: "cowley"))
        fields.append(FieldSpec(
            name: "backup_retention_value", type: .int, qualifier: .roConstructor,
            defaultValue: .int(7), release: "cowley"))
        fields.append(FieldSpec(
            name: "backup_frequency", type: .enumeration("vmpp_backup_frequency"),
            qualifier: .roConstructor, defaultValue: .string("daily"), release: "cowley"))
        fields.append(FieldSpec(
            name: "backup_schedule", type: .map(.string, .string), qualifier: .roConstructor,
            defaultValue: .structure([]), release: "cowley"))
        fields.append(FieldSpec(
            name: "is_backup_running", type: .bool, qualifier: .roRuntime, defaultValue: nil,
            release: "cowley"))
        fields.append(FieldSpec(
            name: "backup_last_run_time", type: .datetime, qualifier: .roRuntime,
            defaultValue: .dateTime(XenDate(secondsSince1970: 0)), release: "cowley"))
        fields.append(FieldSpec(
            name: "archive_target_type", type: .enumeration("vmpp_archive_target_type"),
            qualifier: .roConstructor, defaultValue: .string("none"), release: "cowley"))
        fields.append(FieldSpec(
            name: "archive_target_config", type: .map(.string, .string), qualifier: .roConstructor,
            defaultValue: .structure([]), release: "cowley"))
        fields.append(FieldSpec(
            name: "archive_frequency", type: .enumeration("vmpp_archive_frequency"),
            qualifier: .roConstructor, defaultValue: .string("never"), release: "cowley"))
        fields.append(FieldSpec(
            name: "archive_schedule", type: .map(.string, .string), qualifier: .roConstructor,
            defaultValue: .structure([]), release: "cowley"))
        fields.append(FieldSpec(
            name: "is_archive_running", type: .bool, qualifier: .roRuntime, defaultValue: nil,
            release: "cowley"))
        fields.append(FieldSpec(
            name: "archive_last_run_time", type: .datetime, qualifier: .roRuntime,
            defaultValue: .dateTime(XenDate(secondsSince1970: 0)), release: "cowley"))
        fields.append(FieldSpec(
            name: "VMs", type: .set(.ref("VM")), qualifier: .roRuntime, defaultValue: nil,
            release: "cowley"))
        fields.append(FieldSpec(
            name: "is_alarm_enabled", type: .bool, qualifier: .roConstructor,
            defaultValue: .bool(false), release: "cowley"))
        fields.append(FieldSpec(
            name: "alarm_config", type: .map(.string, .string), qualifier: .roConstructor,
            defaultValue: .structure([]), release: "cowley"))
        fields.append(FieldSpec(
            name: "recent_alerts", type: .set(.string), qualifier: .roRuntime,
            defaultValue: .array([]), release: "cowley"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(55)
        messages.append(MessageSpec(
            className: "VMPP", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VMPP"), .record("VMPP")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VMPP")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_archive_last_run_time", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .datetime),
            ],
            result: nil, errors: [], roles: RoleSets.localRootOnly, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_backup_last_run_time", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .datetime),
            ],
            result: nil, errors: [], roles: RoleSets.localRootOnly, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "remove_from_alarm_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "remove_from_archive_schedule", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "remove_from_archive_target_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "remove_from_backup_schedule", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "add_to_alarm_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "add_to_archive_schedule", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "add_to_archive_target_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "add_to_backup_schedule", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_alarm_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_is_alarm_enabled", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_archive_target_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_archive_target_type", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .enumeration("vmpp_archive_target_type")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_archive_schedule", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_archive_frequency", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .enumeration("vmpp_archive_frequency")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_backup_schedule", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_backup_frequency", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .enumeration("vmpp_backup_frequency")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_backup_retention_value", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_alerts", takesSession: true,
            params: [
                ParamSpec(name: "vmpp", type: .ref("VMPP")),
                ParamSpec(name: "hours_from_now", type: .int),
            ],
            result: .set(.string), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "archive_now", takesSession: true,
            params: [ParamSpec(name: "snapshot", type: .ref("VM"))], result: .string, errors: [],
            roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "protect_now", takesSession: true,
            params: [ParamSpec(name: "vmpp", type: .ref("VMPP"))], result: .string, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_backup_type", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .enumeration("vmpp_backup_type")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_is_policy_enabled", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VMPP", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VMPP")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_recent_alerts", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_alarm_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_is_alarm_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_VMs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .set(.ref("VM")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_archive_last_run_time", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_is_archive_running", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_archive_schedule", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_archive_frequency", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))],
            result: .enumeration("vmpp_archive_frequency"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_archive_target_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_archive_target_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))],
            result: .enumeration("vmpp_archive_target_type"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_backup_last_run_time", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_is_backup_running", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_backup_schedule", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_backup_frequency", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))],
            result: .enumeration("vmpp_backup_frequency"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_backup_retention_value", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_backup_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))],
            result: .enumeration("vmpp_backup_type"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_is_policy_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("VMPP")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: true, isAsync: true, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("VMPP"))], result: .ref("VMPP"),
            errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: true,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VMPP"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VMPP"))], result: .record("VMPP"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VMPP"), .record("VMPP")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VMPP", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("VMPP")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        return messages
    }
}
