// Subjects: users granted roles (ocaml/xapi/xapi_subject.ml). A session's permissions are fixed at
// login, as in xapi; role changes apply to the subject's next session.
import Database
import Datamodel
import Wire

struct SubjectHandlers {
    let catalog: RoleCatalog
    let store: ObjectStore

    func register(into table: inout [String: MessageHandler]) {
        let store = self.store
        var roleNames: [String: String] = [:]
        for r in catalog.roles { roleNames[r.ref] = r.name }
        let names = roleNames
        let permissionsOfRole = catalog.permissionsOfRole
        table["subject.add_to_roles"] = { call in
            let role = call.string(1)
            // Only the seven roles can be granted, not single permissions (xapi: ROLE_NOT_FOUND).
            guard names[role] != nil else { throw XenAPIError("ROLE_NOT_FOUND", []) }
            try store.write { tx in
                try tx.update(call.ref(0, SubjectRecord.self)) { s in
                    guard !s.roles.contains(Ref(role)) else { throw XenAPIError("ROLE_ALREADY_EXISTS", []) }
                    s.roles.append(Ref(role))
                }
            }
            return .void
        }
        table["subject.remove_from_roles"] = { call in
            let role = call.string(1)
            try store.write { tx in
                try tx.update(call.ref(0, SubjectRecord.self)) { s in
                    guard s.roles.contains(Ref(role)) else { throw XenAPIError("ROLE_NOT_FOUND", []) }
                    s.roles.removeAll { $0.raw == role }
                }
            }
            return .void
        }
        table["subject.get_permissions_name_label"] = { call in
            let subject = try store.read { try $0.require(call.ref(0, SubjectRecord.self)) }
            var permissions = Set<String>()
            for role in subject.roles {
                if let name = names[role.raw] { permissions.formUnion(permissionsOfRole[name] ?? []) }
            }
            return .array(permissions.sorted().map { .string($0) })
        }
    }
}
