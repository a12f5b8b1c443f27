// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct PVSCacheStorageRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var host: Ref<HostRecord>
    public var sr: Ref<SRRecord>
    public var site: Ref<PVSSiteRecord>
    public var size: Int64
    public var vdi: Ref<VDIRecord>

    public init() {
        self.uuid = ""
        self.host = .null
        self.sr = .null
        self.site = .null
        self.size = 21474836480
        self.vdi = .null
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.host.wire
        case 2: return self.sr.wire
        case 3: return self.site.wire
        case 4: return self.size.wire
        case 5: return self.vdi.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.host = try Ref<HostRecord>(wire: value)
        case 2: self.sr = try Ref<SRRecord>(wire: value)
        case 3: self.site = try Ref<PVSSiteRecord>(wire: value)
        case 4: self.size = try Int64(wire: value)
        case 5: self.vdi = try Ref<VDIRecord>(wire: value)
        default: throw XenAPIError.internalError("PVS_cache_storage has no field \(index)")
        }
    }
}

extension PVSCacheStorageRecord {
    public static let spec = ClassSpec(
        name: "PVS_cache_storage",
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
        fields.reserveCapacity(6)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "ely"))
        fields.append(FieldSpec(
            name: "host", type: .ref("host"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "ely"))
        fields.append(FieldSpec(
            name: "SR", type: .ref("SR"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "ely"))
        fields.append(FieldSpec(
            name: "site", type: .ref("PVS_site"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "ely"))
        fields.append(FieldSpec(
            name: "size", type: .int, qualifier: .roConstructor, defaultValue: .int(21474836480),
            release: "ely"))
        fields.append(FieldSpec(
            name: "VDI", type: .ref("VDI"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "ely"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(14)
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("PVS_cache_storage"), .record("PVS_cache_storage")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("PVS_cache_storage")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "get_VDI", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_cache_storage"))], result: .ref("VDI"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "get_size", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_cache_storage"))], result: .int,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "get_site", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_cache_storage"))],
            result: .ref("PVS_site"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "get_SR", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_cache_storage"))], result: .ref("SR"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "get_host", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_cache_storage"))],
            result: .ref("host"), errors: [], roles: RoleSets.readOnlyClientCert, implicit: true,
            isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_cache_storage"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_cache_storage"))], result: nil,
            errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: true,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("PVS_cache_storage"))],
            result: .ref("PVS_cache_storage"), errors: [], roles: RoleSets.poolOperator,
            implicit: true, isAsync: true, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("PVS_cache_storage"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_cache_storage"))],
            result: .record("PVS_cache_storage"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("PVS_cache_storage"), .record("PVS_cache_storage")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_cache_storage", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .set(.ref("PVS_cache_storage")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        return messages
    }
}
