// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct PVSServerRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var addresses: [String]
    public var firstPort: Int64
    public var lastPort: Int64
    public var site: Ref<PVSSiteRecord>

    public init() {
        self.uuid = ""
        self.addresses = []
        self.firstPort = 0
        self.lastPort = 0
        self.site = .null
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.addresses.wire
        case 2: return self.firstPort.wire
        case 3: return self.lastPort.wire
        case 4: return self.site.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.addresses = try [String](wire: value)
        case 2: self.firstPort = try Int64(wire: value)
        case 3: self.lastPort = try Int64(wire: value)
        case 4: self.site = try Ref<PVSSiteRecord>(wire: value)
        default: throw XenAPIError.internalError("PVS_server has no field \(index)")
        }
    }
}

extension PVSServerRecord {
    public static let spec = ClassSpec(
        name: "PVS_server",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "ely",
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
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "ely"))
        fields.append(FieldSpec(
            name: "addresses", type: .set(.string), qualifier: .roConstructor,
            defaultValue: .array([]), release: "ely"))
        fields.append(FieldSpec(
            name: "first_port", type: .int, qualifier: .roConstructor, defaultValue: .int(0),
            release: "ely"))
        fields.append(FieldSpec(
            name: "last_port", type: .int, qualifier: .roConstructor, defaultValue: .int(0),
            release: "ely"))
        fields.append(FieldSpec(
            name: "site", type: .ref("PVS_site"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "ely"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(13)
        messages.append(MessageSpec(
            className: "PVS_server", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("PVS_server"), .record("PVS_server")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_server", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("PVS_server")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_server", name: "forget", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_server"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_server", name: "introduce", takesSession: true,
            params: [
                ParamSpec(name: "addresses", type: .set(.string)),
                ParamSpec(name: "first_port", type: .int),
                ParamSpec(name: "last_port", type: .int),
                ParamSpec(name: "site", type: .ref("PVS_site")),
            ],
            result: .ref("PVS_server"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_server", name: "get_site", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_server"))], result: .ref("PVS_site"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_server", name: "get_last_port", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_server"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_server", name: "get_first_port", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_server"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_server", name: "get_addresses", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_server"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_server", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_server"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_server", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("PVS_server"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_server", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_server"))],
            result: .record("PVS_server"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_server", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("PVS_server"), .record("PVS_server")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_server", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("PVS_server")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        return messages
    }
}
