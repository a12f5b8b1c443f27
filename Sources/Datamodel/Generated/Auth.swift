// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct AuthRecord: XenRecord, Equatable, Sendable {
    public init() {
    }

    public func wireValue(field index: Int) -> Value? {
        nil
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        throw XenAPIError.internalError("auth has no field \(index)")
    }
}

extension AuthRecord {
    public static let spec = ClassSpec(
        name: "auth",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "george",
        inDatabase: false,
        persistent: false,
        generatesEvents: false,
        exposesGetAll: false
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(0)
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(3)
        messages.append(MessageSpec(
            className: "auth", name: "get_group_membership", takesSession: true,
            params: [ParamSpec(name: "subject_identifier", type: .string)], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "george"))
        messages.append(MessageSpec(
            className: "auth", name: "get_subject_information_from_identifier", takesSession: true,
            params: [ParamSpec(name: "subject_identifier", type: .string)],
            result: .map(.string, .string), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: false, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "auth", name: "get_subject_identifier", takesSession: true,
            params: [ParamSpec(name: "subject_name", type: .string)], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false, release: "george"))
        return messages
    }
}
