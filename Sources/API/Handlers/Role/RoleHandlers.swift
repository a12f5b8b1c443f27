// Roles and permissions: the static catalogue is published into the store (not persisted) so the
// implicit getters work, plus the hand-written lookups (ocaml/xapi/xapi_role.ml).
import Database
import Datamodel
import Wire

struct RoleHandlers {
    let catalog: RoleCatalog
    let store: ObjectStore

    /// Makes the store hold exactly the catalogue's role and permission records: inserts what is
    /// missing and rewrites what differs. Refs are stable, so a store that already holds them (the
    /// catalogue unchanged) costs one read and no write.
    func publish() throws {
        let wanted = (catalog.roles + catalog.permissions).map { ($0.ref, Self.record(of: $0)) }
        let stale = store.read { snap in
            wanted.filter { ref, record in snap.get(Ref<RoleRecord>(ref)) != record }
        }
        guard !stale.isEmpty else { return }
        try store.write { tx in
            for (ref, record) in stale {
                if tx.get(Ref<RoleRecord>(ref)) == nil {
                    _ = try tx.insert(record, ref: Ref(ref))
                } else {
                    try tx.update(Ref<RoleRecord>(ref)) { $0 = record }
                }
            }
        }
    }

    static func record(of e: RoleCatalog.Entry) -> RoleRecord {
        var r = RoleRecord()
        r.uuid = e.uuid
        r.nameLabel = e.name
        r.nameDescription = e.description
        r.subroles = e.subroles.map { Ref($0) }
        r.isInternal = e.isInternal
        return r
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
