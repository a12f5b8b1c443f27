// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct ClusterHostRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var cluster: Ref<ClusterRecord>
    public var host: Ref<HostRecord>
    public var enabled: Bool
    public var pif: Ref<PIFRecord>
    public var joined: Bool
    public var live: Bool
    public var lastUpdateLive: XenDate
    public var allowedOperations: [ClusterHostOperation]
    public var currentOperations: [String: ClusterHostOperation]
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.cluster = .null
        self.host = .null
        self.enabled = false
        self.pif = .null
        self.joined = true
        self.live = false
        self.lastUpdateLive = XenDate(secondsSince1970: 0)
        self.allowedOperations = []
        self.currentOperations = [:]
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.cluster.wire
        case 2: return self.host.wire
        case 3: return self.enabled.wire
        case 4: return self.pif.wire
        case 5: return self.joined.wire
        case 6: return self.live.wire
        case 7: return self.lastUpdateLive.wire
        case 8: return self.allowedOperations.wire
        case 9: return self.currentOperations.wire
        case 10: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.cluster = try Ref<ClusterRecord>(wire: value)
        case 2: self.host = try Ref<HostRecord>(wire: value)
        case 3: self.enabled = try Bool(wire: value)
        case 4: self.pif = try Ref<PIFRecord>(wire: value)
        case 5: self.joined = try Bool(wire: value)
        case 6: self.live = try Bool(wire: value)
        case 7: self.lastUpdateLive = try XenDate(wire: value)
        case 8: self.allowedOperations = try [ClusterHostOperation](wire: value)
        case 9: self.currentOperations = try [String: ClusterHostOperation](wire: value)
        case 10: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("Cluster_host has no field \(index)")
        }
    }
}

extension ClusterHostRecord {
    public static let spec = ClassSpec(
        name: "Cluster_host",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "lima",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(11)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "lima"))
        fields.append(FieldSpec(
            name: "cluster", type: .ref("Cluster"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "lima"))
        fields.append(FieldSpec(
            name: "host", type: .ref("host"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "lima"))
        fields.append(FieldSpec(
            name: "enabled", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "lima"))
        fields.append(FieldSpec(
            name: "PIF", type: .ref("PIF"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "lima"))
        fields.append(FieldSpec(
            name: "joined", type: .bool, qualifier: .roRuntime, defaultValue: .bool(true),
            release: "lima"))
        fields.append(FieldSpec(
            name: "live", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "24.3.0"))
        fields.append(FieldSpec(
            name: "last_update_live", type: .datetime, qualifier: .roRuntime,
            defaultValue: .dateTime(XenDate(secondsSince1970: 0)), release: "24.3.0"))
        fields.append(FieldSpec(
            name: "allowed_operations", type: .set(.enumeration("cluster_host_operation")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "rio"))
        fields.append(FieldSpec(
            name: "current_operations", type: .map(.string, .enumeration("cluster_host_operation")),
            qualifier: .roRuntime, defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .roConstructor,
            defaultValue: .structure([]), release: "lima"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(22)
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("Cluster_host"), .record("Cluster_host")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("Cluster_host")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "disable", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))], result: nil,
            errors: ["CLUSTER_STACK_IN_USE"], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "force_destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))], result: nil,
            errors: ["CLUSTER_STACK_IN_USE"], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "enable", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))], result: nil,
            errors: ["PIF_ALLOWS_UNPLUG", "REQUIRED_PIF_IS_UNPLUGGED"],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))], result: nil,
            errors: ["CLUSTER_STACK_IN_USE", "CLUSTERING_DISABLED", "CLUSTER_HOST_IS_LAST"],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "cluster", type: .ref("Cluster")),
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "pif", type: .ref("PIF")),
            ],
            result: .ref("Cluster_host"),
            errors: ["PIF_NOT_ATTACHED_TO_HOST", "NO_CLUSTER_HOSTS_REACHABLE"],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_current_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))],
            result: .map(.string, .enumeration("cluster_host_operation")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))],
            result: .set(.enumeration("cluster_host_operation")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_last_update_live", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))], result: .datetime,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "24.3.0"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_live", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))], result: .bool,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "24.3.0"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_joined", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))], result: .bool,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_PIF", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))], result: .ref("PIF"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))], result: .bool,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_host", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))], result: .ref("host"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_cluster", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))], result: .ref("Cluster"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("Cluster_host"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster_host"))],
            result: .record("Cluster_host"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("Cluster_host"), .record("Cluster_host")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster_host", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("Cluster_host")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "lima"))
        return messages
    }
}
