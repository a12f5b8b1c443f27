// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct PCIRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var className: String
    public var vendorName: String
    public var deviceName: String
    public var host: Ref<HostRecord>
    public var pciID: String
    public var dependencies: [Ref<PCIRecord>]
    public var otherConfig: [String: String]
    public var subsystemVendorName: String
    public var subsystemDeviceName: String
    public var driverName: String

    public init() {
        self.uuid = ""
        self.className = ""
        self.vendorName = ""
        self.deviceName = ""
        self.host = .null
        self.pciID = ""
        self.dependencies = []
        self.otherConfig = [:]
        self.subsystemVendorName = ""
        self.subsystemDeviceName = ""
        self.driverName = ""
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.className.wire
        case 2: return self.vendorName.wire
        case 3: return self.deviceName.wire
        case 4: return self.host.wire
        case 5: return self.pciID.wire
        case 6: return self.dependencies.wire
        case 7: return self.otherConfig.wire
        case 8: return self.subsystemVendorName.wire
        case 9: return self.subsystemDeviceName.wire
        case 10: return self.driverName.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.className = try String(wire: value)
        case 2: self.vendorName = try String(wire: value)
        case 3: self.deviceName = try String(wire: value)
        case 4: self.host = try Ref<HostRecord>(wire: value)
        case 5: self.pciID = try String(wire: value)
        case 6: self.dependencies = try [Ref<PCIRecord>](wire: value)
        case 7: self.otherConfig = try [String: String](wire: value)
        case 8: self.subsystemVendorName = try String(wire: value)
        case 9: self.subsystemDeviceName = try String(wire: value)
        case 10: self.driverName = try String(wire: value)
        default: throw XenAPIError.internalError("PCI has no field \(index)")
        }
    }
}

extension PCIRecord {
    public static let spec = ClassSpec(
        name: "PCI",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "boston",
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
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "boston"))
        fields.append(FieldSpec(
            name: "class_name", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "boston"))
        fields.append(FieldSpec(
            name: "vendor_name", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "boston"))
        fields.append(FieldSpec(
            name: "device_name", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "boston"))
        fields.append(FieldSpec(
            name: "host", type: .ref("host"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "boston"))
        fields.append(FieldSpec(
            name: "pci_id", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "boston"))
        fields.append(FieldSpec(
            name: "dependencies", type: .set(.ref("PCI")), qualifier: .roRuntime, defaultValue: nil,
            release: "boston"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "boston"))
        fields.append(FieldSpec(
            name: "subsystem_vendor_name", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "clearwater-whetstone"))
        fields.append(FieldSpec(
            name: "subsystem_device_name", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "clearwater-whetstone"))
        fields.append(FieldSpec(
            name: "driver_name", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "kolkata"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(20)
        messages.append(MessageSpec(
            className: "PCI", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("PCI"), .record("PCI")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("PCI")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PCI")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PCI")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PCI")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_driver_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PCI"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "kolkata"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_subsystem_device_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PCI"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "clearwater-whetstone"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_subsystem_vendor_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PCI"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "clearwater-whetstone"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PCI"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_dependencies", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PCI"))], result: .set(.ref("PCI")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_pci_id", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PCI"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_host", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PCI"))], result: .ref("host"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_device_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PCI"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_vendor_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PCI"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_class_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PCI"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PCI"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("PCI"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PCI"))], result: .record("PCI"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("PCI"), .record("PCI")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        messages.append(MessageSpec(
            className: "PCI", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("PCI")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "boston"))
        return messages
    }
}
