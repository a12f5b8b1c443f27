// host.disable and host.enable (ocaml/xapi/xapi_host.ml): a disabled host starts no new VMs and may
// be rebooted or shut down; the change shows in allowed_operations through HostPolicy.
import Database
import Datamodel
import Wire

struct HostEnableHandlers {
    let context: HandlerContext

    func register(into table: inout [String: MessageHandler]) {
        let store = context.store
        let operations = context.operations
        table["host.disable"] = { call in
            let host = call.ref(0, HostRecord.self)
            try store.write { tx in
                if try tx.require(host).enabled { try tx.update(host) { $0.enabled = false } }
            }
            return .void
        }
        table["host.enable"] = { call in
            let host = call.ref(0, HostRecord.self)
            try operations.run(HostPolicy(), host, .enable, task: call.task?.ref) {
                try store.write { tx in
                    if tx.get(host)?.enabled == false { try tx.update(host) { $0.enabled = true } }
                }
            }
            return .void
        }
    }
}
