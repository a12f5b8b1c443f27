// The storage manager plugins a 7.1 host registers at start, as plain data: each driver's
// DRIVER_INFO from xapi-project/sm (drivers/{EXT,File,ISO,udev,NFS,LVHD}SR.py, master of Jan 2017)
// and how xapi turns it into an SM record (ocaml/xapi/xapi_sm.ml create_from_query_result,
// smint.ml parse_string_int64_features): capabilities it does not know are dropped, "NAME/2"
// becomes feature NAME version 2, CONFIGURATION becomes the key → description map.
import Datamodel

struct SMSpec: Sendable {
    var type: String
    var name: String
    var description: String
    var vendor: String
    var copyright: String
    var requiredAPIVersion: String
    /// DRIVER_INFO capabilities, verbatim.
    var capabilities: [String]
    var configuration: [(key: String, description: String)]
    /// The SMAPIv1 plugin xapi would run (/opt/xensource/sm/<Driver>SR).
    var driver: String

    /// xapi's Smint.Feature.string_to_capability_table (7.1).
    static let knownCapabilities: Set<String> = [
        "SR_PROBE", "SR_UPDATE", "SR_SUPPORTS_LOCAL_CACHING", "SR_METADATA", "SR_TRIM", "VDI_CREATE",
        "VDI_DELETE", "VDI_ATTACH", "VDI_DETACH", "VDI_MIRROR", "VDI_RESIZE", "VDI_RESIZE_ONLINE",
        "VDI_CLONE", "VDI_SNAPSHOT", "VDI_ACTIVATE", "VDI_DEACTIVATE", "VDI_UPDATE", "VDI_INTRODUCE",
        "VDI_GENERATE_CONFIG", "VDI_ATTACH_OFFLINE", "VDI_RESET_ON_BOOT", "SR_STATS",
    ]

    /// Known capabilities with their versions, in DRIVER_INFO order.
    var features: [(name: String, version: Int64)] {
        capabilities.compactMap { c in
            let parts = c.split(separator: "/", maxSplits: 1).map(String.init)
            guard let name = parts.first, Self.knownCapabilities.contains(name) else { return nil }
            let version = parts.count > 1 ? max(1, Int64(parts[1]) ?? 1) : 1
            return (name, version)
        }
    }

    var record: SMRecord {
        var r = SMRecord()
        r.nameLabel = name
        r.nameDescription = description
        r.type = type
        r.vendor = vendor
        r.copyright = copyright
        r.version = "1.0"
        r.requiredAPIVersion = requiredAPIVersion
        r.capabilities = features.map(\.name)
        r.features = Dictionary(features.map { ($0.name, $0.version) }, uniquingKeysWith: { a, _ in a })
        r.configuration = Dictionary(configuration.map { ($0.key, $0.description) },
                                     uniquingKeysWith: { a, _ in a })
        r.driverFilename = "/opt/xensource/sm/" + driver
        return r
    }
}

enum SMCatalog {
    private static let citrix = "Citrix Systems Inc"
    private static let citrix2008 = "(C) 2008 Citrix Systems Inc"
    private static let nfsVersion = (key: "nfsversion", description: "for type=nfs, NFS protocol version - 3, 4")

