// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct PIFMetricsRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var ioReadKbs: Double
    public var ioWriteKbs: Double
    public var carrier: Bool
    public var vendorID: String
    public var vendorName: String
    public var deviceID: String
    public var deviceName: String
    public var speed: Int64
    public var duplex: Bool
    public var pciBusPath: String
    public var lastUpdated: XenDate
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.ioReadKbs = 0.0
        self.ioWriteKbs = 0.0
        self.carrier = false
        self.vendorID = ""
        self.vendorName = ""
        self.deviceID = ""
        self.deviceName = ""
        self.speed = 0
        self.duplex = false
        self.pciBusPath = ""
        self.lastUpdated = XenDate(secondsSince1970: 0)
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.ioReadKbs.wire
        case 2: return self.ioWriteKbs.wire
        case 3: return self.carrier.wire
        case 4: return self.vendorID.wire
        case 5: return self.vendorName.wire
        case 6: return self.deviceID.wire
        case 7: return self.deviceName.wire
        case 8: return self.speed.wire
        case 9: return self.duplex.wire
        case 10: return self.pciBusPath.wire
        case 11: return self.lastUpdated.wire
        case 12: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.ioReadKbs = try Double(wire: value)
        case 2: self.ioWriteKbs = try Double(wire: value)
        case 3: self.carrier = try Bool(wire: value)
        case 4: self.vendorID = try String(wire: value)
        case 5: self.vendorName = try String(wire: value)
        case 6: self.deviceID = try String(wire: value)
        case 7: self.deviceName = try String(wire: value)
        case 8: self.speed = try Int64(wire: value)
        case 9: self.duplex = try Bool(wire: value)
        case 10: self.pciBusPath = try String(wire: value)
        case 11: self.lastUpdated = try XenDate(wire: value)
        case 12: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("PIF_metrics has no field \(index)")
        }
    }
}

extension PIFMetricsRecord {
    public static let spec = ClassSpec(
        name: "PIF_metrics",
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
        fields.reserveCapacity(13)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "io_read_kbs", type: .float, qualifier: .roRuntime, defaultValue: .double(0.0),
            release: "rio"))
        fields.append(FieldSpec(
            name: "io_write_kbs", type: .float, qualifier: .roRuntime, defaultValue: .double(0.0),
            release: "rio"))
        fields.append(FieldSpec(
            name: "carrier", type: .bool, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "vendor_id", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "vendor_name", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "device_id", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "device_name", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "speed", type: .int, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "duplex", type: .bool, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "pci_bus_path", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "last_updated", type: .datetime, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "orlando"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(22)
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("PIF_metrics"), .record("PIF_metrics")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("PIF_metrics")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PIF_metrics")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PIF_metrics")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PIF_metrics")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_last_updated", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))], result: .datetime,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_pci_bus_path", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_duplex", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_speed", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_device_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_device_id", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_vendor_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_vendor_id", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_carrier", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_io_write_kbs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))], result: .float,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_io_read_kbs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))], result: .float,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("PIF_metrics"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PIF_metrics"))],
            result: .record("PIF_metrics"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("PIF_metrics"), .record("PIF_metrics")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "PIF_metrics", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("PIF_metrics")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
