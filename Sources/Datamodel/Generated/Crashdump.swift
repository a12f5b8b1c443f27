// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct CrashdumpRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var vm: Ref<VMRecord>
    public var vdi: Ref<VDIRecord>
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.vm = .null
        self.vdi = .null
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.vm.wire
        case 2: return self.vdi.wire
        case 3: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.vm = try Ref<VMRecord>(wire: value)
        case 2: self.vdi = try Ref<VDIRecord>(wire: value)
        case 3: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("crashdump has no field \(index)")
        }
    }
}

extension CrashdumpRecord {
    public static let spec = ClassSpec(
        name: "crashdump",
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
        fields.reserveCapacity(4)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "VM", type: .ref("VM"), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "VDI", type: .ref("VDI"), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(14)
        messages.append(MessageSpec(
            className: "crashdump", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("crashdump"), .record("crashdump")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "crashdump", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("crashdump")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "crashdump", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("crashdump"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "crashdump", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("crashdump")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "crashdump", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("crashdump")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "crashdump", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("crashdump")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "crashdump", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("crashdump"))],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "crashdump", name: "get_VDI", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("crashdump"))], result: .ref("VDI"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "crashdump", name: "get_VM", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("crashdump"))], result: .ref("VM"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "crashdump", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("crashdump"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "crashdump", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("crashdump"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "crashdump", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("crashdump"))],
            result: .record("crashdump"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "crashdump", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("crashdump"), .record("crashdump")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "crashdump", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("crashdump")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
