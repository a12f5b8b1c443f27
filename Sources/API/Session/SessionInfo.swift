// What the dispatcher needs of a checked session, without touching the database on every call.

public struct SessionInfo: Sendable {
    public let ref: String
    public let userName: String
    public let isLocalSuperuser: Bool
    /// RBAC permissions; ignored for local superusers, who bypass RBAC.
    public let permissions: Set<String>
    public let originator: String
}
