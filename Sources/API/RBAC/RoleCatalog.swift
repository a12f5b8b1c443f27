// The static roles and permissions (xapi keeps them out of the database: ocaml/xapi/xapi_role.ml).
// A permission is a message's lower-cased wire name; a role holds every permission whose message
// lists it. Refs and UUIDs derive from MD5(name), so they are the same on every install.
import Datamodel

struct RoleCatalog: Sendable {
    struct Entry: Sendable {
        let ref: String
        let uuid: String
        let name: String
        let description: String
        /// For roles, the permission refs they hold; empty for permissions.
        let subroles: [String]
        let isInternal: Bool
    }

    /// The seven roles, most privileged first.
    let roles: [Entry]
    /// One entry per permission, sorted by name.
    let permissions: [Entry]
    /// Role name -> the permission names it holds.
    let permissionsOfRole: [String: Set<String>]
    /// Permission name -> roles holding it, most privileged first.
    let rolesOfPermission: [String: [Role]]

    init(classes: [ClassSpec]) {
        var holders: [String: Set<Role>] = [:]
        for c in classes {
            for m in c.messages {
                holders[m.permission, default: []].formUnion(m.roles)
                // gen_rbac.ml: protected map keys of add_to_/remove_from_ get permissions of their own.
                guard m.name.hasPrefix("add_to_") || m.name.hasPrefix("remove_from_") else { continue }
                for key in m.protectedKeys {
                    holders[m.permission + "/key:" + key.key.lowercased(), default: []].formUnion(key.roles)
                }
            }
        }
        for (permission, roles) in Self.extraPermissions { holders[permission, default: []].formUnion(roles) }
        var byRole: [String: Set<String>] = [:]
        var ofPermission: [String: [Role]] = [:]
        for (permission, roles) in holders {
            ofPermission[permission] = roles.sorted()
            for r in roles { byRole[r.rawValue, default: []].insert(permission) }
        }
        func entry(_ name: String, _ description: String, _ subroles: [String], isInternal: Bool) -> Entry {
            let uuid = UUID.format(MD5.digest(Array(name.utf8)))
            return Entry(ref: "OpaqueRef:" + uuid, uuid: uuid, name: name, description: description,
                         subroles: subroles, isInternal: isInternal)
        }
        let permissionEntries = holders.keys.sorted().map { entry($0, "", [], isInternal: true) }
        var refOfPermission: [String: String] = [:]
        for p in permissionEntries { refOfPermission[p.name] = p.ref }
        roles = Role.allCases.map { role in
            let held = (byRole[role.rawValue] ?? []).sorted().compactMap { refOfPermission[$0] }
            return entry(role.rawValue, role.summary, held, isInternal: role == .clientCert)
        }
        permissions = permissionEntries
        permissionsOfRole = byRole
        rolesOfPermission = ofPermission
    }

    /// Acting on another user's task (ocaml/idl/datamodel.ml: task.destroy/any, pool-operator).
    static let taskAnyPermission = "task.destroy/any"

    /// Permissions that are not a message's own (gen_rbac.ml extra permissions).
    static let extraPermissions: [(String, [Role])] = [
        (taskAnyPermission, [.poolAdmin, .poolOperator]),
    ]

    /// xapi's denial text names the roles that would have been allowed.
    func denial(for permission: String) -> XenAPIErrorParams {
        let roles = (rolesOfPermission[permission] ?? []).map(\.rawValue).joined(separator: ", ")
        return [permission, "No permission in user session. (Roles with this permission: \(roles))"]
    }
}

typealias XenAPIErrorParams = [String]

extension Role {
    var summary: String {
        switch self {
        case .poolAdmin: return "The Pool Administrator role has full access to all features and settings"
        case .poolOperator: return "The Pool Operator role manages host- and pool-wide resources"
        case .vmPowerAdmin: return "The VM Power Administrator role has full access to VM and template management"
        case .vmAdmin: return "The VM Administrator role can manage VMs and templates"
        case .vmOperator: return "The VM Operator role can use VMs and interact with VM consoles"
        case .readOnly: return "The Read-Only role can log in with basic read-only access"
        case .clientCert: return "Access granted to clients authenticated by a certificate"
        }
    }
}
