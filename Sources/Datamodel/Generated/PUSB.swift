// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct PUSBRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var usbGroup: Ref<USBGroupRecord>
    public var host: Ref<HostRecord>
    public var path: String
    public var vendorID: String
    public var vendorDesc: String
    public var productID: String
    public var productDesc: String
    public var serial: String
    public var version: String
    public var description: String
    public var passthroughEnabled: Bool
    public var otherConfig: [String: String]
    public var speed: Double

    public init() {
        self.uuid = ""
        self.usbGroup = .null
        self.host = .null
        self.path = ""
        self.vendorID = ""
        self.vendorDesc = ""
        self.productID = ""
        self.productDesc = ""
        self.serial = ""
        self.version = ""
        self.description = ""
        self.passthroughEnabled = false
        self.otherConfig = [:]
        self.speed = -1.0
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.usbGroup.wire
        case 2: return self.host.wire
        case 3: return self.path.wire
        case 4: return self.vendorID.wire
        case 5: return self.vendorDesc.wire
        case 6: return self.productID.wire
        case 7: return self.productDesc.wire
        case 8: return self.serial.wire
        case 9: return self.version.wire
        case 10: return self.description.wire
        case 11: return self.passthroughEnabled.wire
        case 12: return self.otherConfig.wire
        case 13: return self.speed.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.usbGroup = try Ref<USBGroupRecord>(wire: value)
        case 2: self.host = try Ref<HostRecord>(wire: value)
        case 3: self.path = try String(wire: value)
        case 4: self.vendorID = try String(wire: value)
        case 5: self.vendorDesc = try String(wire: value)
        case 6: self.productID = try String(wire: value)
        case 7: self.productDesc = try String(wire: value)
        case 8: self.serial = try String(wire: value)
        case 9: self.version = try String(wire: value)
        case 10: self.description = try String(wire: value)
        case 11: self.passthroughEnabled = try Bool(wire: value)
        case 12: self.otherConfig = try [String: String](wire: value)
        case 13: self.speed = try Double(wire: value)
        default: throw XenAPIError.internalError("PUSB has no field \(index)")
        }
    }
}

extension PUSBRecord {
    public static let spec = ClassSpec(
        name: "PUSB",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "inverness",
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
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "inverness"))
        fields.append(FieldSpec(
            name: "USB_group", type: .ref("USB_group"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "inverness"))
        fields.append(FieldSpec(
            name: "host", type: .ref("host"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "inverness"))
        fields.append(FieldSpec(
            name: "path", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "inverness"))
        fields.append(FieldSpec(
            name: "vendor_id", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "inverness"))
        fields.append(FieldSpec(
            name: "vendor_desc", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "inverness"))
        fields.append(FieldSpec(
            name: "product_id", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "inverness"))
        fields.append(FieldSpec(
            name: "product_desc", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "inverness"))
        fields.append(FieldSpec(
            name: "serial", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "inverness"))
        fields.append(FieldSpec(
            name: "version", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "inverness"))
        fields.append(FieldSpec(
            name: "description", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "inverness"))
        fields.append(FieldSpec(
            name: "passthrough_enabled", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "inverness"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "inverness"))
        fields.append(FieldSpec(
            name: "speed", type: .float, qualifier: .roConstructor, defaultValue: .double(-1.0),
            release: "stockholm"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(25)
        messages.append(MessageSpec(
            className: "PUSB", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("PUSB"), .record("PUSB")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("PUSB")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "set_passthrough_enabled", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PUSB")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "scan", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolAdmin, implicit: false, isAsync: true, release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PUSB")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PUSB")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("PUSB")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_speed", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .float, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "stockholm"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_passthrough_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_version", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_serial", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_product_desc", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_product_id", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_vendor_desc", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_vendor_id", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_path", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_host", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .ref("host"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_USB_group", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .ref("USB_group"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("PUSB"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("PUSB"))], result: .record("PUSB"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("PUSB"), .record("PUSB")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "PUSB", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("PUSB")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        return messages
    }
}
