// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct PVSProxyRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var site: Ref<PVSSiteRecord>
    public var vif: Ref<VIFRecord>
    public var currentlyAttached: Bool
    public var status: PVSProxyStatus

    public init() {
        self.uuid = ""
        self.site = .null
        self.vif = .null
        self.currentlyAttached = false
        self.status = .stopped
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.site.wire
        case 2: return self.vif.wire
        case 3: return self.currentlyAttached.wire
        case 4: return self.status.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.site = try Ref<PVSSiteRecord>(wire: value)
        case 2: self.vif = try Ref<VIFRecord>(wire: value)
        case 3: self.currentlyAttached = try Bool(wire: value)
        case 4: self.status = try PVSProxyStatus(wire: value)
        default: throw XenAPIError.internalError("PVS_proxy has no field \(index)")
        }
    }
}

extension PVSProxyRecord {
    public static let spec = ClassSpec(
        name: "PVS_proxy",
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
            name: "site", type: .ref("PVS_site"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "ely"))
        fields.append(FieldSpec(
            name: "VIF", type: .ref("VIF"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "ely"))
        fields.append(FieldSpec(
            name: "currently_attached", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "ely"))
        fields.append(FieldSpec(
            name: "status", type: .enumeration("pvs_proxy_status"), qualifier: .roRuntime,
            defaultValue: .string("stopped"), release: "ely"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(13)
        messages.append(MessageSpec(
            className: "PVS_proxy", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("PVS_proxy"), .record("PVS_proxy")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_proxy", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("PVS_proxy")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_proxy", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_proxy"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_proxy", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "site", type: .ref("PVS_site")),
                ParamSpec(name: "VIF", type: .ref("VIF")),
            ],
            result: .ref("PVS_proxy"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_proxy", name: "get_status", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_proxy"))],
            result: .enumeration("pvs_proxy_status"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_proxy", name: "get_currently_attached", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_proxy"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_proxy", name: "get_VIF", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_proxy"))], result: .ref("VIF"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_proxy", name: "get_site", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_proxy"))], result: .ref("PVS_site"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_proxy", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_proxy"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_proxy", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("PVS_proxy"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_proxy", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PVS_proxy"))],
            result: .record("PVS_proxy"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_proxy", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("PVS_proxy"), .record("PVS_proxy")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "PVS_proxy", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("PVS_proxy")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "ely"))
        return messages
    }
}
