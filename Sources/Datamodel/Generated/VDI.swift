// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VDIRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var allowedOperations: [VDIOperations]
    public var currentOperations: [String: VDIOperations]
    public var sr: Ref<SRRecord>
    public var vbds: [Ref<VBDRecord>]
    public var crashDumps: [Ref<CrashdumpRecord>]
    public var virtualSize: Int64
    public var physicalUtilisation: Int64
    public var type: VDIType
    public var sharable: Bool
    public var readOnly: Bool
    public var otherConfig: [String: String]
    public var storageLock: Bool
    public var location: String
    public var managed: Bool
    public var missing: Bool
    public var parent: Ref<VDIRecord>
    public var xenstoreData: [String: String]
    public var smConfig: [String: String]
    public var isASnapshot: Bool
    public var snapshotOf: Ref<VDIRecord>
    public var snapshots: [Ref<VDIRecord>]
    public var snapshotTime: XenDate
    public var tags: [String]
    public var allowCaching: Bool
    public var onBoot: OnBoot
    public var metadataOfPool: Ref<PoolRecord>
    public var metadataLatest: Bool
    public var isToolsIso: Bool
    public var cbtEnabled: Bool

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.allowedOperations = []
        self.currentOperations = [:]
        self.sr = .null
        self.vbds = []
        self.crashDumps = []
        self.virtualSize = 0
        self.physicalUtilisation = 0
        self.type = .system
        self.sharable = false
        self.readOnly = false
        self.otherConfig = [:]
        self.storageLock = false
        self.location = ""
        self.managed = false
        self.missing = false
        self.parent = .null
        self.xenstoreData = [:]
        self.smConfig = [:]
        self.isASnapshot = false
        self.snapshotOf = .null
        self.snapshots = []
        self.snapshotTime = XenDate(secondsSince1970: 0)
        self.tags = []
        self.allowCaching = false
        self.onBoot = .persist
        self.metadataOfPool = .null
        self.metadataLatest = false
        self.isToolsIso = false
        self.cbtEnabled = false
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.allowedOperations.wire
        case 4: return self.currentOperations.wire
        case 5: return self.sr.wire
        case 6: return self.vbds.wire
        case 7: return self.crashDumps.wire
        case 8: return self.virtualSize.wire
        case 9: return self.physicalUtilisation.wire
        case 10: return self.type.wire
        case 11: return self.sharable.wire
        case 12: return self.readOnly.wire
        case 13: return self.otherConfig.wire
        case 14: return self.storageLock.wire
        case 15: return self.location.wire
        case 16: return self.managed.wire
        case 17: return self.missing.wire
        case 18: return self.parent.wire
        case 19: return self.xenstoreData.wire
        case 20: return self.smConfig.wire
        case 21: return self.isASnapshot.wire
        case 22: return self.snapshotOf.wire
        case 23: return self.snapshots.wire
        case 24: return self.snapshotTime.wire
        case 25: return self.tags.wire
        case 26: return self.allowCaching.wire
        case 27: return self.onBoot.wire
        case 28: return self.metadataOfPool.wire
        case 29: return self.metadataLatest.wire
        case 30: return self.isToolsIso.wire
        case 31: return self.cbtEnabled.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.allowedOperations = try [VDIOperations](wire: value)
        case 4: self.currentOperations = try [String: VDIOperations](wire: value)
        case 5: self.sr = try Ref<SRRecord>(wire: value)
        case 6: self.vbds = try [Ref<VBDRecord>](wire: value)
        case 7: self.crashDumps = try [Ref<CrashdumpRecord>](wire: value)
        case 8: self.virtualSize = try Int64(wire: value)
        case 9: self.physicalUtilisation = try Int64(wire: value)
        case 10: self.type = try VDIType(wire: value)
        case 11: self.sharable = try Bool(wire: value)
        case 12: self.readOnly = try Bool(wire: value)
        case 13: self.otherConfig = try [String: String](wire: value)
        case 14: self.storageLock = try Bool(wire: value)
        case 15: self.location = try String(wire: value)
        case 16: self.managed = try Bool(wire: value)
        case 17: self.missing = try Bool(wire: value)
        case 18: self.parent = try Ref<VDIRecord>(wire: value)
        case 19: self.xenstoreData = try [String: String](wire: value)
        case 20: self.smConfig = try [String: String](wire: value)
        case 21: self.isASnapshot = try Bool(wire: value)
        case 22: self.snapshotOf = try Ref<VDIRecord>(wire: value)
        case 23: self.snapshots = try [Ref<VDIRecord>](wire: value)
        case 24: self.snapshotTime = try XenDate(wire: value)
        case 25: self.tags = try [String](wire: value)
        case 26: self.allowCaching = try Bool(wire: value)
        case 27: self.onBoot = try OnBoot(wire: value)
        case 28: self.metadataOfPool = try Ref<PoolRecord>(wire: value)
        case 29: self.metadataLatest = try Bool(wire: value)
        case 30: self.isToolsIso = try Bool(wire: value)
        case 31: self.cbtEnabled = try Bool(wire: value)
        default: throw XenAPIError.internalError("VDI has no field \(index)")
        }
    }
}

