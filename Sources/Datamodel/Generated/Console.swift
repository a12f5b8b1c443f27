// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct ConsoleRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var `protocol`: ConsoleProtocol
    public var location: String
    public var vm: Ref<VMRecord>
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.`protocol` = .vt100
        self.location = ""
        self.vm = .null
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.`protocol`.wire
        case 2: return self.location.wire
        case 3: return self.vm.wire
        case 4: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.`protocol` = try ConsoleProtocol(wire: value)
        case 2: self.location = try String(wire: value)
        case 3: self.vm = try Ref<VMRecord>(wire: value)
        case 4: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("console has no field \(index)")
        }
    }
}

extension ConsoleRecord {
    public static let spec = ClassSpec(
        name: "console",
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
        fields.reserveCapacity(5)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "protocol", type: .enumeration("console_protocol"), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "location", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "VM", type: .ref("VM"), qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(16)
        messages.append(MessageSpec(
            className: "console", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("console"), .record("console")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("console")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("console")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("console")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("console")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("console"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "get_VM", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("console"))], result: .ref("VM"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "get_location", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("console"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "get_protocol", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("console"))],
            result: .enumeration("console_protocol"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("console"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("console"))], result: nil, errors: [],
            roles: RoleSets.vmAdmin, implicit: true, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("console"))], result: .ref("console"),
            errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("console"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("console"))], result: .record("console"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("console"), .record("console")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "console", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("console")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
