// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct CertificateRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var name: String
    public var type: CertificateType
    public var host: Ref<HostRecord>
    public var notBefore: XenDate
    public var notAfter: XenDate
    public var fingerprint: String

    public init() {
        self.uuid = ""
        self.name = ""
        self.type = .host
        self.host = .null
        self.notBefore = XenDate(secondsSince1970: 0)
        self.notAfter = XenDate(secondsSince1970: 0)
        self.fingerprint = ""
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.name.wire
        case 2: return self.type.wire
        case 3: return self.host.wire
        case 4: return self.notBefore.wire
        case 5: return self.notAfter.wire
        case 6: return self.fingerprint.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.name = try String(wire: value)
        case 2: self.type = try CertificateType(wire: value)
        case 3: self.host = try Ref<HostRecord>(wire: value)
        case 4: self.notBefore = try XenDate(wire: value)
        case 5: self.notAfter = try XenDate(wire: value)
        case 6: self.fingerprint = try String(wire: value)
        default: throw XenAPIError.internalError("Certificate has no field \(index)")
        }
    }
}

extension CertificateRecord {
    public static let spec = ClassSpec(
        name: "Certificate",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "stockholm",
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
            release: "stockholm"))
        fields.append(FieldSpec(
            name: "name", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "1.294.0"))
        fields.append(FieldSpec(
            name: "type", type: .enumeration("certificate_type"), qualifier: .roRuntime,
            defaultValue: .string("host"), release: "1.294.0"))
        fields.append(FieldSpec(
            name: "host", type: .ref("host"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "stockholm"))
        fields.append(FieldSpec(
            name: "not_before", type: .datetime, qualifier: .roConstructor,
            defaultValue: .dateTime(XenDate(secondsSince1970: 0)), release: "stockholm"))
        fields.append(FieldSpec(
            name: "not_after", type: .datetime, qualifier: .roConstructor,
            defaultValue: .dateTime(XenDate(secondsSince1970: 0)), release: "stockholm"))
        fields.append(FieldSpec(
            name: "fingerprint", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "stockholm"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(13)
        messages.append(MessageSpec(
            className: "Certificate", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("Certificate"), .record("Certificate")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "stockholm"))
        messages.append(MessageSpec(
            className: "Certificate", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("Certificate")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "stockholm"))
        messages.append(MessageSpec(
            className: "Certificate", name: "get_fingerprint", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Certificate"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "stockholm"))
        messages.append(MessageSpec(
            className: "Certificate", name: "get_not_after", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Certificate"))], result: .datetime,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "stockholm"))
        messages.append(MessageSpec(
            className: "Certificate", name: "get_not_before", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Certificate"))], result: .datetime,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "stockholm"))
        messages.append(MessageSpec(
            className: "Certificate", name: "get_host", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Certificate"))], result: .ref("host"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "stockholm"))
        messages.append(MessageSpec(
            className: "Certificate", name: "get_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Certificate"))],
            result: .enumeration("certificate_type"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "1.294.0"))
        messages.append(MessageSpec(
            className: "Certificate", name: "get_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Certificate"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "1.294.0"))
        messages.append(MessageSpec(
            className: "Certificate", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Certificate"))], result: .string,
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "stockholm"))
        messages.append(MessageSpec(
            className: "Certificate", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("Certificate"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "stockholm"))
        messages.append(MessageSpec(
            className: "Certificate", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("Certificate"))],
            result: .record("Certificate"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "stockholm"))
        messages.append(MessageSpec(
            className: "Certificate", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("Certificate"), .record("Certificate")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "stockholm"))
        messages.append(MessageSpec(
            className: "Certificate", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("Certificate")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "stockholm"))
        return messages
    }
}
