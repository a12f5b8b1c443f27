// The SRs a 7.1 install leaves (the installer's storage-init: "Local storage", "Removable
// storage", "DVD drives"; dbsync_master.ml create_tools_sr: "XenServer Tools") and their PBDs.
// i18n keys as in SDK guide §6.6. Local storage is a directory under our data directory, which is
// what our storage layer serves; its size is the filesystem's.
import Datamodel
import Hypervisor
import Wire

extension InstallPlan {
    /// (SR, PBD, SR record, PBD device_config) in insertion order.
    var storageRepositories: [(Ref<SRRecord>, Ref<PBDRecord>, SRRecord, [String: String])] {
        [
            (localSR, localPBD, localSRRecord, ["location": configuration.localSRDirectory(uuid: localSRUUID)]),
            (removableSR, removablePBD, removableSRRecord, ["location": "/dev/xapi/block"]),
            (dvdSR, dvdPBD, dvdSRRecord, ["location": "/dev/xapi/cd"]),
            (toolsSR, toolsPBD, toolsSRRecord, [
                "path": configuration.toolsISODirectory, "location": configuration.toolsISODirectory,
                "legacy_mode": "true",
            ]),
        ]
    }

    private func sr(_ name: String, description: String = "", type: String, contentType: String,
                    pbd: Ref<PBDRecord>, shared: Bool = false) -> SRRecord {
        var r = SRRecord()
        r.nameLabel = name
        r.nameDescription = description
        r.type = type
        r.contentType = contentType
        r.shared = shared
        r.pbds = [pbd]
        let capabilities = SMCatalog.spec(type: type)?.features.map(\.name) ?? []
        r.allowedOperations = AllowedOperations.sr(capabilities: capabilities, isToolsSR: false)
        return r
    }

    var localSRRecord: SRRecord {
        var r = sr("Local storage", type: "ext", contentType: "user", pbd: localPBD)
        r.uuid = localSRUUID
        r.physicalSize = observed.storageSize
        r.physicalUtilisation = observed.storageUsed
        r.localCacheEnabled = true
        r.otherConfig = ["i18n-key": "local-storage", "i18n-original-value-name_label": "Local storage"]
        return r
    }

    var removableSRRecord: SRRecord {
        var r = sr("Removable storage", type: "udev", contentType: "disk", pbd: removablePBD)
        r.smConfig = ["type": "block"]
        r.otherConfig = ["i18n-key": "local-hotplug-disk", "i18n-original-value-name_label": "Removable storage"]
        return r
    }

    var dvdSRRecord: SRRecord {
        var r = sr("DVD drives", description: "Physical DVD drives", type: "udev", contentType: "iso", pbd: dvdPBD)
        r.smConfig = ["type": "cd"]
        r.otherConfig = [
            "i18n-key": "local-hotplug-cd",
            "i18n-original-value-name_label": "DVD drives",
            "i18n-original-value-name_description": "Physical DVD drives",
        ]
        return r
    }

    var toolsSRRecord: SRRecord {
        let name = configuration.productBrand + " Tools"
        let description = name + " ISOs"
        var r = sr(name, description: description, type: "iso", contentType: "iso", pbd: toolsPBD, shared: true)
        r.isToolsSR = true
        let capabilities = SMCatalog.spec(type: "iso")?.features.map(\.name) ?? []
        r.allowedOperations = AllowedOperations.sr(capabilities: capabilities, isToolsSR: true)
        r.otherConfig = [
            "xensource_internal": "true",
            "xenserver_tools_sr": "true",
            "i18n-key": "xenserver-tools",
            "i18n-original-value-name_label": name,
            "i18n-original-value-name_description": description,
        ]
        return r
    }

    func pbdRecord(sr: Ref<SRRecord>, deviceConfig: [String: String]) -> PBDRecord {
        var r = PBDRecord()
        r.host = host
        r.sr = sr
        r.deviceConfig = deviceConfig
        r.currentlyAttached = true
        return r
    }

    var rootUserRecord: UserRecord {
        var r = UserRecord()
        r.shortName = "root"
        r.fullname = "superuser"
        return r
    }
}
