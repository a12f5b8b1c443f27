// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct BlobRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var size: Int64
    public var `public`: Bool
    public var lastUpdated: XenDate
    public var mimeType: String

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.size = 0
        self.`public` = false
        self.lastUpdated = XenDate(secondsSince1970: 0)
        self.mimeType = ""
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.size.wire
        case 4: return self.`public`.wire
        case 5: return self.lastUpdated.wire
        case 6: return self.mimeType.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.size = try Int64(wire: value)
        case 4: self.`public` = try Bool(wire: value)
        case 5: self.lastUpdated = try XenDate(wire: value)
        case 6: self.mimeType = try String(wire: value)
        default: throw XenAPIError.internalError("blob has no field \(index)")
        }
    }
}

extension BlobRecord {
    public static let spec = ClassSpec(
        name: "blob",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "orlando",
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
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "size", type: .int, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "public", type: .bool, qualifier: .rw, defaultValue: .bool(false),
            release: "tampa"))
        fields.append(FieldSpec(
            name: "last_updated", type: .datetime, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "mime_type", type: .string, qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(19)
        messages.append(MessageSpec(
            className: "blob", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("blob"), .record("blob")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "blob", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("blob")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "blob", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("blob"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "blob", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "mime_type", type: .string),
                ParamSpec(name: "public", type: .bool, defaultValue: .bool(false)),
            ],
            result: .ref("blob"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "blob", name: "set_public", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("blob")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "tampa"))
        messages.append(MessageSpec(
            className: "blob", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("blob")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "blob", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("blob")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "blob", name: "get_mime_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("blob"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "blob", name: "get_last_updated", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("blob"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "blob", name: "get_public", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("blob"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "tampa"))
        messages.append(MessageSpec(
            className: "blob", name: "get_size", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("blob"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "blob", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("blob"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "blob", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("blob"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "blob", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("blob"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "blob", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("blob")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "blob", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("blob"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "blob", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("blob"))], result: .record("blob"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "blob", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("blob"), .record("blob")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "blob", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("blob")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        return messages
    }
}
