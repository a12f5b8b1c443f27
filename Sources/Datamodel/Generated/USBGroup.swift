// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct USBGroupRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var pusbs: [Ref<PUSBRecord>]
    public var vusbs: [Ref<VUSBRecord>]
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.pusbs = []
        self.vusbs = []
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.pusbs.wire
        case 4: return self.vusbs.wire
        case 5: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.pusbs = try [Ref<PUSBRecord>](wire: value)
        case 4: self.vusbs = try [Ref<VUSBRecord>](wire: value)
        case 5: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("USB_group has no field \(index)")
        }
    }
}

extension USBGroupRecord {
    public static let spec = ClassSpec(
        name: "USB_group",
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
        fields.reserveCapacity(6)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "inverness"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "inverness"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "inverness"))
        fields.append(FieldSpec(
            name: "PUSBs", type: .set(.ref("PUSB")), qualifier: .roRuntime, defaultValue: nil,
            release: "inverness"))
        fields.append(FieldSpec(
            name: "VUSBs", type: .set(.ref("VUSB")), qualifier: .roRuntime, defaultValue: nil,
            release: "inverness"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "inverness"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(20)
        messages.append(MessageSpec(
            className: "USB_group", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("USB_group"), .record("USB_group")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("USB_group")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("USB_group"))], result: nil, errors: [],
            roles: RoleSets.poolAdmin, implicit: false, isAsync: true, release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "name_label", type: .string, defaultValue: .string("")),
                ParamSpec(name: "name_description", type: .string, defaultValue: .string("")),
                ParamSpec(name: "other_config", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: .ref("USB_group"), errors: [], roles: RoleSets.poolAdmin, implicit: false,
            isAsync: true, release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("USB_group")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("USB_group")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("USB_group")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("USB_group")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("USB_group")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("USB_group"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "get_VUSBs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("USB_group"))], result: .set(.ref("VUSB")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "get_PUSBs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("USB_group"))], result: .set(.ref("PUSB")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("USB_group"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("USB_group"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("USB_group"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("USB_group")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("USB_group"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("USB_group"))],
            result: .record("USB_group"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("USB_group"), .record("USB_group")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "USB_group", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("USB_group")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        return messages
    }
}
