// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VBDMetricsRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var ioReadKbs: Double
    public var ioWriteKbs: Double
    public var lastUpdated: XenDate
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.ioReadKbs = 0.0
        self.ioWriteKbs = 0.0
        self.lastUpdated = XenDate(secondsSince1970: 0)
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.ioReadKbs.wire
        case 2: return self.ioWriteKbs.wire
        case 3: return self.lastUpdated.wire
        case 4: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.ioReadKbs = try Double(wire: value)
        case 2: self.ioWriteKbs = try Double(wire: value)
        case 3: self.lastUpdated = try XenDate(wire: value)
        case 4: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("VBD_metrics has no field \(index)")
        }
    }
}

extension VBDMetricsRecord {
    public static let spec = ClassSpec(
        name: "VBD_metrics",
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
        fields.reserveCapacity(5)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "io_read_kbs", type: .float, qualifier: .roRuntime, defaultValue: .double(0.0),
            release: "rio"))
        fields.append(FieldSpec(
            name: "io_write_kbs", type: .float, qualifier: .roRuntime, defaultValue: .double(0.0),
            release: "rio"))
        fields.append(FieldSpec(
            name: "last_updated", type: .datetime, qualifier: .roRuntime,
            defaultValue: .dateTime(XenDate(secondsSince1970: 0)), release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "orlando"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(14)
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VBD_metrics"), .record("VBD_metrics")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VBD_metrics")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD_metrics")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD_metrics")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VBD_metrics")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD_metrics"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "get_last_updated", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD_metrics"))], result: .datetime,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "get_io_write_kbs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD_metrics"))], result: .float,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "get_io_read_kbs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD_metrics"))], result: .float,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD_metrics"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VBD_metrics"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VBD_metrics"))],
            result: .record("VBD_metrics"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VBD_metrics"), .record("VBD_metrics")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VBD_metrics", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("VBD_metrics")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