    static let all: [SMSpec] = [
        SMSpec(
            type: "ext", name: "Local EXT3 VHD",
            description: "SR plugin which represents disks as VHD files stored on a local EXT3 filesystem, "
                + "created inside an LVM volume",
            vendor: citrix, copyright: citrix2008, requiredAPIVersion: "1.0",
            capabilities: ["SR_PROBE", "SR_UPDATE", "SR_SUPPORTS_LOCAL_CACHING", "VDI_CREATE", "VDI_DELETE",
                           "VDI_ATTACH", "VDI_DETACH", "VDI_UPDATE", "VDI_CLONE", "VDI_SNAPSHOT", "VDI_RESIZE",
                           "VDI_MIRROR", "VDI_GENERATE_CONFIG", "VDI_RESET_ON_BOOT/2", "ATOMIC_PAUSE"],
            configuration: [("device", "local device path (required) (e.g. /dev/sda3)")],
            driver: "EXTSR"),
        SMSpec(
            type: "file", name: "Local Path VHD",
            description: "SR plugin which represents disks as VHD files stored on a local path",
            vendor: citrix, copyright: citrix2008, requiredAPIVersion: "1.0",
            capabilities: ["SR_PROBE", "SR_UPDATE", "VDI_CREATE", "VDI_DELETE", "VDI_ATTACH", "VDI_DETACH",
                           "VDI_CLONE", "VDI_SNAPSHOT", "VDI_RESIZE", "VDI_MIRROR", "VDI_GENERATE_CONFIG",
                           "ATOMIC_PAUSE"],
            configuration: [("location", "local directory path (required)")],
            driver: "FileSR"),
        SMSpec(
            type: "iso", name: "ISO", description: "Handles CD images stored as files in iso format",
            vendor: citrix, copyright: citrix2008, requiredAPIVersion: "1.0",
            capabilities: ["VDI_CREATE", "VDI_DELETE", "VDI_ATTACH", "VDI_DETACH", "SR_SCAN", "SR_ATTACH",
                           "SR_DETACH"],
            configuration: [("location", "path to mount (required) (e.g. server:/path)"),
                            ("options", "extra options to pass to mount (deprecated) (e.g. '-o ro')"),
                            ("type", "cifs or nfs"), nfsVersion],
            driver: "ISOSR"),
        SMSpec(
            type: "udev", name: "udev",
            description: "SR plugin which represents devices plugged in via udev as VDIs",
            vendor: citrix, copyright: citrix2008, requiredAPIVersion: "1.1",
            capabilities: ["VDI_INTRODUCE", "VDI_ATTACH", "VDI_DETACH", "VDI_UPDATE", "SR_UPDATE"],
            configuration: [("location", "path to mount (required) (e.g. server:/path)")],
            driver: "udevSR"),
        SMSpec(
            type: "nfs", name: "NFS VHD",
            description: "SR plugin which stores disks as VHD files on a remote NFS filesystem",
            vendor: citrix, copyright: citrix2008, requiredAPIVersion: "1.0",
            capabilities: ["SR_PROBE", "SR_UPDATE", "SR_CACHING", "VDI_CREATE", "VDI_DELETE", "VDI_ATTACH",
                           "VDI_DETACH", "VDI_UPDATE", "VDI_CLONE", "VDI_SNAPSHOT", "VDI_RESIZE",
                           "VDI_GENERATE_CONFIG", "VDI_MIRROR", "VDI_RESET_ON_BOOT/2", "ATOMIC_PAUSE"],
            configuration: [("server", "hostname or IP address of NFS server (required)"),
                            ("serverpath", "path on remote server (required)"), nfsVersion],
            driver: "NFSSR"),
        SMSpec(
            type: "lvm", name: "Local VHD on LVM",
            description: "SR plugin which represents disks as VHD disks on Logical Volumes within a "
                + "locally-attached Volume Group",
            vendor: "XenSource Inc", copyright: "(C) 2008 XenSource Inc", requiredAPIVersion: "1.0",
            capabilities: ["SR_PROBE", "SR_UPDATE", "SR_TRIM", "VDI_CREATE", "VDI_DELETE", "VDI_ATTACH",
                           "VDI_DETACH", "VDI_MIRROR", "VDI_CLONE", "VDI_SNAPSHOT", "VDI_RESIZE",
                           "ATOMIC_PAUSE", "VDI_RESET_ON_BOOT/2", "VDI_UPDATE"],
            configuration: [("device", "local device path (required) (e.g. /dev/sda3)")],
            driver: "LVMSR"),
    ]

    static func spec(type: String) -> SMSpec? { all.first { $0.type == type } }
}
