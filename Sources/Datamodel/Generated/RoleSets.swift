// Generated from xenapi.json by xapi-gen. Do not edit.
/// The role lists of messages, named for the least privileged role included.
enum RoleSets {
    static let localRootOnly: [Role] = []
    static let poolAdmin: [Role] = [.poolAdmin]
    static let poolOperator: [Role] = [.poolAdmin, .poolOperator]
    static let poolOperatorClientCert: [Role] = [.poolAdmin, .poolOperator, .clientCert]
    static let readOnlyClientCert: [Role] = [
        .poolAdmin, .poolOperator, .vmPowerAdmin, .vmAdmin, .vmOperator, .readOnly, .clientCert]
    static let vmAdmin: [Role] = [.poolAdmin, .poolOperator, .vmPowerAdmin, .vmAdmin]
    static let vmOperator: [Role] = [
        .poolAdmin, .poolOperator, .vmPowerAdmin, .vmAdmin, .vmOperator]
    static let vmOperatorClientCert: [Role] = [
        .poolAdmin, .poolOperator, .vmPowerAdmin, .vmAdmin, .vmOperator, .clientCert]
    static let vmPowerAdmin: [Role] = [.poolAdmin, .poolOperator, .vmPowerAdmin]
    static let vmPowerAdminClientCert: [Role] = [
        .poolAdmin, .poolOperator, .vmPowerAdmin, .clientCert]
}
