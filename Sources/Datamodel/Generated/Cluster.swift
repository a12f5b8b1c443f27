// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct ClusterRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var clusterHosts: [Ref<ClusterHostRecord>]
    public var pendingForget: [String]
    public var clusterToken: String
    public var clusterStack: String
    public var isQuorate: Bool
    public var quorum: Int64
    public var liveHosts: Int64
    public var allowedOperations: [ClusterOperation]
    public var currentOperations: [String: ClusterOperation]
    public var poolAutoJoin: Bool
    public var tokenTimeout: Double
    public var tokenTimeoutCoefficient: Double
    public var clusterConfig: [String: String]
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.clusterHosts = []
        self.pendingForget = []
        self.clusterToken = ""
        self.clusterStack = "corosync"
        self.isQuorate = false
        self.quorum = 0
        self.liveHosts = 0
        self.allowedOperations = []
        self.currentOperations = [:]
        self.poolAutoJoin = true
        self.tokenTimeout = 20.0
        self.tokenTimeoutCoefficient = 1.0
        self.clusterConfig = [:]
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.clusterHosts.wire
        case 2: return self.pendingForget.wire
        case 3: return self.clusterToken.wire
        case 4: return self.clusterStack.wire
        case 5: return self.isQuorate.wire
        case 6: return self.quorum.wire
        case 7: return self.liveHosts.wire
        case 8: return self.allowedOperations.wire
        case 9: return self.currentOperations.wire
        case 10: return self.poolAutoJoin.wire
        case 11: return self.tokenTimeout.wire
        case 12: return self.tokenTimeoutCoefficient.wire
        case 13: return self.clusterConfig.wire
        case 14: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.clusterHosts = try [Ref<ClusterHostRecord>](wire: value)
        case 2: self.pendingForget = try [String](wire: value)
        case 3: self.clusterToken = try String(wire: value)
        case 4: self.clusterStack = try String(wire: value)
        case 5: self.isQuorate = try Bool(wire: value)
        case 6: self.quorum = try Int64(wire: value)
        case 7: self.liveHosts = try Int64(wire: value)
        case 8: self.allowedOperations = try [ClusterOperation](wire: value)
        case 9: self.currentOperations = try [String: ClusterOperation](wire: value)
        case 10: self.poolAutoJoin = try Bool(wire: value)
        case 11: self.tokenTimeout = try Double(wire: value)
        case 12: self.tokenTimeoutCoefficient = try Double(wire: value)
        case 13: self.clusterConfig = try [String: String](wire: value)
        case 14: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("Cluster has no field \(index)")
        }
    }
}

extension ClusterRecord {
    public static let spec = ClassSpec(
        name: "Cluster",
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
        fields.reserveCapacity(15)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "lima"))
        fields.append(FieldSpec(
            name: "cluster_hosts", type: .set(.ref("Cluster_host")), qualifier: .roRuntime,
            defaultValue: nil, release: "lima"))
        fields.append(FieldSpec(
            name: "pending_forget", type: .set(.string), qualifier: .roRuntime,
            defaultValue: .array([]), release: "lima"))
        fields.append(FieldSpec(
            name: "cluster_token", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "lima"))
        fields.append(FieldSpec(
            name: "cluster_stack", type: .string, qualifier: .roConstructor,
            defaultValue: .string("corosync"), release: "lima"))
        fields.append(FieldSpec(
            name: "is_quorate", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "24.3.0"))
        fields.append(FieldSpec(
            name: "quorum", type: .int, qualifier: .roRuntime, defaultValue: .int(0),
            release: "24.3.0"))
        fields.append(FieldSpec(
            name: "live_hosts", type: .int, qualifier: .roRuntime, defaultValue: .int(0),
            release: "24.3.0"))
        fields.append(FieldSpec(
            name: "allowed_operations", type: .set(.enumeration("cluster_operation")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "rio"))
        fields.append(FieldSpec(
            name: "current_operations", type: .map(.string, .enumeration("cluster_operation")),
            qualifier: .roRuntime, defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "pool_auto_join", type: .bool, qualifier: .roConstructor,
            defaultValue: .bool(true), release: "lima"))
        fields.append(FieldSpec(
            name: "token_timeout", type: .float, qualifier: .roConstructor,
            defaultValue: .double(20.0), release: "lima"))
        fields.append(FieldSpec(
            name: "token_timeout_coefficient", type: .float, qualifier: .roConstructor,
            defaultValue: .double(1.0), release: "lima"))
        fields.append(FieldSpec(
            name: "cluster_config", type: .map(.string, .string), qualifier: .roConstructor,
            defaultValue: .structure([]), release: "lima"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "lima"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(31)
        messages.append(MessageSpec(
            className: "Cluster", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("Cluster"), .record("Cluster")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("Cluster")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "pool_resync", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "pool_destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: nil,
            errors: ["CLUSTER_STACK_IN_USE", "CLUSTERING_DISABLED", "CLUSTER_HOST_IS_LAST"],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "pool_force_destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: nil,
            errors: ["CLUSTER_FORCE_DESTROY_FAILED"], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "pool_create", takesSession: true,
            params: [
                ParamSpec(name: "network", type: .ref("network")),
                ParamSpec(name: "cluster_stack", type: .string),
                ParamSpec(name: "token_timeout", type: .float, defaultValue: .double(20.0)),
                ParamSpec(name: "token_timeout_coefficient", type: .float, defaultValue: .double(1.0)),
            ],
            result: .ref("Cluster"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_network", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: .ref("network"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true,
            release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: nil,
            errors: ["CLUSTER_DOES_NOT_HAVE_ONE_NODE", "CLUSTER_STACK_IN_USE"],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "PIF", type: .ref("PIF")),
                ParamSpec(name: "cluster_stack", type: .string),
                ParamSpec(name: "pool_auto_join", type: .bool),
                ParamSpec(name: "token_timeout", type: .float, defaultValue: .double(20.0)),
                ParamSpec(name: "token_timeout_coefficient", type: .float, defaultValue: .double(1.0)),
            ],
            result: .ref("Cluster"),
            errors: [
                "INVALID_CLUSTER_STACK",
                "INVALID_VALUE",
                "PIF_ALLOWS_UNPLUG",
                "REQUIRED_PIF_IS_UNPLUGGED",
            ],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Cluster")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Cluster")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("Cluster")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_cluster_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_token_timeout_coefficient", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: .float, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_token_timeout", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: .float, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_pool_auto_join", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_current_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))],
            result: .map(.string, .enumeration("cluster_operation")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))],
            result: .set(.enumeration("cluster_operation")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_live_hosts", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "24.3.0"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_quorum", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "24.3.0"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_is_quorate", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "24.3.0"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_cluster_stack", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_cluster_token", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_pending_forget", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_cluster_hosts", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))],
            result: .set(.ref("Cluster_host")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("Cluster"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Cluster"))], result: .record("Cluster"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("Cluster"), .record("Cluster")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "lima"))
        messages.append(MessageSpec(
            className: "Cluster", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("Cluster")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "lima"))
        return messages
    }
}
