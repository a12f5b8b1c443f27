// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct TaskRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var allowedOperations: [TaskAllowedOperations]
    public var currentOperations: [String: TaskAllowedOperations]
    public var created: XenDate
    public var finished: XenDate
    public var status: TaskStatusType
    public var residentOn: Ref<HostRecord>
    public var progress: Double
    public var type: String
    public var result: String
    public var errorInfo: [String]
    public var otherConfig: [String: String]
    public var subtaskOf: Ref<TaskRecord>
    public var subtasks: [Ref<TaskRecord>]
    public var backtrace: String

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.allowedOperations = []
        self.currentOperations = [:]
        self.created = XenDate(secondsSince1970: 0)
        self.finished = XenDate(secondsSince1970: 0)
        self.status = .pending
        self.residentOn = .null
        self.progress = 0.0
        self.type = ""
        self.result = ""
        self.errorInfo = []
        self.otherConfig = [:]
        self.subtaskOf = .null
        self.subtasks = []
        self.backtrace = "()"
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.allowedOperations.wire
        case 4: return self.currentOperations.wire
        case 5: return self.created.wire
        case 6: return self.finished.wire
        case 7: return self.status.wire
        case 8: return self.residentOn.wire
        case 9: return self.progress.wire
        case 10: return self.type.wire
        case 11: return self.result.wire
        case 12: return self.errorInfo.wire
        case 13: return self.otherConfig.wire
        case 14: return self.subtaskOf.wire
        case 15: return self.subtasks.wire
        case 16: return self.backtrace.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.allowedOperations = try [TaskAllowedOperations](wire: value)
        case 4: self.currentOperations = try [String: TaskAllowedOperations](wire: value)
        case 5: self.created = try XenDate(wire: value)
        case 6: self.finished = try XenDate(wire: value)
        case 7: self.status = try TaskStatusType(wire: value)
        case 8: self.residentOn = try Ref<HostRecord>(wire: value)
        case 9: self.progress = try Double(wire: value)
        case 10: self.type = try String(wire: value)
        case 11: self.result = try String(wire: value)
        case 12: self.errorInfo = try [String](wire: value)
        case 13: self.otherConfig = try [String: String](wire: value)
        case 14: self.subtaskOf = try Ref<TaskRecord>(wire: value)
        case 15: self.subtasks = try [Ref<TaskRecord>](wire: value)
        case 16: self.backtrace = try String(wire: value)
        default: throw XenAPIError.internalError("task has no field \(index)")
        }
    }
}

extension TaskRecord {
    public static let spec = ClassSpec(
        name: "task",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "rio",
        inDatabase: true,
        persistent: false,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(17)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "rio"))
        fields.append(FieldSpec(
            name: "allowed_operations", type: .set(.enumeration("task_allowed_operations")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "rio"))
        fields.append(FieldSpec(
            name: "current_operations",
            type: .map(.string, .enumeration("task_allowed_operations")), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "created", type: .datetime, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "finished", type: .datetime, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "status", type: .enumeration("task_status_type"), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "resident_on", type: .ref("host"), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "progress", type: .float, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "type", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "result", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "error_info", type: .set(.string), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        fields.append(FieldSpec(
            name: "subtask_of", type: .ref("task"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "orlando"))
        fields.append(FieldSpec(
            name: "subtasks", type: .set(.ref("task")), qualifier: .roRuntime, defaultValue: nil,
            release: "orlando"))
        fields.append(FieldSpec(
            name: "backtrace", type: .string, qualifier: .roRuntime, defaultValue: .string("()"),
            release: "dundee"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(34)
        messages.append(MessageSpec(
            className: "task", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("task"), .record("task")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("task")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "set_error_info", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("task")),
                ParamSpec(name: "value", type: .set(.string)),
            ],
            result: nil, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: false, release: "21.3.0"))
        messages.append(MessageSpec(
            className: "task", name: "set_result", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("task")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: false, release: "21.3.0"))
        messages.append(MessageSpec(
            className: "task", name: "set_progress", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("task")),
                ParamSpec(name: "value", type: .float),
            ],
            result: nil, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: false, release: "stockholm"))
        messages.append(MessageSpec(
            className: "task", name: "set_status", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("task")),
                ParamSpec(name: "value", type: .enumeration("task_status_type")),
            ],
            result: nil, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "task", name: "cancel", takesSession: true,
            params: [ParamSpec(name: "task", type: .ref("task"))], result: nil,
            errors: ["OPERATION_NOT_ALLOWED"], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: nil, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "label", type: .string),
                ParamSpec(name: "description", type: .string),
            ],
            result: .ref("task"), errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("task")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami",
            protectedKeys: [
                ProtectedKey("applies_to", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenterUUID", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenterMeddlingActionTitle", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "task", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("task")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami",
            protectedKeys: [
                ProtectedKey("applies_to", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenterUUID", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenterMeddlingActionTitle", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "task", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("task")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami",
            protectedKeys: [
                ProtectedKey("applies_to", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenterUUID", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenterMeddlingActionTitle", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "task", name: "get_backtrace", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "task", name: "get_subtasks", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .set(.ref("task")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "task", name: "get_subtask_of", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .ref("task"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "task", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "task", name: "get_error_info", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_result", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_progress", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .float, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_resident_on", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .ref("host"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_status", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))],
            result: .enumeration("task_status_type"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_finished", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_created", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_current_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))],
            result: .map(.string, .enumeration("task_allowed_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))],
            result: .set(.enumeration("task_allowed_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("task")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("task"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("task"))], result: .record("task"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("task"), .record("task")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "task", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("task")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
