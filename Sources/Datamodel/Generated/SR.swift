// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct SRRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var allowedOperations: [StorageOperations]
    public var currentOperations: [String: StorageOperations]
    public var vdis: [Ref<VDIRecord>]
    public var pbds: [Ref<PBDRecord>]
    public var virtualAllocation: Int64
    public var physicalUtilisation: Int64
    public var physicalSize: Int64
    public var type: String
    public var contentType: String
    public var shared: Bool
    public var otherConfig: [String: String]
    public var tags: [String]
    public var smConfig: [String: String]
    public var blobs: [String: Ref<BlobRecord>]
    public var localCacheEnabled: Bool
    public var introducedBy: Ref<DRTaskRecord>
    public var clustered: Bool
    public var isToolsSR: Bool

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.allowedOperations = []
        self.currentOperations = [:]
        self.vdis = []
        self.pbds = []
        self.virtualAllocation = 0
        self.physicalUtilisation = 0
        self.physicalSize = 0
        self.type = ""
        self.contentType = ""
        self.shared = false
        self.otherConfig = [:]
        self.tags = []
        self.smConfig = [:]
        self.blobs = [:]
        self.localCacheEnabled = false
        self.introducedBy = .null
        self.clustered = false
        self.isToolsSR = false
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.allowedOperations.wire
        case 4: return self.currentOperations.wire
        case 5: return self.vdis.wire
        case 6: return self.pbds.wire
        case 7: return self.virtualAllocation.wire
        case 8: return self.physicalUtilisation.wire
        case 9: return self.physicalSize.wire
        case 10: return self.type.wire
        case 11: return self.contentType.wire
        case 12: return self.shared.wire
        case 13: return self.otherConfig.wire
        case 14: return self.tags.wire
        case 15: return self.smConfig.wire
        case 16: return self.blobs.wire
        case 17: return self.localCacheEnabled.wire
        case 18: return self.introducedBy.wire
        case 19: return self.clustered.wire
        case 20: return self.isToolsSR.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.allowedOperations = try [StorageOperations](wire: value)
        case 4: self.currentOperations = try [String: StorageOperations](wire: value)
        case 5: self.vdis = try [Ref<VDIRecord>](wire: value)
        case 6: self.pbds = try [Ref<PBDRecord>](wire: value)
        case 7: self.virtualAllocation = try Int64(wire: value)
        case 8: self.physicalUtilisation = try Int64(wire: value)
        case 9: self.physicalSize = try Int64(wire: value)
        case 10: self.type = try String(wire: value)
        case 11: self.contentType = try String(wire: value)
        case 12: self.shared = try Bool(wire: value)
        case 13: self.otherConfig = try [String: String](wire: value)
        case 14: self.tags = try [String](wire: value)
        case 15: self.smConfig = try [String: String](wire: value)
        case 16: self.blobs = try [String: Ref<BlobRecord>](wire: value)
        case 17: self.localCacheEnabled = try Bool(wire: value)
        case 18: self.introducedBy = try Ref<DRTaskRecord>(wire: value)
        case 19: self.clustered = try Bool(wire: value)
        case 20: self.isToolsSR = try Bool(wire: value)
        default: throw XenAPIError.internalError("SR has no field \(index)")
        }
    }
}

