// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct PoolRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var master: Ref<HostRecord>
    public var defaultSR: Ref<SRRecord>
    public var suspendImageSR: Ref<SRRecord>
    public var crashDumpSR: Ref<SRRecord>
    public var otherConfig: [String: String]
    public var haEnabled: Bool
    public var haConfiguration: [String: String]
    public var haStatefiles: [String]
    public var haHostFailuresToTolerate: Int64
    public var haPlanExistsFor: Int64
    public var haAllowOvercommit: Bool
    public var haOvercommitted: Bool
    public var blobs: [String: Ref<BlobRecord>]
    public var tags: [String]
    public var guiConfig: [String: String]
    public var healthCheckConfig: [String: String]
    public var wlbURL: String
    public var wlbUsername: String
    public var wlbEnabled: Bool
    public var wlbVerifyCert: Bool
    public var redoLogEnabled: Bool
    public var redoLogVDI: Ref<VDIRecord>
    public var vswitchController: String
    public var restrictions: [String: String]
    public var metadataVDIs: [Ref<VDIRecord>]
    public var haClusterStack: String
    public var allowedOperations: [PoolAllowedOperations]
    public var currentOperations: [String: PoolAllowedOperations]
    public var guestAgentConfig: [String: String]
    public var cpuInfo: [String: String]
    public var policyNoVendorDevice: Bool
    public var livePatchingDisabled: Bool
    public var igmpSnoopingEnabled: Bool
    public var uefiCertificates: String
    public var customUEFICertificates: String
    public var isPsrPending: Bool
    public var tlsVerificationEnabled: Bool
    public var repositories: [Ref<RepositoryRecord>]
    public var clientCertificateAuthEnabled: Bool
    public var clientCertificateAuthName: String
    public var repositoryProxyURL: String
    public var repositoryProxyUsername: String
    public var repositoryProxyPassword: Ref<SecretRecord>
    public var migrationCompression: Bool
    public var coordinatorBias: Bool
    public var localAuthMaxThreads: Int64
    public var extAuthMaxThreads: Int64
    public var telemetryUUID: Ref<SecretRecord>
    public var telemetryFrequency: TelemetryFrequency
    public var telemetryNextCollection: XenDate
    public var lastUpdateSync: XenDate
    public var updateSyncFrequency: UpdateSyncFrequency
    public var updateSyncDay: Int64
    public var updateSyncEnabled: Bool

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.master = .null
        self.defaultSR = .null
        self.suspendImageSR = .null
        self.crashDumpSR = .null
        self.otherConfig = [:]
        self.haEnabled = false
        self.haConfiguration = [:]
        self.haStatefiles = []
        self.haHostFailuresToTolerate = 0
        self.haPlanExistsFor = 0
        self.haAllowOvercommit = false
        self.haOvercommitted = false
        self.blobs = [:]
        self.tags = []
        self.guiConfig = [:]
        self.healthCheckConfig = [:]
        self.wlbURL = ""
        self.wlbUsername = ""
        self.wlbEnabled = false
        self.wlbVerifyCert = false
        self.redoLogEnabled = false
        self.redoLogVDI = .null
        self.vswitchController = ""
        self.restrictions = [:]
        self.metadataVDIs = []
        self.haClusterStack = ""
        self.allowedOperations = []
        self.currentOperations = [:]
        self.guestAgentConfig = [:]
        self.cpuInfo = [:]
        self.policyNoVendorDevice = false
        self.livePatchingDisabled = false
        self.igmpSnoopingEnabled = false
        self.uefiCertificates = ""
        self.customUEFICertificates = ""
        self.isPsrPending = false
        self.tlsVerificationEnabled = false
        self.repositories = []
        self.clientCertificateAuthEnabled = false
        self.clientCertificateAuthName = ""
        self.repositoryProxyURL = ""
        self.repositoryProxyUsername = ""
        self.repositoryProxyPassword = .null
        self.migrationCompression = false
        self.coordinatorBias = true
        self.localAuthMaxThreads = 8
        self.extAuthMaxThreads = 1
        self.telemetryUUID = .null
        self.telemetryFrequency = .weekly
        self.telemetryNextCollection = XenDate(secondsSince1970: 0)
        self.lastUpdateSync = XenDate(secondsSince1970: 0)
        self.updateSyncFrequency = .weekly
        self.updateSyncDay = 0
        self.updateSyncEnabled = false
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.master.wire
        case 4: return self.defaultSR.wire
        case 5: return self.suspendImageSR.wire
        case 6: return self.crashDumpSR.wire
        case 7: return self.otherConfig.wire
        case 8: return self.haEnabled.wire
        case 9: return self.haConfiguration.wire
        case 10: return self.haStatefiles.wire
        case 11: return self.haHostFailuresToTolerate.wire
        case 12: return self.haPlanExistsFor.wire
        case 13: return self.haAllowOvercommit.wire
        case 14: return self.haOvercommitted.wire
        case 15: return self.blobs.wire
        case 16: return self.tags.wire
        case 17: return self.guiConfig.wire
        case 18: return self.healthCheckConfig.wire
        case 19: return self.wlbURL.wire
        case 20: return self.wlbUsername.wire
        case 21: return self.wlbEnabled.wire
        case 22: return self.wlbVerifyCert.wire
        case 23: return self.redoLogEnabled.wire
        case 24: return self.redoLogVDI.wire
        case 25: return self.vswitchController.wire
        case 26: return self.restrictions.wire
        case 27: return self.metadataVDIs.wire
        case 28: return self.haClusterStack.wire
        case 29: return self.allowedOperations.wire
        case 30: return self.currentOperations.wire
        case 31: return self.guestAgentConfig.wire
        case 32: return self.cpuInfo.wire
        case 33: return self.policyNoVendorDevice.wire
        case 34: return self.livePatchingDisabled.wire
        case 35: return self.igmpSnoopingEnabled.wire
        case 36: return self.uefiCertificates.wire
        case 37: return self.customUEFICertificates.wire
        case 38: return self.isPsrPending.wire
        case 39: return self.tlsVerificationEnabled.wire
        case 40: return self.repositories.wire
        case 41: return self.clientCertificateAuthEnabled.wire
        case 42: return self.clientCertificateAuthName.wire
        case 43: return self.repositoryProxyURL.wire
        case 44: return self.repositoryProxyUsername.wire
        case 45: return self.repositoryProxyPassword.wire
        case 46: return self.migrationCompression.wire
        case 47: return self.coordinatorBias.wire
        case 48: return self.localAuthMaxThreads.wire
        case 49: return self.extAuthMaxThreads.wire
        case 50: return self.telemetryUUID.wire
        case 51: return self.telemetryFrequency.wire
        case 52: return self.telemetryNextCollection.wire
        case 53: return self.lastUpdateSync.wire
        case 54: return self.updateSyncFrequency.wire
        case 55: return self.updateSyncDay.wire
        case 56: return self.updateSyncEnabled.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.master = try Ref<HostRecord>(wire: value)
        case 4: self.defaultSR = try Ref<SRRecord>(wire: value)
        case 5: self.suspendImageSR = try Ref<SRRecord>(wire: value)
        case 6: self.crashDumpSR = try Ref<SRRecord>(wire: value)
        case 7: self.otherConfig = try [String: String](wire: value)
        case 8: self.haEnabled = try Bool(wire: value)
        case 9: self.haConfiguration = try [String: String](wire: value)
        case 10: self.haStatefiles = try [String](wire: value)
        case 11: self.haHostFailuresToTolerate = try Int64(wire: value)
        case 12: self.haPlanExistsFor = try Int64(wire: value)
        case 13: self.haAllowOvercommit = try Bool(wire: value)
        case 14: self.haOvercommitted = try Bool(wire: value)
        case 15: self.blobs = try [String: Ref<BlobRecord>](wire: value)
        case 16: self.tags = try [String](wire: value)
        case 17: self.guiConfig = try [String: String](wire: value)
        case 18: self.healthCheckConfig = try [String: String](wire: value)
        case 19: self.wlbURL = try String(wire: value)
        case 20: self.wlbUsername = try String(wire: value)
        case 21: self.wlbEnabled = try Bool(wire: value)
        case 22: self.wlbVerifyCert = try Bool(wire: value)
        case 23: self.redoLogEnabled = try Bool(wire: value)
        case 24: self.redoLogVDI = try Ref<VDIRecord>(wire: value)
        case 25: self.vswitchController = try String(wire: value)
        case 26: self.restrictions = try [String: String](wire: value)
        case 27: self.metadataVDIs = try [Ref<VDIRecord>](wire: value)
        case 28: self.haClusterStack = try String(wire: value)
        case 29: self.allowedOperations = try [PoolAllowedOperations](wire: value)
        case 30: self.currentOperations = try [String: PoolAllowedOperations](wire: value)
        case 31: self.guestAgentConfig = try [String: String](wire: value)
        case 32: self.cpuInfo = try [String: String](wire: value)
        case 33: self.policyNoVendorDevice = try Bool(wire: value)
        case 34: self.livePatchingDisabled = try Bool(wire: value)
        case 35: self.igmpSnoopingEnabled = try Bool(wire: value)
        case 36: self.uefiCertificates = try String(wire: value)
        case 37: self.customUEFICertificates = try String(wire: value)
        case 38: self.isPsrPending = try Bool(wire: value)
        case 39: self.tlsVerificationEnabled = try Bool(wire: value)
        case 40: self.repositories = try [Ref<RepositoryRecord>](wire: value)
        case 41: self.clientCertificateAuthEnabled = try Bool(wire: value)
        case 42: self.clientCertificateAuthName = try String(wire: value)
        case 43: self.repositoryProxyURL = try String(wire: value)
        case 44: self.repositoryProxyUsername = try String(wire: value)
        case 45: self.repositoryProxyPassword = try Ref<SecretRecord>(wire: value)
        case 46: self.migrationCompression = try Bool(wire: value)
        case 47: self.coordinatorBias = try Bool(wire: value)
        case 48: self.localAuthMaxThreads = try Int64(wire: value)
        case 49: self.extAuthMaxThreads = try Int64(wire: value)
        case 50: self.telemetryUUID = try Ref<SecretRecord>(wire: value)
        case 51: self.telemetryFrequency = try TelemetryFrequency(wire: value)
        case 52: self.telemetryNextCollection = try XenDate(wire: value)
        case 53: self.lastUpdateSync = try XenDate(wire: value)
        case 54: self.updateSyncFrequency = try UpdateSyncFrequency(wire: value)
        case 55: self.updateSyncDay = try Int64(wire: value)
        case 56: self.updateSyncEnabled = try Bool(wire: value)
        default: throw XenAPIError.internalError("pool has no field \(index)")
        }
    }
}

