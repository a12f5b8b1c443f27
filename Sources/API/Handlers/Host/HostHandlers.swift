// The host messages the core daemon answers itself; the rest of the host class comes with the
// hypervisor and storage issues.
import Database
import Datamodel
import Foundation
import Wire

struct HostHandlers {
    let store: ObjectStore

    func register(into table: inout [String: MessageHandler]) {
        // XenCenter polls this every 15 s as a heartbeat.
        table["host.get_servertime"] = { _ in .dateTime(.now()) }
        table["host.get_server_localtime"] = { _ in
            // xapi sends local time without a zone suffix.
            let offset = Int64(TimeZone.current.secondsFromGMT())
            return .dateTime(XenDate(secondsSince1970: XenDate.now().secondsSince1970 + offset))
        }
    }
}
