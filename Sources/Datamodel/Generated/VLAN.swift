// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VLANRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var taggedPIF: Ref<PIFRecord>
    public var untaggedPIF: Ref<PIFRecord>
    public var tag: Int64
    public var otherConfig: [String: String]

    public init() {
        self.uuid = ""
        self.taggedPIF = .null
        self.untaggedPIF = .null
        self.tag = -1
        self.otherConfig = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.taggedPIF.wire
        case 2: return self.untaggedPIF.wire
        case 3: return self.tag.wire
        case 4: return self.otherConfig.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.taggedPIF = try Ref<PIFRecord>(wire: value)
        case 2: self.untaggedPIF = try Ref<PIFRecord>(wire: value)
        case 3: self.tag = try Int64(wire: value)
        case 4: self.otherConfig = try [String: String](wire: value)
        default: throw XenAPIError.internalError("VLAN has no field \(index)")
        }
    }
}

extension VLANRecord {
    public static let spec = ClassSpec(
        name: "VLAN",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "miami",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(5)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "tagged_PIF", type: .ref("PIF"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "miami"))
        fields.append(FieldSpec(
            name: "untagged_PIF", type: .ref("PIF"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "miami"))
        fields.append(FieldSpec(
            name: "tag", type: .int, qualifier: .roConstructor, defaultValue: .int(-1),
            release: "miami"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "miami"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(16)
        messages.append(MessageSpec(
            className: "VLAN", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VLAN"), .record("VLAN")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VLAN")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VLAN"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "tagged_PIF", type: .ref("PIF")),
                ParamSpec(name: "tag", type: .int),
                ParamSpec(name: "network", type: .ref("network")),
            ],
            result: .ref("VLAN"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VLAN")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VLAN")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("VLAN")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VLAN"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "get_tag", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VLAN"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "get_untagged_PIF", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VLAN"))], result: .ref("PIF"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "get_tagged_PIF", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VLAN"))], result: .ref("PIF"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VLAN"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VLAN", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VLAN"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VLAN"))], result: .record("VLAN"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VLAN"), .record("VLAN")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "VLAN", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("VLAN")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "miami"))
        return messages
    }
}