extension PoolRecord {
    public static let spec = ClassSpec(
        name: "pool",
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
        fields.reserveCapacity(57)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "master", type: .ref("host"), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "default_SR", type: .ref("SR"), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "suspend_image_SR", type: .ref("SR"), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "crash_dump_SR", type: .ref("SR"), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "ha_enabled", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "orlando"))
        fields.append(FieldSpec(
            name: "ha_configuration", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "orlando"))
        fields.append(FieldSpec(
            name: "ha_statefiles", type: .set(.string), qualifier: .roRuntime,
            defaultValue: .array([]), release: "orlando"))
        fields.append(FieldSpec(
            name: "ha_host_failures_to_tolerate", type: .int, qualifier: .roRuntime,
            defaultValue: .int(0), release: "orlando"))
        fields.append(FieldSpec(
            name: "ha_plan_exists_for", type: .int, qualifier: .roRuntime, defaultValue: .int(0),
            release: "orlando"))
        fields.append(FieldSpec(
            name: "ha_allow_overcommit", type: .bool, qualifier: .rw, defaultValue: .bool(false),
            release: "orlando"))
        fields.append(FieldSpec(
            name: "ha_overcommitted", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "orlando"))
        fields.append(FieldSpec(
            name: "blobs", type: .map(.string, .ref("blob")), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "orlando"))
        fields.append(FieldSpec(
            name: "tags", type: .set(.string), qualifier: .rw, defaultValue: .array([]),
            release: "orlando"))
        fields.append(FieldSpec(
            name: "gui_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "orlando"))
        fields.append(FieldSpec(
            name: "health_check_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "dundee"))
        fields.append(FieldSpec(
            name: "wlb_url", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "george"))
        fields.append(FieldSpec(
            name: "wlb_username", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "george"))
        fields.append(FieldSpec(
            name: "wlb_enabled", type: .bool, qualifier: .rw, defaultValue: .bool(false),
            release: "george"))
        fields.append(FieldSpec(
            name: "wlb_verify_cert", type: .bool, qualifier: .rw, defaultValue: .bool(false),
            release: "george"))
        fields.append(FieldSpec(
            name: "redo_log_enabled", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "redo_log_vdi", type: .ref("VDI"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "vswitch_controller", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "restrictions", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "metadata_VDIs", type: .set(.ref("VDI")), qualifier: .roRuntime,
            defaultValue: nil, release: "boston"))
        fields.append(FieldSpec(
            name: "ha_cluster_stack", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "dundee"))
        fields.append(FieldSpec(
            name: "allowed_operations", type: .set(.enumeration("pool_allowed_operations")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "rio"))
        fields.append(FieldSpec(
            name: "current_operations",
            type: .map(.string, .enumeration("pool_allowed_operations")), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "guest_agent_config", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "dundee"))
        fields.append(FieldSpec(
            name: "cpu_info", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "dundee"))
        fields.append(FieldSpec(
            name: "policy_no_vendor_device", type: .bool, qualifier: .rw,
            defaultValue: .bool(false), release: "dundee"))
        fields.append(FieldSpec(
            name: "live_patching_disabled", type: .bool, qualifier: .rw, defaultValue: .bool(false),
            release: "ely"))
        fields.append(FieldSpec(
            name: "igmp_snooping_enabled", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "inverness"))
        fields.append(FieldSpec(
            name: "uefi_certificates", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "quebec"))
        fields.append(FieldSpec(
            name: "custom_uefi_certificates", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "24.0.0"))
        fields.append(FieldSpec(
            name: "is_psr_pending", type: .bool, qualifier: .rw, defaultValue: .bool(false),
            release: "stockholm_psr"))
        fields.append(FieldSpec(
            name: "tls_verification_enabled", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "1.290.0"))
        fields.append(FieldSpec(
            name: "repositories", type: .set(.ref("Repository")), qualifier: .roRuntime,
            defaultValue: .array([]), release: "1.301.0"))
        fields.append(FieldSpec(
            name: "client_certificate_auth_enabled", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "1.318.0"))
        fields.append(FieldSpec(
            name: "client_certificate_auth_name", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "1.318.0"))
        fields.append(FieldSpec(
            name: "repository_proxy_url", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "21.3.0"))
        fields.append(FieldSpec(
            name: "repository_proxy_username", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "21.3.0"))
        fields.append(FieldSpec(
            name: "repository_proxy_password", type: .ref("secret"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "21.3.0"))
        fields.append(FieldSpec(
            name: "migration_compression", type: .bool, qualifier: .rw, defaultValue: .bool(false),
            release: "22.33.0"))
        fields.append(FieldSpec(
            name: "coordinator_bias", type: .bool, qualifier: .rw, defaultValue: .bool(true),
            release: "rio"))
        fields.append(FieldSpec(
            name: "local_auth_max_threads", type: .int, qualifier: .roConstructor,
            defaultValue: .int(8), release: "23.27.0"))
        fields.append(FieldSpec(
            name: "ext_auth_max_threads", type: .int, qualifier: .roConstructor,
            defaultValue: .int(1), release: "23.27.0"))
        fields.append(FieldSpec(
            name: "telemetry_uuid", type: .ref("secret"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "23.9.0"))
        fields.append(FieldSpec(
            name: "telemetry_frequency", type: .enumeration("telemetry_frequency"),
            qualifier: .roRuntime, defaultValue: .string("weekly"), release: "23.9.0"))
        fields.append(FieldSpec(
            name: "telemetry_next_collection", type: .datetime, qualifier: .roRuntime,
            defaultValue: .dateTime(XenDate(secondsSince1970: 0)), release: "23.9.0"))
        fields.append(FieldSpec(
            name: "last_update_sync", type: .datetime, qualifier: .roRuntime,
            defaultValue: .dateTime(XenDate(secondsSince1970: 0)), release: "23.18.0"))
        fields.append(FieldSpec(
            name: "update_sync_frequency", type: .enumeration("update_sync_frequency"),
            qualifier: .roRuntime, defaultValue: .string("weekly"), release: "23.18.0"))
        fields.append(FieldSpec(
            name: "update_sync_day", type: .int, qualifier: .roRuntime, defaultValue: .int(0),
            release: "23.18.0"))
        fields.append(FieldSpec(
            name: "update_sync_enabled", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "23.18.0"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(160)
        messages.append(MessageSpec(
            className: "pool", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("pool"), .record("pool")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("pool")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "set_ext_auth_max_threads", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "23.27.0"))
        messages.append(MessageSpec(
            className: "pool", name: "set_local_auth_max_threads", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "23.27.0"))
        messages.append(MessageSpec(
            className: "pool", name: "set_update_sync_enabled", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "23.18.0"))
        messages.append(MessageSpec(
            className: "pool", name: "configure_update_sync", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "update_sync_frequency", type: .enumeration("update_sync_frequency")),
                ParamSpec(name: "update_sync_day", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "23.18.0"))
        messages.append(MessageSpec(
            className: "pool", name: "reset_telemetry_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: nil, errors: [],
            roles: RoleSets.poolAdmin, implicit: false, isAsync: true, release: "23.9.0"))
        messages.append(MessageSpec(
            className: "pool", name: "set_telemetry_next_collection", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .datetime),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "23.9.0"))
        messages.append(MessageSpec(
            className: "pool", name: "set_https_only", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "22.27.0"))
        messages.append(MessageSpec(
            className: "pool", name: "set_custom_uefi_certificates", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "24.0.0"))
        messages.append(MessageSpec(
            className: "pool", name: "set_uefi_certificates", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "22.16.0"))
        messages.append(MessageSpec(
            className: "pool", name: "disable_repository_proxy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: nil, errors: [],
            roles: RoleSets.poolOperatorClientCert, implicit: false, isAsync: true,
            release: "21.4.0"))
        messages.append(MessageSpec(
            className: "pool", name: "configure_repository_proxy", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "url", type: .string),
                ParamSpec(name: "username", type: .string),
                ParamSpec(name: "password", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperatorClientCert, implicit: false,
            isAsync: true, release: "21.3.0"))
        messages.append(MessageSpec(
            className: "pool", name: "disable_client_certificate_auth", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: nil, errors: [],
            roles: RoleSets.poolOperatorClientCert, implicit: false, isAsync: true,
            release: "1.318.0"))
        messages.append(MessageSpec(
            className: "pool", name: "enable_client_certificate_auth", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "name", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperatorClientCert, implicit: false,
            isAsync: true, release: "1.318.0"))
        messages.append(MessageSpec(
            className: "pool", name: "check_update_readiness", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "requires_reboot", type: .bool),
            ],
            result: .set(.set(.string)), errors: [], roles: RoleSets.poolOperatorClientCert,
            implicit: false, isAsync: true, release: "1.304.0"))
        messages.append(MessageSpec(
            className: "pool", name: "sync_updates", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "force", type: .bool),
                ParamSpec(name: "token", type: .string, defaultValue: .string("")),
                ParamSpec(name: "token_id", type: .string, defaultValue: .string("")),
            ],
            result: .string, errors: [], roles: RoleSets.poolOperatorClientCert, implicit: false,
            isAsync: true, release: "1.329.0"))
        messages.append(MessageSpec(
            className: "pool", name: "remove_repository", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .ref("Repository")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperatorClientCert, implicit: false,
            isAsync: true, release: "1.301.0"))
        messages.append(MessageSpec(
            className: "pool", name: "add_repository", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .ref("Repository")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperatorClientCert, implicit: false,
            isAsync: true, release: "1.301.0"))
        messages.append(MessageSpec(
            className: "pool", name: "set_repositories", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .set(.ref("Repository"))),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperatorClientCert, implicit: false,
            isAsync: true, release: "1.301.0"))
        messages.append(MessageSpec(
            className: "pool", name: "rotate_secret", takesSession: true, params: [], result: nil,
            errors: [
                "INTERNAL_ERROR",
                "HOST_IS_SLAVE",
                "CANNOT_CONTACT_HOST",
                "HA_IS_ENABLED",
                "NOT_SUPPORTED_DURING_UPGRADE",
            ],
            roles: RoleSets.poolAdmin, implicit: false, isAsync: true, release: "stockholm_psr"))
        messages.append(MessageSpec(
            className: "pool", name: "remove_from_guest_agent_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "add_to_guest_agent_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "has_extension", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "name", type: .string),
            ],
            result: .bool, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "set_igmp_snooping_enabled", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "pool", name: "disable_ssl_legacy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "enable_ssl_legacy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "apply_edition", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "edition", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "clearwater"))
        messages.append(MessageSpec(
            className: "pool", name: "get_license_state", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true,
            release: "clearwater"))
        messages.append(MessageSpec(
            className: "pool", name: "disable_local_storage_caching", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "cowley"))
        messages.append(MessageSpec(
            className: "pool", name: "enable_local_storage_caching", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "cowley"))
        messages.append(MessageSpec(
            className: "pool", name: "test_archive_target", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "config", type: .map(.string, .string)),
            ],
            result: .string, errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "pool", name: "set_vswitch_controller", takesSession: true,
            params: [ParamSpec(name: "address", type: .string)], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "pool", name: "disable_redo_log", takesSession: true, params: [],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "pool", name: "enable_redo_log", takesSession: true,
            params: [ParamSpec(name: "sr", type: .ref("SR"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "pool", name: "enable_tls_verification", takesSession: true, params: [],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: false,
            release: "1.290.0"))
        messages.append(MessageSpec(
            className: "pool", name: "certificate_sync", takesSession: true, params: [],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "crl_list", takesSession: true, params: [],
            result: .set(.string), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "crl_uninstall", takesSession: true,
            params: [ParamSpec(name: "name", type: .string)], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "crl_install", takesSession: true,
            params: [
                ParamSpec(name: "name", type: .string),
                ParamSpec(name: "cert", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "uninstall_ca_certificate", takesSession: true,
            params: [ParamSpec(name: "name", type: .string)], result: nil, errors: [],
            roles: RoleSets.poolOperatorClientCert, implicit: false, isAsync: true,
            release: "1.290.0"))
        messages.append(MessageSpec(
            className: "pool", name: "install_ca_certificate", takesSession: true,
            params: [
                ParamSpec(name: "name", type: .string),
                ParamSpec(name: "cert", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperatorClientCert, implicit: false,
            isAsync: true, release: "1.290.0"))
        messages.append(MessageSpec(
            className: "pool", name: "certificate_list", takesSession: true, params: [],
            result: .set(.string), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "certificate_uninstall", takesSession: true,
            params: [ParamSpec(name: "name", type: .string)], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "certificate_install", takesSession: true,
            params: [
                ParamSpec(name: "name", type: .string),
                ParamSpec(name: "cert", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "send_test_post", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .string),
                ParamSpec(name: "port", type: .int),
                ParamSpec(name: "body", type: .string),
            ],
            result: .string, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "retrieve_wlb_recommendations", takesSession: true, params: [],
            result: .map(.ref("VM"), .set(.string)), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: false, isAsync: true, release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "retrieve_wlb_configuration", takesSession: true, params: [],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: false, isAsync: true, release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "send_wlb_configuration", takesSession: true,
            params: [ParamSpec(name: "config", type: .map(.string, .string))], result: nil,
            errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "deconfigure_wlb", takesSession: true, params: [], result: nil,
            errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "initialize_wlb", takesSession: true,
            params: [
                ParamSpec(name: "wlb_url", type: .string),
                ParamSpec(name: "wlb_username", type: .string),
                ParamSpec(name: "wlb_password", type: .string),
                ParamSpec(name: "xenserver_username", type: .string),
                ParamSpec(name: "xenserver_password", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "detect_nonhomogeneous_external_auth", takesSession: true,
            params: [ParamSpec(name: "pool", type: .ref("pool"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "disable_external_auth", takesSession: true,
            params: [
                ParamSpec(name: "pool", type: .ref("pool")),
                ParamSpec(name: "config", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: false,
            release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "enable_external_auth", takesSession: true,
            params: [
                ParamSpec(name: "pool", type: .ref("pool")),
                ParamSpec(name: "config", type: .map(.string, .string)),
                ParamSpec(name: "service_name", type: .string),
                ParamSpec(name: "auth_type", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: false,
            release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "create_new_blob", takesSession: true,
            params: [
                ParamSpec(name: "pool", type: .ref("pool")),
                ParamSpec(name: "name", type: .string),
                ParamSpec(name: "mime_type", type: .string),
                ParamSpec(name: "public", type: .bool, defaultValue: .bool(false)),
            ],
            result: .ref("blob"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "set_ha_host_failures_to_tolerate", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "ha_compute_vm_failover_plan", takesSession: true,
            params: [
                ParamSpec(name: "failed_hosts", type: .set(.ref("host"))),
                ParamSpec(name: "failed_vms", type: .set(.ref("VM"))),
            ],
            result: .map(.ref("VM"), .map(.string, .string)), errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "ha_compute_hypothetical_max_host_failures_to_tolerate",
            takesSession: true,
            params: [ParamSpec(name: "configuration", type: .map(.ref("VM"), .string))],
            result: .int, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "ha_compute_max_host_failures_to_tolerate", takesSession: true,
            params: [], result: .int, errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "ha_failover_plan_exists", takesSession: true,
            params: [ParamSpec(name: "n", type: .int)], result: .bool, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "ha_prevent_restarts_for", takesSession: true,
            params: [ParamSpec(name: "seconds", type: .int)], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "orlando-update-1"))
        messages.append(MessageSpec(
            className: "pool", name: "designate_new_master", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "pool", name: "sync_database", takesSession: true, params: [], result: nil,
            errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "disable_ha", takesSession: true, params: [], result: nil,
            errors: [], roles: RoleSets.poolOperatorClientCert, implicit: false, isAsync: true,
            release: "miami"))
        messages.append(MessageSpec(
            className: "pool", name: "enable_ha", takesSession: true,
            params: [
                ParamSpec(name: "heartbeat_srs", type: .set(.ref("SR"))),
                ParamSpec(name: "configuration", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperatorClientCert, implicit: false,
            isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "pool", name: "create_VLAN_from_PIF", takesSession: true,
            params: [
                ParamSpec(name: "pif", type: .ref("PIF")),
                ParamSpec(name: "network", type: .ref("network")),
                ParamSpec(name: "VLAN", type: .int),
            ],
            result: .set(.ref("PIF")), errors: ["VLAN_TAG_INVALID"], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "management_reconfigure", takesSession: true,
            params: [ParamSpec(name: "network", type: .ref("network"))], result: nil,
            errors: [
                "HA_IS_ENABLED",
                "PIF_NOT_PRESENT",
                "CANNOT_PLUG_BOND_SLAVE",
                "PIF_INCOMPATIBLE_PRIMARY_ADDRESS_TYPE",
                "PIF_HAS_NO_NETWORK_CONFIGURATION",
                "PIF_HAS_NO_V6_NETWORK_CONFIGURATION",
            ],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "inverness"))
        messages.append(MessageSpec(
            className: "pool", name: "create_VLAN", takesSession: true,
            params: [
                ParamSpec(name: "device", type: .string),
                ParamSpec(name: "network", type: .ref("network")),
                ParamSpec(name: "VLAN", type: .int),
            ],
            result: .set(.ref("PIF")), errors: ["VLAN_TAG_INVALID"], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "recover_slaves", takesSession: true, params: [],
            result: .set(.ref("host")), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "emergency_reset_master", takesSession: true,
            params: [ParamSpec(name: "master_address", type: .string)], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "emergency_transition_to_master", takesSession: true,
            params: [], result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "eject", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "join_force", takesSession: true,
            params: [
                ParamSpec(name: "master_address", type: .string),
                ParamSpec(name: "master_username", type: .string),
                ParamSpec(name: "master_password", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "join", takesSession: true,
            params: [
                ParamSpec(name: "master_address", type: .string),
                ParamSpec(name: "master_username", type: .string),
                ParamSpec(name: "master_password", type: .string),
            ],
            result: nil, errors: ["JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS"],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "set_coordinator_bias", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "set_migration_compression", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "22.33.0"))
        messages.append(MessageSpec(
            className: "pool", name: "set_is_psr_pending", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "stockholm_psr"))
        messages.append(MessageSpec(
            className: "pool", name: "set_live_patching_disabled", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "pool", name: "set_policy_no_vendor_device", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "set_wlb_verify_cert", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "set_wlb_enabled", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperatorClientCert, implicit: true,
            isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "remove_from_health_check_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "add_to_health_check_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "set_health_check_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "remove_from_gui_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "add_to_gui_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "set_gui_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "remove_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "add_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "set_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .set(.string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "set_ha_allow_overcommit", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
                ProtectedKey("EMPTY_FOLDERS", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "pool", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
                ProtectedKey("EMPTY_FOLDERS", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "pool", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
                ProtectedKey("EMPTY_FOLDERS", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "pool", name: "set_crash_dump_SR", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .ref("SR")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "set_suspend_image_SR", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .ref("SR")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "set_default_SR", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .ref("SR")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("pool")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_update_sync_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.18.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_update_sync_day", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.18.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_update_sync_frequency", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))],
            result: .enumeration("update_sync_frequency"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.18.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_last_update_sync", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.18.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_telemetry_next_collection", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.9.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_telemetry_frequency", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))],
            result: .enumeration("telemetry_frequency"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.9.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_telemetry_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .ref("secret"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "23.9.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_ext_auth_max_threads", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.27.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_local_auth_max_threads", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.27.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_coordinator_bias", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_migration_compression", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "22.33.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_repository_proxy_password", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .ref("secret"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "21.3.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_repository_proxy_username", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "21.3.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_repository_proxy_url", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "21.3.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_client_certificate_auth_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "1.318.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_client_certificate_auth_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "1.318.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_repositories", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .set(.ref("Repository")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "1.301.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_tls_verification_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "1.290.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_is_psr_pending", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "stockholm_psr"))
        messages.append(MessageSpec(
            className: "pool", name: "get_custom_uefi_certificates", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "24.0.0"))
        messages.append(MessageSpec(
            className: "pool", name: "get_uefi_certificates", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "quebec"))
        messages.append(MessageSpec(
            className: "pool", name: "get_igmp_snooping_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "pool", name: "get_live_patching_disabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "pool", name: "get_policy_no_vendor_device", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "get_cpu_info", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "get_guest_agent_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "get_current_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))],
            result: .map(.string, .enumeration("pool_allowed_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))],
            result: .set(.enumeration("pool_allowed_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_ha_cluster_stack", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "get_metadata_VDIs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .set(.ref("VDI")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "pool", name: "get_restrictions", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "pool", name: "get_vswitch_controller", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "pool", name: "get_redo_log_vdi", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .ref("VDI"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "pool", name: "get_redo_log_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "pool", name: "get_wlb_verify_cert", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "get_wlb_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "get_wlb_username", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "get_wlb_url", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "pool", name: "get_health_check_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "pool", name: "get_gui_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "get_tags", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "get_blobs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))],
            result: .map(.string, .ref("blob")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "get_ha_overcommitted", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "get_ha_allow_overcommit", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "get_ha_plan_exists_for", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "get_ha_host_failures_to_tolerate", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "get_ha_statefiles", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "get_ha_configuration", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "get_ha_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "pool", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_crash_dump_SR", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .ref("SR"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_suspend_image_SR", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .ref("SR"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_default_SR", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .ref("SR"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_master", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .ref("host"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("pool"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("pool"))], result: .record("pool"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("pool"), .record("pool")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "pool", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("pool")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