extension VDIRecord {
    public static let spec = ClassSpec(
        name: "VDI",
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
        fields.reserveCapacity(32)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "rio"))
        fields.append(FieldSpec(
            name: "allowed_operations", type: .set(.enumeration("vdi_operations")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "rio"))
        fields.append(FieldSpec(
            name: "current_operations", type: .map(.string, .enumeration("vdi_operations")),
            qualifier: .roRuntime, defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "SR", type: .ref("SR"), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "VBDs", type: .set(.ref("VBD")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "crash_dumps", type: .set(.ref("crashdump")), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "virtual_size", type: .int, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "physical_utilisation", type: .int, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "type", type: .enumeration("vdi_type"), qualifier: .roConstructor,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "sharable", type: .bool, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "read_only", type: .bool, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "storage_lock", type: .bool, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "location", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "miami"))
        fields.append(FieldSpec(
            name: "managed", type: .bool, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "missing", type: .bool, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "parent", type: .ref("VDI"), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "xenstore_data", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        fields.append(FieldSpec(
            name: "sm_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        fields.append(FieldSpec(
            name: "is_a_snapshot", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "orlando"))
        fields.append(FieldSpec(
            name: "snapshot_of", type: .ref("VDI"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "orlando"))
        fields.append(FieldSpec(
            name: "snapshots", type: .set(.ref("VDI")), qualifier: .roRuntime, defaultValue: nil,
            release: "orlando"))
        fields.append(FieldSpec(
            name: "snapshot_time", type: .datetime, qualifier: .roRuntime,
            defaultValue: .dateTime(XenDate(secondsSince1970: 0)), release: "orlando"))
        fields.append(FieldSpec(
            name: "tags", type: .set(.string), qualifier: .rw, defaultValue: .array([]),
            release: "orlando"))
        fields.append(FieldSpec(
            name: "allow_caching", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "cowley"))
        fields.append(FieldSpec(
            name: "on_boot", type: .enumeration("on_boot"), qualifier: .roRuntime,
            defaultValue: .string("persist"), release: "cowley"))
        fields.append(FieldSpec(
            name: "metadata_of_pool", type: .ref("pool"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "boston"))
        fields.append(FieldSpec(
            name: "metadata_latest", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "boston"))
        fields.append(FieldSpec(
            name: "is_tools_iso", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "dundee"))
        fields.append(FieldSpec(
            name: "cbt_enabled", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "inverness"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(75)
        messages.append(MessageSpec(
            className: "VDI", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VDI"), .record("VDI")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VDI")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_nbd_info", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))],
            result: .set(.record("vdi_nbd_server_info")), errors: ["VDI_INCOMPATIBLE_TYPE"],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: false, release: "inverness"))
        messages.append(MessageSpec(
            className: "VDI", name: "list_changed_blocks", takesSession: true,
            params: [
                ParamSpec(name: "vdi_from", type: .ref("VDI")),
                ParamSpec(name: "vdi_to", type: .ref("VDI")),
            ],
            result: .string,
            errors: [
                "SR_OPERATION_NOT_SUPPORTED",
                "VDI_MISSING",
                "SR_NOT_ATTACHED",
                "SR_HAS_NO_PBDS",
                "VDI_IN_USE",
            ],
            roles: RoleSets.vmOperator, implicit: false, isAsync: true, release: "inverness"))
        messages.append(MessageSpec(
            className: "VDI", name: "data_destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: nil,
            errors: [
                "SR_OPERATION_NOT_SUPPORTED",
                "VDI_MISSING",
                "SR_NOT_ATTACHED",
                "SR_HAS_NO_PBDS",
                "OPERATION_NOT_ALLOWED",
                "VDI_INCOMPATIBLE_TYPE",
                "VDI_NO_CBT_METADATA",
                "VDI_IN_USE",
                "VDI_IS_A_PHYSICAL_DEVICE",
            ],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "inverness"))
        messages.append(MessageSpec(
            className: "VDI", name: "disable_cbt", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: nil,
            errors: [
                "SR_OPERATION_NOT_SUPPORTED",
                "VDI_MISSING",
                "SR_NOT_ATTACHED",
                "SR_HAS_NO_PBDS",
                "OPERATION_NOT_ALLOWED",
                "VDI_INCOMPATIBLE_TYPE",
                "VDI_ON_BOOT_MODE_INCOMPATIBLE_WITH_OPERATION",
            ],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "inverness"))
        messages.append(MessageSpec(
            className: "VDI", name: "enable_cbt", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: nil,
            errors: [
                "SR_OPERATION_NOT_SUPPORTED",
                "VDI_MISSING",
                "SR_NOT_ATTACHED",
                "SR_HAS_NO_PBDS",
                "OPERATION_NOT_ALLOWED",
                "VDI_INCOMPATIBLE_TYPE",
                "VDI_ON_BOOT_MODE_INCOMPATIBLE_WITH_OPERATION",
            ],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "inverness"))
        messages.append(MessageSpec(
            className: "VDI", name: "pool_migrate", takesSession: true,
            params: [
                ParamSpec(name: "vdi", type: .ref("VDI")),
                ParamSpec(name: "sr", type: .ref("SR")),
                ParamSpec(name: "options", type: .map(.string, .string)),
            ],
            result: .ref("VDI"), errors: [], roles: RoleSets.vmPowerAdmin, implicit: false,
            isAsync: true, release: "tampa"))
        messages.append(MessageSpec(
            className: "VDI", name: "read_database_pool_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true, release: "boston"))
        messages.append(MessageSpec(
            className: "VDI", name: "open_database", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .ref("session"),
            errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "boston"))
        messages.append(MessageSpec(
            className: "VDI", name: "set_allow_caching", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: true,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VDI", name: "set_on_boot", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "value", type: .enumeration("on_boot")),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: true,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VDI", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "set_read_only", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "set_sharable", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: false,
            release: "george"))
        messages.append(MessageSpec(
            className: "VDI", name: "forget", takesSession: true,
            params: [ParamSpec(name: "vdi", type: .ref("VDI"))], result: nil, errors: [],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "copy", takesSession: true,
            params: [
                ParamSpec(name: "vdi", type: .ref("VDI")),
                ParamSpec(name: "sr", type: .ref("SR"), defaultValue: .string("OpaqueRef:NULL")),
                ParamSpec(name: "base_vdi", type: .ref("VDI"), defaultValue: .string("OpaqueRef:NULL")),
                ParamSpec(name: "into_vdi", type: .ref("VDI"), defaultValue: .string("OpaqueRef:NULL")),
            ],
            result: .ref("VDI"), errors: ["VDI_READONLY", "VDI_TOO_SMALL", "VDI_NOT_SPARSE"],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "update", takesSession: true,
            params: [ParamSpec(name: "vdi", type: .ref("VDI"))], result: nil,
            errors: ["SR_OPERATION_NOT_SUPPORTED"], roles: RoleSets.vmAdmin, implicit: false,
            isAsync: true, release: "symc"))
        messages.append(MessageSpec(
            className: "VDI", name: "introduce", takesSession: true,
            params: [
                ParamSpec(name: "uuid", type: .string),
                ParamSpec(name: "name_label", type: .string),
                ParamSpec(name: "name_description", type: .string),
                ParamSpec(name: "SR", type: .ref("SR")),
                ParamSpec(name: "type", type: .enumeration("vdi_type")),
                ParamSpec(name: "sharable", type: .bool),
                ParamSpec(name: "read_only", type: .bool),
                ParamSpec(name: "other_config", type: .map(.string, .string)),
                ParamSpec(name: "location", type: .string),
                ParamSpec(name: "xenstore_data", type: .map(.string, .string), defaultValue: .structure([])),
                ParamSpec(name: "sm_config", type: .map(.string, .string), defaultValue: .structure([])),
                ParamSpec(name: "managed", type: .bool, defaultValue: .bool(true)),
                ParamSpec(name: "virtual_size", type: .int, defaultValue: .int(0)),
                ParamSpec(name: "physical_utilisation", type: .int, defaultValue: .int(0)),
                ParamSpec(name: "metadata_of_pool", type: .ref("pool"), defaultValue: .string("OpaqueRef:NULL")),
                ParamSpec(name: "is_a_snapshot", type: .bool, defaultValue: .bool(false)),
                ParamSpec(name: "snapshot_time", type: .datetime, defaultValue: .dateTime(XenDate(secondsSince1970: 0))),
                ParamSpec(name: "snapshot_of", type: .ref("VDI"), defaultValue: .string("OpaqueRef:NULL")),
            ],
            result: .ref("VDI"), errors: ["SR_OPERATION_NOT_SUPPORTED"], roles: RoleSets.vmAdmin,
            implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "VDI", name: "resize_online", takesSession: true,
            params: [
                ParamSpec(name: "vdi", type: .ref("VDI")),
                ParamSpec(name: "size", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "resize", takesSession: true,
            params: [
                ParamSpec(name: "vdi", type: .ref("VDI")),
                ParamSpec(name: "size", type: .int),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "clone", takesSession: true,
            params: [
                ParamSpec(name: "vdi", type: .ref("VDI")),
                ParamSpec(name: "driver_params", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: .ref("VDI"), errors: [], roles: RoleSets.vmAdmin, implicit: false,
            isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "snapshot", takesSession: true,
            params: [
                ParamSpec(name: "vdi", type: .ref("VDI")),
                ParamSpec(name: "driver_params", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: .ref("VDI"), errors: [], roles: RoleSets.vmAdmin, implicit: false,
            isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "remove_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VDI", name: "add_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VDI", name: "set_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "value", type: .set(.string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VDI", name: "remove_from_sm_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VDI", name: "add_to_sm_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VDI", name: "set_sm_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VDI", name: "remove_from_xenstore_data", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VDI", name: "add_to_xenstore_data", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VDI", name: "set_xenstore_data", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VDI", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "VDI", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "VDI", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VDI")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "VDI", name: "get_cbt_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_is_tools_iso", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_metadata_latest", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_metadata_of_pool", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .ref("pool"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_on_boot", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .enumeration("on_boot"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_allow_caching", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_tags", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .set(.string), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_snapshot_time", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_snapshots", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .set(.ref("VDI")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_snapshot_of", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .ref("VDI"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_is_a_snapshot", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_sm_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_xenstore_data", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_parent", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .ref("VDI"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_missing", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_managed", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_location", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_storage_lock", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_read_only", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_sharable", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .enumeration("vdi_type"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_physical_utilisation", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_virtual_size", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_crash_dumps", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .set(.ref("crashdump")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_VBDs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .set(.ref("VBD")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_SR", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .ref("SR"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_current_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))],
            result: .map(.string, .enumeration("vdi_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))],
            result: .set(.enumeration("vdi_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("VDI")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: nil, errors: [],
            roles: RoleSets.vmAdmin, implicit: true, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "create", takesSession: true,
            params: [ParamSpec(name: "args", type: .record("VDI"))], result: .ref("VDI"),
            errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VDI"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VDI"))], result: .record("VDI"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VDI"), .record("VDI")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VDI", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("VDI")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        return messages
    }
}
