// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct FeatureRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var enabled: Bool
    public var experimental: Bool
    public var version: String
    public var host: Ref<HostRecord>

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.enabled = false
        self.experimental = false
        self.version = "1.0"
        self.host = .null
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.enabled.wire
        case 4: return self.experimental.wire
        case 5: return self.version.wire
        case 6: return self.host.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.enabled = try Bool(wire: value)
        case 4: self.experimental = try Bool(wire: value)
        case 5: self.version = try String(wire: value)
        case 6: self.host = try Ref<HostRecord>(wire: value)
        default: throw XenAPIError.internalError("Feature has no field \(index)")
        }
    }
}

extension FeatureRecord {
    public static let spec = ClassSpec(
        name: "Feature",
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
        fields.reserveCapacity(7)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "falcon"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "rio"))
        fields.append(FieldSpec(
            name: "enabled", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "falcon"))
        fields.append(FieldSpec(
            name: "experimental", type: .bool, qualifier: .roConstructor,
            defaultValue: .bool(false), release: "falcon"))
        fields.append(FieldSpec(
            name: "version", type: .string, qualifier: .roConstructor, defaultValue: .string("1.0"),
            release: "falcon"))
        fields.append(FieldSpec(
            name: "host", type: .ref("host"), qualifier: .roRuntime, defaultValue: nil,
            release: "falcon"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(14)
        messages.append(MessageSpec(
            className: "Feature", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("Feature"), .record("Feature")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "Feature", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("Feature")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "Feature", name: "get_host", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Feature"))], result: .ref("host"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "Feature", name: "get_version", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Feature"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "Feature", name: "get_experimental", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Feature"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "Feature", name: "get_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Feature"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "Feature", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Feature"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "Feature", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Feature"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "Feature", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Feature"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "Feature", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("Feature")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "Feature", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("Feature"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "Feature", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Feature"))], result: .record("Feature"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "Feature", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("Feature"), .record("Feature")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "falcon"))
        messages.append(MessageSpec(
            className: "Feature", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("Feature")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "falcon"))
        return messages
    }
}
