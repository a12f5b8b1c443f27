// Wire method names: `Class.message`, the `Class_message` alias, and the `Async.` prefix
// (notes/xapi-semantics.md §1.4; ocaml/idl/datamodel_utils.ml alternative_wire_name).
import Datamodel
import Wire

/// A resolved method: its spec and whether the client asked for the `Async.` form.
struct MethodName {
    let spec: MessageSpec
    let isAsync: Bool

    /// Resolves `name` against the message table; nil when no message has that name.
    static func resolve(_ name: String, in table: MessageTable) -> MethodName? {
        if name.hasPrefix("Async.") {
            // Only the dotted form takes the Async prefix.
            let rest = String(name.dropFirst("Async.".count))
            return table.byWireName[rest].map { MethodName(spec: $0, isAsync: true) }
        }
        if let spec = table.byWireName[name] { return MethodName(spec: spec, isAsync: false) }
        return table.byAlias[name].map { MethodName(spec: $0, isAsync: false) }
    }
}

/// Every message reachable on the wire, by `Class.message` and by `Class_message`.
final class MessageTable: Sendable {
    let byWireName: [String: MessageSpec]
    let byAlias: [String: MessageSpec]
    /// Synchronous wire names, sorted, as `system.listMethods` returns them.
    let listMethods: [String]
    /// `listMethods` as the wire value `system.listMethods` answers.
    let listMethodsValue: Value

    init(classes: [ClassSpec]) {
        var wire: [String: MessageSpec] = [:]
        var alias: [String: MessageSpec] = [:]
        for c in classes {
            for m in c.messages {
                wire[m.wireName] = m
                alias[c.name + "_" + m.name] = m
            }
        }
        byWireName = wire
        byAlias = alias
        listMethods = wire.keys.sorted()
        listMethodsValue = .array(listMethods.map { .string($0) })
    }
}
