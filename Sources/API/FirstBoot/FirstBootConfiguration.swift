// What first boot needs besides the hypervisor and the machine's facts: where our data lives and
// the identity the host reports (notes/clients.md §0: XenServer 7.1, API 2.6). Defaults are the
// 7.1 values; build facts that only a real build would know are explicit settings.
import Glibc

public struct FirstBootConfiguration: Sendable {
    /// The daemon's data directory; SRs and the tools ISO directory live under it.
    public var dataDirectory: String
    /// Where the "XenServer Tools" ISO SR points; created if missing.
    public var toolsISODirectory: String

    public var apiVersionMajor: Int64 = 2
    public var apiVersionMinor: Int64 = 6
    public var apiVersionVendor = "XenSource"

    public var productVersion = "7.1.0"
    public var productVersionText = "7.1"
    public var productVersionTextShort = "7.1"
    public var productBrand = "XenServer"
    public var platformName = "XCP"
    public var platformVersion = "2.2.0"
    /// xapi's own major.minor (`software_version.xapi`, Xapi_version in 7.1).
    public var xapiVersion = "1.9"
    public var xapiBuild = "1.9.0"
    /// Build identity: xapi reports its build's number, build host and date here.
    public var buildNumber = "1"
    public var buildHost = "localhost"
    /// `YYYY-MM-DD`; nil means the day the daemon starts (UTC).
    public var buildDate: String?
    /// `major.minor` of the datamodel schema 7.1 shipped (ocaml/idl/datamodel.ml, Jan 2017).
    public var dbSchema = "5.109"
    public var xencenterMin = "2.6"
    public var xencenterMax = "2.6"
    public var networkBackend = "bridge"

    public init(dataDirectory: String, toolsISODirectory: String? = nil) {
        self.dataDirectory = dataDirectory
        self.toolsISODirectory = toolsISODirectory ?? dataDirectory + "/packages/iso"
    }

    /// The directory backing the local SR `uuid`.
    public func localSRDirectory(uuid: String) -> String { dataDirectory + "/sr/" + uuid }
}
