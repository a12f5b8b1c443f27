// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VUSBRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var allowedOperations: [VUSBOperations]
    public var currentOperations: [String: VUSBOperations]
    public var vm: Ref<VMRecord>
    public var usbGroup: Ref<USBGroupRecord>
    public var otherConfig: [String: String]
    public var currentlyAttached: Bool

    public init() {
        self.uuid = ""
        self.allowedOperations = []
        self.currentOperations = [:]
        self.vm = .null
        self.usbGroup = .null
        self.otherConfig = [:]
        self.currentlyAttached = false
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.allowedOperations.wire
        case 2: return self.currentOperations.wire
        case 3: return self.vm.wire
        case 4: return self.usbGroup.wire
        case 5: return self.otherConfig.wire
        case 6: return self.currentlyAttached.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.allowedOperations = try [VUSBOperations](wire: value)
        case 2: self.currentOperations = try [String: VUSBOperations](wire: value)
        case 3: self.vm = try Ref<VMRecord>(wire: value)
        case 4: self.usbGroup = try Ref<USBGroupRecord>(wire: value)
        case 5: self.otherConfig = try [String: String](wire: value)
        case 6: self.currentlyAttached = try Bool(wire: value)
        default: throw XenAPIError.internalError("VUSB has no field \(index)")
        }
    }
}

extension VUSBRecord {
    public static let spec = ClassSpec(
        name: "VUSB",
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
        fields.reserveCapacity(7)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "inverness"))
        fields.append(FieldSpec(
            name: "allowed_operations", type: .set(.enumeration("vusb_operations")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "rio"))
        fields.append(FieldSpec(
            name: "current_operations", type: .map(.string, .enumeration("vusb_operations")),
            qualifier: .roRuntime, defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "VM", type: .ref("VM"), qualifier: .roRuntime, defaultValue: nil,
            release: "inverness"))
        fields.append(FieldSpec(
            name: "USB_group", type: .ref("USB_group"), qualifier: .roRuntime, defaultValue: nil,
            release: "inverness"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "inverness"))
        fields.append(FieldSpec(
            name: "currently_attached", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "rio"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(19)
        messages.append(MessageSpec(
            className: "VUSB", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VUSB"), .record("VUSB")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VUSB")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VUSB"))], result: nil, errors: [],
            roles: RoleSets.poolAdmin, implicit: false, isAsync: true, release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "unplug", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VUSB"))], result: nil, errors: [],
            roles: RoleSets.poolAdmin, implicit: false, isAsync: true, release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "VM", type: .ref("VM")),
                ParamSpec(name: "USB_group", type: .ref("USB_group")),
                ParamSpec(name: "other_config", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: .ref("VUSB"), errors: [], roles: RoleSets.poolAdmin, implicit: false,
            isAsync: true, release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VUSB")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VUSB")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VUSB")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "get_currently_attached", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VUSB"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VUSB", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VUSB"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "get_USB_group", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VUSB"))], result: .ref("USB_group"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "get_VM", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VUSB"))], result: .ref("VM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "get_current_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VUSB"))],
            result: .map(.string, .enumeration("vusb_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VUSB", name: "get_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VUSB"))],
            result: .set(.enumeration("vusb_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VUSB", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VUSB"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VUSB"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VUSB"))], result: .record("VUSB"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VUSB"), .record("VUSB")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "VUSB", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("VUSB")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        return messages
    }
}
