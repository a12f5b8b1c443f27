// RBAC for map keys with permissions of their own (xapi `~map_keys_roles`: `folder`,
// `XenCenter.CustomFields.*` ... in other_config). `add_to_`/`remove_from_` of such a key check
// only the key's permission (ocaml/xapi/rbac.ml permission_of_action), so a vm-operator may file a
// VM in a folder; `set_` of the map also needs the key permission of every protected entry it
// adds, changes or removes (ocaml/xapi/helpers.ml set_map_with_rbac). xapi checks that for
// VM.other_config, VM.platform and task.other_config; every other `set_` of such a map needs a
// role holding all its key permissions anyway, so checking them everywhere answers the same.
import Datamodel
import Wire

extension APIServer {
    /// The permission a call checks: the key's own for a protected key, else the message's.
    func permission(of spec: MessageSpec, args: [Value]) -> String {
        guard !spec.protectedKeys.isEmpty, spec.name.hasPrefix("add_to_") || spec.name.hasPrefix("remove_from_"),
              args.count > 1, case .string(let key) = args[1]
        else { return spec.permission }
        return spec.protectedKey(for: key).map(spec.permission(of:)) ?? spec.permission
    }

    /// For `set_<map>`: RBAC_PERMISSION_DENIED for the first protected entry added or changed
    /// (checked as `add_to_`) or removed (as `remove_from_`) that the session may not touch.
    func authorizeProtectedEntries(_ spec: MessageSpec, args: [Value], session: SessionInfo) throws {
        guard !spec.protectedKeys.isEmpty, spec.name.hasPrefix("set_"), !session.isLocalSuperuser,
              args.count > 1, case .structure(let new) = args[1], case .string(let ref) = args[0],
              let classSpec = Datamodel.classSpec(named: spec.className)
        else { return }
        let field = String(spec.name.dropFirst("set_".count))
        guard let index = classSpec.fieldIndex[field],
              let adding = messages.byWireName[spec.className + ".add_to_" + field],
              let removing = messages.byWireName[spec.className + ".remove_from_" + field]
        else { return }
        let old: [Member] = store.read { snap in
            guard case .structure(let members)? = snap.record(class: spec.className, ref: ref)?.wireValue(field: index)
            else { return [] }
            return members
        }
        var oldValues: [String: Value] = [:]
        for m in old { oldValues[m.name] = m.value }
        let newKeys = Set(new.map(\.name))
        let added = new.filter { oldValues[$0.name] != $0.value }.map(\.name)
        let removed = old.map(\.name).filter { !newKeys.contains($0) }
        // xapi checks the matched protected keys in sorted order (as declared, before
        // lower-casing), additions first.
        func required(_ keys: [String], _ message: MessageSpec) -> [String] {
            let matched = Set(keys.compactMap { message.protectedKey(for: $0)?.key }).sorted()
            return matched.compactMap { name in
                message.protectedKeys.first { $0.key == name }.map(message.permission(of:))
            }
        }
        for permission in required(added, adding) + required(removed, removing) {
            try authorize(session, permission: permission)
        }
    }
}
