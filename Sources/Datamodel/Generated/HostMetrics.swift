// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct HostMetricsRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var memoryTotal: Int64
    public var memoryFree: Int64
    public var live: Bool
    public var lastUpdated: XenDate
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.memoryTotal = 0
        self.memoryFree = 0
        self.live = false
        self.lastUpdated = XenDate(secondsSince1970: 0)
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.memoryTotal.wire
        case 2: return self.memoryFree.wire
        case 3: return self.live.wire
        case 4: return self.lastUpdated.wire
        case 5: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.memoryTotal = try Int64(wire: value)
        case 2: self.memoryFree = try Int64(wire: value)
        case 3: self.live = try Bool(wire: value)
        case 4: self.lastUpdated = try XenDate(wire: value)
        case 5: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("host_metrics has no field \(index)")
        }
    }
}

extension HostMetricsRecord {
    public static let spec = ClassSpec(
        name: "host_metrics",
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
        fields.reserveCapacity(6)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "memory_total", type: .int, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "memory_free", type: .int, qualifier: .roRuntime, defaultValue: .int(0),
            release: "rio"))
        fields.append(FieldSpec(
            name: "live", type: .bool, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "last_updated", type: .datetime, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "orlando"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(15)
        messages.append(MessageSpec(
            className: "host_metrics", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("host_metrics"), .record("host_metrics")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("host_metrics")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host_metrics")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host_metrics")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host_metrics")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_metrics"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "get_last_updated", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_metrics"))], result: .datetime,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "get_live", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_metrics"))], result: .bool,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "get_memory_free", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_metrics"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "get_memory_total", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_metrics"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_metrics"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("host_metrics"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_metrics"))],
            result: .record("host_metrics"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("host_metrics"), .record("host_metrics")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_metrics", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("host_metrics")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
