// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct HostCPURecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var host: Ref<HostRecord>
    public var number: Int64
    public var vendor: String
    public var speed: Int64
    public var modelname: String
    public var family: Int64
    public var model: Int64
    public var stepping: String
    public var flags: String
    public var features: String
    public var utilisation: Double
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.host = .null
        self.number = 0
        self.vendor = ""
        self.speed = 0
        self.modelname = ""
        self.family = 0
        self.model = 0
        self.stepping = ""
        self.flags = ""
        self.features = ""
        self.utilisation = 0.0
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.host.wire
        case 2: return self.number.wire
        case 3: return self.vendor.wire
        case 4: return self.speed.wire
        case 5: return self.modelname.wire
        case 6: return self.family.wire
        case 7: return self.model.wire
        case 8: return self.stepping.wire
        case 9: return self.flags.wire
        case 10: return self.features.wire
        case 11: return self.utilisation.wire
        case 12: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.host = try Ref<HostRecord>(wire: value)
        case 2: self.number = try Int64(wire: value)
        case 3: self.vendor = try String(wire: value)
        case 4: self.speed = try Int64(wire: value)
        case 5: self.modelname = try String(wire: value)
        case 6: self.family = try Int64(wire: value)
        case 7: self.model = try Int64(wire: value)
        case 8: self.stepping = try String(wire: value)
        case 9: self.flags = try String(wire: value)
        case 10: self.features = try String(wire: value)
        case 11: self.utilisation = try Double(wire: value)
        case 12: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("host_cpu has no field \(index)")
        }
    }
}

extension HostCPURecord {
    public static let spec = ClassSpec(
        name: "host_cpu",
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
        fields.reserveCapacity(13)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "host", type: .ref("host"), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "number", type: .int, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "vendor", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "speed", type: .int, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "modelname", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "family", type: .int, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "model", type: .int, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "stepping", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "flags", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "features", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "utilisation", type: .float, qualifier: .roRuntime, defaultValue: nil,
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
        messages.reserveCapacity(22)
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("host_cpu"), .record("host_cpu")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("host_cpu")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host_cpu")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host_cpu")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host_cpu")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_utilisation", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))], result: .float, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_features", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_flags", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_stepping", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_model", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_family", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_modelname", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_speed", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_vendor", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_number", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_host", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))], result: .ref("host"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("host_cpu"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host_cpu"))], result: .record("host_cpu"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("host_cpu"), .record("host_cpu")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host_cpu", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("host_cpu")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