extension SRRecord {
    public static let spec = ClassSpec(
        name: "SR",
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
        fields.reserveCapacity(21)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "rio"))
        fields.append(FieldSpec(
            name: "allowed_operations", type: .set(.enumeration("storage_operations")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "rio"))
        fields.append(FieldSpec(
            name: "current_operations", type: .map(.string, .enumeration("storage_operations")),
            qualifier: .roRuntime, defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "VDIs", type: .set(.ref("VDI")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "PBDs", type: .set(.ref("PBD")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "virtual_allocation", type: .int, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "physical_utilisation", type: .int, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "physical_size", type: .int, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "type", type: .string, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "content_type", type: .string, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "shared", type: .bool, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "tags", type: .set(.string), qualifier: .rw, defaultValue: .array([]),
            release: "orlando"))
        fields.append(FieldSpec(
            name: "sm_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        fields.append(FieldSpec(
            name: "blobs", type: .map(.string, .ref("blob")), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "orlando"))
        fields.append(FieldSpec(
            name: "local_cache_enabled", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "cowley"))
        fields.append(FieldSpec(
            name: "introduced_by", type: .ref("DR_task"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "boston"))
        fields.append(FieldSpec(
            name: "clustered", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "dundee"))
        fields.append(FieldSpec(
            name: "is_tools_sr", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "dundee"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(60)
        messages.append(MessageSpec(
            className: "SR", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("SR"), .record("SR")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("SR")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "forget_data_source_archives", takesSession: true,
            params: [
                ParamSpec(name: "sr", type: .ref("SR")),
                ParamSpec(name: "data_source", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "SR", name: "query_data_source", takesSession: true,
            params: [
                ParamSpec(name: "sr", type: .ref("SR")),
                ParamSpec(name: "data_source", type: .string),
            ],
            result: .float, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "SR", name: "record_data_source", takesSession: true,
            params: [
                ParamSpec(name: "sr", type: .ref("SR")),
                ParamSpec(name: "data_source", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "SR", name: "get_data_sources", takesSession: true,
            params: [ParamSpec(name: "sr", type: .ref("SR"))], result: .set(.record("data_source")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "SR", name: "disable_database_replication", takesSession: true,
            params: [ParamSpec(name: "sr", type: .ref("SR"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "SR", name: "enable_database_replication", takesSession: true,
            params: [ParamSpec(name: "sr", type: .ref("SR"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "SR", name: "assert_supports_database_replication", takesSession: true,
            params: [ParamSpec(name: "sr", type: .ref("SR"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "SR", name: "assert_can_host_ha_statefile", takesSession: true,
            params: [ParamSpec(name: "sr", type: .ref("SR"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "SR", name: "set_physical_size", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("SR")),
                ParamSpec(name: "value", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "SR", name: "create_new_blob", takesSession: true,
            params: [
                ParamSpec(name: "sr", type: .ref("SR")),
                ParamSpec(name: "name", type: .string),
                ParamSpec(name: "mime_type", type: .string),
                ParamSpec(name: "public", type: .bool, defaultValue: .bool(false)),
            ],
            result: .ref("blob"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "SR", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "sr", type: .ref("SR")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "sr", type: .ref("SR")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "set_shared", takesSession: true,
            params: [
                ParamSpec(name: "sr", type: .ref("SR")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "probe_ext", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "device_config", type: .map(.string, .string)),
                ParamSpec(name: "type", type: .string),
                ParamSpec(name: "sm_config", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: .set(.record("probe_result")), errors: [], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "lima"))
        messages.append(MessageSpec(
            className: "SR", name: "probe", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "device_config", type: .map(.string, .string)),
                ParamSpec(name: "type", type: .string),
                ParamSpec(name: "sm_config", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: .string, errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "SR", name: "scan", takesSession: true,
            params: [ParamSpec(name: "sr", type: .ref("SR"))], result: nil, errors: [],
            roles: RoleSets.vmPowerAdmin, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_supported_types", takesSession: true, params: [],
            result: .set(.string), errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "update", takesSession: true,
            params: [ParamSpec(name: "sr", type: .ref("SR"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "symc"))
        messages.append(MessageSpec(
            className: "SR", name: "forget", takesSession: true,
            params: [ParamSpec(name: "sr", type: .ref("SR"))], result: nil, errors: ["SR_HAS_PBD"],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "sr", type: .ref("SR"))], result: nil, errors: ["SR_HAS_PBD"],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "make", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "device_config", type: .map(.string, .string)),
                ParamSpec(name: "physical_size", type: .int),
                ParamSpec(name: "name_label", type: .string),
                ParamSpec(name: "name_description", type: .string),
                ParamSpec(name: "type", type: .string),
                ParamSpec(name: "content_type", type: .string),
                ParamSpec(name: "sm_config", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: .string, errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "introduce", takesSession: true,
            params: [
                ParamSpec(name: "uuid", type: .string),
                ParamSpec(name: "name_label", type: .string),
                ParamSpec(name: "name_description", type: .string),
                ParamSpec(name: "type", type: .string),
                ParamSpec(name: "content_type", type: .string),
                ParamSpec(name: "shared", type: .bool),
                ParamSpec(name: "sm_config", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: .ref("SR"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "device_config", type: .map(.string, .string)),
                ParamSpec(name: "physical_size", type: .int),
                ParamSpec(name: "name_label", type: .string),
                ParamSpec(name: "name_description", type: .string),
                ParamSpec(name: "type", type: .string),
                ParamSpec(name: "content_type", type: .string),
                ParamSpec(name: "shared", type: .bool),
                ParamSpec(name: "sm_config", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: .ref("SR"), errors: ["SR_UNKNOWN_DRIVER"], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "remove_from_sm_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("SR")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "SR", name: "add_to_sm_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("SR")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "SR", name: "set_sm_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("SR")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "SR", name: "remove_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("SR")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "SR", name: "add_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("SR")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "SR", name: "set_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("SR")),
                ParamSpec(name: "value", type: .set(.string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "SR", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("SR")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "SR", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("SR")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "SR", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("SR")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "SR", name: "get_is_tools_sr", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "SR", name: "get_clustered", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "SR", name: "get_introduced_by", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .ref("DR_task"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "SR", name: "get_local_cache_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "SR", name: "get_blobs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))],
            result: .map(.string, .ref("blob")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "SR", name: "get_sm_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "SR", name: "get_tags", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .set(.string), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "SR", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_shared", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_content_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_physical_size", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_physical_utilisation", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_virtual_allocation", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_PBDs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .set(.ref("PBD")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_VDIs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .set(.ref("VDI")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_current_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))],
            result: .map(.string, .enumeration("storage_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))],
            result: .set(.enumeration("storage_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("SR")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("SR"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("SR"))], result: .record("SR"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("SR"), .record("SR")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "SR", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("SR")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        return messages
    }
}
