// Explicit messages that xapi implements as nothing more than a database write of one field
// (e.g. Xapi_vmss.set_last_run_time). They share the implicit setter path.
import Database
import Datamodel
import Wire

enum PlainSetters {
    static let messages = ["VMSS.set_last_run_time"]

    static func register(into table: inout [String: MessageHandler], store: ObjectStore) {
        for wireName in messages {
            guard let spec = Datamodel.messagesByWireName[wireName],
                  let classSpec = Datamodel.classSpec(named: spec.className),
                  let field = classSpec.fieldIndex[String(spec.name.dropFirst("set_".count))] else { continue }
            table[wireName] = { call in
                try store.write { tx in
                    try tx.update(class: spec.className, ref: call.string(0)) { r in
                        try r.setWireValue(field: field, to: call.args[1])
                    }
                }
                return .void
            }
        }
    }
}
