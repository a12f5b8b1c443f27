// Roles and permissions: the static catalogue is published into the store (not persisted) so the
// implicit getters work, plus the hand-written lookups (ocaml/xapi/xapi_role.ml).
import Database
import Datamodel
import Wire

struct RoleHandlers {
    let catalog: RoleCatalog
    let store: ObjectStore

    /// Inserts every role and permission record; refs are stable, so this is idempotent.
    func publish() throws {
        try store.write { tx in
            for e in catalog.roles + catalog.permissions where tx.get(Ref<RoleRecord>(e.ref)) == nil {
                var r = RoleRecord()
                r.uuid = e.uuid
                r.nameLabel = e.name
                r.nameDescription = e.description
                r.subroles = e.subroles.map { Ref($0) }
                r.isInternal = e.isInternal
                _ = try tx.insert(r, ref: Ref(e.ref))
            }
        }
    }

    func register(into table: inout [String: MessageHandler]) {
        let catalog = self.catalog
        var byRef: [String: RoleCatalog.Entry] = [:]
        for e in catalog.roles + catalog.permissions { byRef[e.ref] = e }
        let entries = byRef
        let entry: @Sendable (String) throws -> RoleCatalog.Entry = { ref in
            guard let e = entries[ref] else { throw XenAPIError.handleInvalid(class: RoleRecord.className, ref: ref) }
            return e
        }
        table["role.get_permissions"] = { call in
            .array(try entry(call.string(0)).subroles.map { .string($0) })
        }
        table["role.get_permissions_name_label"] = { call in
            let refs = Set(try entry(call.string(0)).subroles)
            return .array(catalog.permissions.filter { refs.contains($0.ref) }.map { .string($0.name) })
        }
        table["role.get_by_permission"] = { call in
            let permission = try entry(call.string(0))
            return .array(catalog.roles.filter { $0.subroles.contains(permission.ref) }.map { .string($0.ref) })
        }
        table["role.get_by_permission_name_label"] = { call in
            let name = call.string(0)
            guard let permission = catalog.permissions.first(where: { $0.name == name }) else { return .array([]) }
            return .array(catalog.roles.filter { $0.subroles.contains(permission.ref) }.map { .string($0.ref) })
        }
    }
}
