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

    private static let fieldSpecs: [FieldSpec] = [
    ]

    private static let messageSpecs: [MessageSpec] = [
        MessageSpec(
            className: "auth", name: "get_group_membership", takesSession: true,
            params: [
                ParamSpec(name: "subject_identifier", type: .string),
            ],
            result: .set(.string),
            errors: [],
            roles: [.poolAdmin, .poolOperator, .vmPowerAdmin, .vmAdmin, .vmOperator, .readOnly, .clientCert],
            implicit: false, isAsync: false, release: "george"),
        MessageSpec(
            className: "auth", name: "get_subject_information_from_identifier", takesSession: true,
            params: [
                ParamSpec(name: "subject_identifier", type: .string),
            ],
            result: .map(.string, .string),
            errors: [],
            roles: [.poolAdmin, .poolOperator, .vmPowerAdmin, .vmAdmin, .vmOperator, .readOnly, .clientCert],
            implicit: false, isAsync: false, release: "george"),
        MessageSpec(
            className: "auth", name: "get_subject_identifier", takesSession: true,
            params: [
                ParamSpec(name: "subject_name", type: .string),
            ],
            result: .string,
            errors: [],
            roles: [.poolAdmin, .poolOperator, .vmPowerAdmin, .vmAdmin, .vmOperator, .readOnly, .clientCert],
            implicit: false, isAsync: false, release: "george"),
    ]
}
