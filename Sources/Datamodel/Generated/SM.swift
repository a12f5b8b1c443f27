// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct SMRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var type: String
    public var vendor: String
    public var copyright: String
    public var version: String
    public var requiredAPIVersion: String
    public var configuration: [String: String]
    public var capabilities: [String]
    public var features: [String: Int64]
    public var otherConfig: [String: String]
    public var driverFilename: String
    public var requiredClusterStack: [String]

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.type = ""
        self.vendor = ""
        self.copyright = ""
        self.version = ""
        self.requiredAPIVersion = ""
        self.configuration = [:]
        self.capabilities = []
        self.features = [:]
        self.otherConfig = [:]
        self.driverFilename = ""
        self.requiredClusterStack = []
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.type.wire
        case 4: return self.vendor.wire
        case 5: return self.copyright.wire
        case 6: return self.version.wire
        case 7: return self.requiredAPIVersion.wire
        case 8: return self.configuration.wire
        case 9: return self.capabilities.wire
        case 10: return self.features.wire
        case 11: return self.otherConfig.wire
        case 12: return self.driverFilename.wire
        case 13: return self.requiredClusterStack.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.type = try String(wire: value)
        case 4: self.vendor = try String(wire: value)
        case 5: self.copyright = try String(wire: value)
        case 6: self.version = try String(wire: value)
        case 7: self.requiredAPIVersion = try String(wire: value)
        case 8: self.configuration = try [String: String](wire: value)
        case 9: self.capabilities = try [String](wire: value)
        case 10: self.features = try [String: Int64](wire: value)
        case 11: self.otherConfig = try [String: String](wire: value)
        case 12: self.driverFilename = try String(wire: value)
        case 13: self.requiredClusterStack = try [String](wire: value)
        default: throw XenAPIError.internalError("SM has no field \(index)")
        }
    }
}

extension SMRecord {
    public static let spec = ClassSpec(
        name: "SM",
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
        fields.reserveCapacity(14)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "rio"))
        fields.append(FieldSpec(
            name: "type", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "vendor", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "copyright", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "version", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "required_api_version", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "configuration", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "capabilities", type: .set(.string), qualifier: .roRuntime,
            defaultValue: .array([]), release: "miami"))
        fields.append(FieldSpec(
            name: "features", type: .map(.string, .int), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "clearwater"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        fields.append(FieldSpec(
            name: "driver_filename", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "orlando"))
        fields.append(FieldSpec(
            name: "required_cluster_stack", type: .set(.string), qualifier: .roRuntime,
            defaultValue: .array([]), release: "dundee"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(24)
        messages.append(MessageSpec(
            className: "SM", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("SM"), .record("SM")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("SM")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("SM")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "SM", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("SM")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "SM", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("SM")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "SM", name: "get_required_cluster_stack", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .set(.string), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "SM", name: "get_driver_filename", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "SM", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "SM", name: "get_features", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .map(.string, .int),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "clearwater"))
        messages.append(MessageSpec(
            className: "SM", name: "get_capabilities", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .set(.string), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "SM", name: "get_configuration", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_required_api_version", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_version", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_copyright", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_vendor", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("SM")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("SM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SM"))], result: .record("SM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("SM"), .record("SM")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SM", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("SM")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        return messages
    }
}
