// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VMGuestMetricsRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var osVersion: [String: String]
    public var pvDriversVersion: [String: String]
    public var pvDriversUpToDate: Bool
    public var memory: [String: String]
    public var disks: [String: String]
    public var networks: [String: String]
    public var other: [String: String]
    public var lastUpdated: XenDate
    public var otherConfig: [String: String]
    public var live: Bool
    public var canUseHotplugVBD: TristateType
    public var canUseHotplugVIF: TristateType
    public var pvDriversDetected: Bool

    public init() {
        self.uuid = ""
        self.osVersion = [:]
        self.pvDriversVersion = [:]
        self.pvDriversUpToDate = false
        self.memory = [:]
        self.disks = [:]
        self.networks = [:]
        self.other = [:]
        self.lastUpdated = XenDate(secondsSince1970: 0)
        self.otherConfig = [:]
        self.live = false
        self.canUseHotplugVBD = .unspecified
        self.canUseHotplugVIF = .unspecified
        self.pvDriversDetected = false
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.osVersion.wire
        case 2: return self.pvDriversVersion.wire
        case 3: return self.pvDriversUpToDate.wire
        case 4: return self.memory.wire
        case 5: return self.disks.wire
        case 6: return self.networks.wire
        case 7: return self.other.wire
        case 8: return self.lastUpdated.wire
        case 9: return self.otherConfig.wire
        case 10: return self.live.wire
        case 11: return self.canUseHotplugVBD.wire
        case 12: return self.canUseHotplugVIF.wire
        case 13: return self.pvDriversDetected.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.osVersion = try [String: String](wire: value)
        case 2: self.pvDriversVersion = try [String: String](wire: value)
        case 3: self.pvDriversUpToDate = try Bool(wire: value)
        case 4: self.memory = try [String: String](wire: value)
        case 5: self.disks = try [String: String](wire: value)
        case 6: self.networks = try [String: String](wire: value)
        case 7: self.other = try [String: String](wire: value)
        case 8: self.lastUpdated = try XenDate(wire: value)
        case 9: self.otherConfig = try [String: String](wire: value)
        case 10: self.live = try Bool(wire: value)
        case 11: self.canUseHotplugVBD = try TristateType(wire: value)
        case 12: self.canUseHotplugVIF = try TristateType(wire: value)
        case 13: self.pvDriversDetected = try Bool(wire: value)
        default: throw XenAPIError.internalError("VM_guest_metrics has no field \(index)")
        }
    }
}

extension VMGuestMetricsRecord {
    public static let spec = ClassSpec(
        name: "VM_guest_metrics",
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
            name: "os_version", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "PV_drivers_version", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "PV_drivers_up_to_date", type: .bool, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "memory", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "disks", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "networks", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "other", type: .map(.string, .string), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "last_updated", type: .datetime, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "orlando"))
        fields.append(FieldSpec(
            name: "live", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "orlando"))
        fields.append(FieldSpec(
            name: "can_use_hotplug_vbd", type: .enumeration("tristate_type"), qualifier: .roRuntime,
            defaultValue: .string("unspecified"), release: "dundee"))
        fields.append(FieldSpec(
            name: "can_use_hotplug_vif", type: .enumeration("tristate_type"), qualifier: .roRuntime,
            defaultValue: .string("unspecified"), release: "dundee"))
        fields.append(FieldSpec(
            name: "PV_drivers_detected", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "dundee"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(23)
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VM_guest_metrics"), .record("VM_guest_metrics")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VM_guest_metrics")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM_guest_metrics")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM_guest_metrics")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VM_guest_metrics")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmAdmin, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_PV_drivers_detected", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))], result: .bool,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_can_use_hotplug_vif", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))],
            result: .enumeration("tristate_type"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_can_use_hotplug_vbd", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))],
            result: .enumeration("tristate_type"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_live", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))], result: .bool,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_last_updated", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))], result: .datetime,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_other", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_networks", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_disks", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_memory", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_PV_drivers_up_to_date", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))], result: .bool,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_PV_drivers_version", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_os_version", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VM_guest_metrics"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VM_guest_metrics"))],
            result: .record("VM_guest_metrics"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VM_guest_metrics"), .record("VM_guest_metrics")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VM_guest_metrics", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .set(.ref("VM_guest_metrics")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        return messages
    }
}
