// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct HostCrashdumpRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var host: Ref<HostRecord>
    public var timestamp: XenDate
    public var size: Int64
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.host = .null
        self.timestamp = XenDate(secondsSince1970: 0)
        self.size = 0
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.host.wire
        case 2: return self.timestamp.wire
        case 3: return self.size.wire
        case 4: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.host = try Ref<HostRecord>(wire: value)
        case 2: self.timestamp = try XenDate(wire: value)
        case 3: self.size = try Int64(wire: value)
        case 4: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("host_crashdump has no field \(index)")
        }
    }
}

extension HostCrashdumpRecord {
    public static let spec = ClassSpec(
        name: "host_crashdump",
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
            name: "host", type: .ref("host"), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "timestamp", type: .datetime, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "size", type: .int, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(16)
        messages.append(MessageSpec(
            className: "host_crashdump", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("host_crashdump"), .record("host_crashdump")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("host_crashdump")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "upload", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host_crashdump")),
                ParamSpec(name: "url", type: .string),
                ParamSpec(name: "options", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_crashdump"))], result: nil,
            errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host_crashdump")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host_crashdump")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host_crashdump")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_crashdump"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "get_size", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_crashdump"))], result: .int,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "get_timestamp", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_crashdump"))], result: .datetime,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "get_host", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_crashdump"))], result: .ref("host"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_crashdump"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("host_crashdump"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_crashdump"))],
            result: .record("host_crashdump"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("host_crashdump"), .record("host_crashdump")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_crashdump", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("host_crashdump")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
