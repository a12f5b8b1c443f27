// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct PVSSiteRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var pvsUUID: String
    public var cacheStorage: [Ref<PVSCacheStorageRecord>]
    public var servers: [Ref<PVSServerRecord>]
    public var proxies: [Ref<PVSProxyRecord>]

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.pvsUUID = ""
        self.cacheStorage = []
        self.servers = []
        self.proxies = []
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.pvsUUID.wire
        case 4: return self.cacheStorage.wire
        case 5: return self.servers.wire
        case 6: return self.proxies.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.pvsUUID = try String(wire: value)
        case 4: self.cacheStorage = try [Ref<PVSCacheStorageRecord>](wire: value)
        case 5: self.servers = try [Ref<PVSServerRecord>](wire: value)
        case 6: self.proxies = try [Ref<PVSProxyRecord>](wire: value)
        default: throw XenAPIError.internalError("PVS_site has no field \(index)")
        }
    }
}

extension PVSSiteRecord {
    public static let spec = ClassSpec(
        name: "PVS_site",
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
        fields.reserveCapacity(7)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "ely"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "ely"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "ely"))
        fields.append(FieldSpec(
            name: "PVS_uuid", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "ely"))
        fields.append(FieldSpec(
            name: "cache_storage", type: .set(.ref("PVS_cache_storage")), qualifier: .roRuntime,
            defaultValue: .array([]), release: "ely"))
        fields.append(FieldSpec(
            name: "servers", type: .set(.ref("PVS_server")), qualifier: .roRuntime,
            defaultValue: nil, release: "ely"))
        fields.append(FieldSpec(
            name: "proxies", type: .set(.ref("PVS_proxy")), qualifier: .roRuntime,
            defaultValue: nil, release: "ely"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(19)
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("PVS_site"), .record("PVS_site")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("PVS_site")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "set_PVS_uuid", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PVS_site")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "forget", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_site"))], result: nil,
            errors: ["PVS_SITE_CONTAINS_RUNNING_PROXIES", "PVS_SITE_CONTAINS_SERVERS"],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "introduce", takesSession: true,
            params: [
                ParamSpec(name: "name_label", type: .string),
                ParamSpec(name: "name_description", type: .string),
                ParamSpec(name: "PVS_uuid", type: .string),
            ],
            result: .ref("PVS_site"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PVS_site")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PVS_site")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_proxies", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_site"))],
            result: .set(.ref("PVS_proxy")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_servers", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_site"))],
            result: .set(.ref("PVS_server")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_cache_storage", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_site"))],
            result: .set(.ref("PVS_cache_storage")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_PVS_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_site"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_site"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_site"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_site"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("PVS_site")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("PVS_site"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_site"))], result: .record("PVS_site"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("PVS_site"), .record("PVS_site")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_site", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("PVS_site")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        return messages
    }
}
