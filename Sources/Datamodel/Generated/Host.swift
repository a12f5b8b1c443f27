// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct HostRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var nameLabel: String
    public var nameDescription: String
    public var memoryOverhead: Int64
    public var allowedOperations: [HostAllowedOperations]
    public var currentOperations: [String: HostAllowedOperations]
    public var apiVersionMajor: Int64
    public var apiVersionMinor: Int64
    public var apiVersionVendor: String
    public var apiVersionVendorImplementation: [String: String]
    public var enabled: Bool
    public var softwareVersion: [String: String]
    public var otherConfig: [String: String]
    public var capabilities: [String]
    public var cpuConfiguration: [String: String]
    public var schedPolicy: String
    public var supportedBootloaders: [String]
    public var residentVMs: [Ref<VMRecord>]
    public var logging: [String: String]
    public var pifs: [Ref<PIFRecord>]
    public var suspendImageSR: Ref<SRRecord>
    public var crashDumpSR: Ref<SRRecord>
    public var crashdumps: [Ref<HostCrashdumpRecord>]
    public var patches: [Ref<HostPatchRecord>]
    public var updates: [Ref<PoolUpdateRecord>]
    public var pbds: [Ref<PBDRecord>]
    public var hostCPUs: [Ref<HostCPURecord>]
    public var cpuInfo: [String: String]
    public var hostname: String
    public var address: String
    public var metrics: Ref<HostMetricsRecord>
    public var licenseParams: [String: String]
    public var haStatefiles: [String]
    public var haNetworkPeers: [String]
    public var blobs: [String: Ref<BlobRecord>]
    public var tags: [String]
    public var externalAuthType: String
    public var externalAuthServiceName: String
    public var externalAuthConfiguration: [String: String]
    public var edition: String
    public var licenseServer: [String: String]
    public var biosStrings: [String: String]
    public var powerOnMode: String
    public var powerOnConfig: [String: String]
    public var localCacheSR: Ref<SRRecord>
    public var chipsetInfo: [String: String]
    public var pcis: [Ref<PCIRecord>]
    public var pgpus: [Ref<PGPURecord>]
    public var pusbs: [Ref<PUSBRecord>]
    public var sslLegacy: Bool
    public var guestVCPUsParams: [String: String]
    public var display: HostDisplay
    public var virtualHardwarePlatformVersions: [Int64]
    public var controlDomain: Ref<VMRecord>
    public var updatesRequiringReboot: [Ref<PoolUpdateRecord>]
    public var features: [Ref<FeatureRecord>]
    public var iscsiIqn: String
    public var multipathing: Bool
    public var uefiCertificates: String
    public var certificates: [Ref<CertificateRecord>]
    public var editions: [String]
    public var pendingGuidances: [UpdateGuidances]
    public var tlsVerificationEnabled: Bool
    public var lastSoftwareUpdate: XenDate
    public var httpsOnly: Bool
    public var latestSyncedUpdatesApplied: LatestSyncedUpdatesAppliedState
    public var numaAffinityPolicy: HostNUMAAffinityPolicy
    public var pendingGuidancesRecommended: [UpdateGuidances]
    public var pendingGuidancesFull: [UpdateGuidances]
    public var lastUpdateHash: String

    public init() {
        self.uuid = ""
        self.nameLabel = ""
        self.nameDescription = ""
        self.memoryOverhead = 0
        self.allowedOperations = []
        self.currentOperations = [:]
        self.apiVersionMajor = 0
        self.apiVersionMinor = 0
        self.apiVersionVendor = ""
        self.apiVersionVendorImplementation = [:]
        self.enabled = false
        self.softwareVersion = [:]
        self.otherConfig = [:]
        self.capabilities = []
        self.cpuConfiguration = [:]
        self.schedPolicy = ""
        self.supportedBootloaders = []
        self.residentVMs = []
        self.logging = [:]
        self.pifs = []
        self.suspendImageSR = .null
        self.crashDumpSR = .null
        self.crashdumps = []
        self.patches = []
        self.updates = []
        self.pbds = []
        self.hostCPUs = []
        self.cpuInfo = [:]
        self.hostname = ""
        self.address = ""
        self.metrics = .null
        self.licenseParams = [:]
        self.haStatefiles = []
        self.haNetworkPeers = []
        self.blobs = [:]
        self.tags = []
        self.externalAuthType = ""
        self.externalAuthServiceName = ""
        self.externalAuthConfiguration = [:]
        self.edition = ""
        self.licenseServer = ["address": "localhost", "port": "27000"]
        self.biosStrings = [:]
        self.powerOnMode = ""
        self.powerOnConfig = [:]
        self.localCacheSR = .null
        self.chipsetInfo = [:]
        self.pcis = []
        self.pgpus = []
        self.pusbs = []
        self.sslLegacy = true
        self.guestVCPUsParams = [:]
        self.display = .enabled
        self.virtualHardwarePlatformVersions = [0]
        self.controlDomain = .null
        self.updatesRequiringReboot = []
        self.features = []
        self.iscsiIqn = ""
        self.multipathing = false
        self.uefiCertificates = ""
        self.certificates = []
        self.editions = []
        self.pendingGuidances = []
        self.tlsVerificationEnabled = false
        self.lastSoftwareUpdate = XenDate(secondsSince1970: 0)
        self.httpsOnly = false
        self.latestSyncedUpdatesApplied = .unknown
        self.numaAffinityPolicy = .defaultPolicy
        self.pendingGuidancesRecommended = []
        self.pendingGuidancesFull = []
        self.lastUpdateHash = ""
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.nameLabel.wire
        case 2: return self.nameDescription.wire
        case 3: return self.memoryOverhead.wire
        case 4: return self.allowedOperations.wire
        case 5: return self.currentOperations.wire
        case 6: return self.apiVersionMajor.wire
        case 7: return self.apiVersionMinor.wire
        case 8: return self.apiVersionVendor.wire
        case 9: return self.apiVersionVendorImplementation.wire
        case 10: return self.enabled.wire
        case 11: return self.softwareVersion.wire
        case 12: return self.otherConfig.wire
        case 13: return self.capabilities.wire
        case 14: return self.cpuConfiguration.wire
        case 15: return self.schedPolicy.wire
        case 16: return self.supportedBootloaders.wire
        case 17: return self.residentVMs.wire
        case 18: return self.logging.wire
        case 19: return self.pifs.wire
        case 20: return self.suspendImageSR.wire
        case 21: return self.crashDumpSR.wire
        case 22: return self.crashdumps.wire
        case 23: return self.patches.wire
        case 24: return self.updates.wire
        case 25: return self.pbds.wire
        case 26: return self.hostCPUs.wire
        case 27: return self.cpuInfo.wire
        case 28: return self.hostname.wire
        case 29: return self.address.wire
        case 30: return self.metrics.wire
        case 31: return self.licenseParams.wire
        case 32: return self.haStatefiles.wire
        case 33: return self.haNetworkPeers.wire
        case 34: return self.blobs.wire
        case 35: return self.tags.wire
        case 36: return self.externalAuthType.wire
        case 37: return self.externalAuthServiceName.wire
        case 38: return self.externalAuthConfiguration.wire
        case 39: return self.edition.wire
        case 40: return self.licenseServer.wire
        case 41: return self.biosStrings.wire
        case 42: return self.powerOnMode.wire
        case 43: return self.powerOnConfig.wire
        case 44: return self.localCacheSR.wire
        case 45: return self.chipsetInfo.wire
        case 46: return self.pcis.wire
        case 47: return self.pgpus.wire
        case 48: return self.pusbs.wire
        case 49: return self.sslLegacy.wire
        case 50: return self.guestVCPUsParams.wire
        case 51: return self.display.wire
        case 52: return self.virtualHardwarePlatformVersions.wire
        case 53: return self.controlDomain.wire
        case 54: return self.updatesRequiringReboot.wire
        case 55: return self.features.wire
        case 56: return self.iscsiIqn.wire
        case 57: return self.multipathing.wire
        case 58: return self.uefiCertificates.wire
        case 59: return self.certificates.wire
        case 60: return self.editions.wire
        case 61: return self.pendingGuidances.wire
        case 62: return self.tlsVerificationEnabled.wire
        case 63: return self.lastSoftwareUpdate.wire
        case 64: return self.httpsOnly.wire
        case 65: return self.latestSyncedUpdatesApplied.wire
        case 66: return self.numaAffinityPolicy.wire
        case 67: return self.pendingGuidancesRecommended.wire
        case 68: return self.pendingGuidancesFull.wire
        case 69: return self.lastUpdateHash.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.nameLabel = try String(wire: value)
        case 2: self.nameDescription = try String(wire: value)
        case 3: self.memoryOverhead = try Int64(wire: value)
        case 4: self.allowedOperations = try [HostAllowedOperations](wire: value)
        case 5: self.currentOperations = try [String: HostAllowedOperations](wire: value)
        case 6: self.apiVersionMajor = try Int64(wire: value)
        case 7: self.apiVersionMinor = try Int64(wire: value)
        case 8: self.apiVersionVendor = try String(wire: value)
        case 9: self.apiVersionVendorImplementation = try [String: String](wire: value)
        case 10: self.enabled = try Bool(wire: value)
        case 11: self.softwareVersion = try [String: String](wire: value)
        case 12: self.otherConfig = try [String: String](wire: value)
        case 13: self.capabilities = try [String](wire: value)
        case 14: self.cpuConfiguration = try [String: String](wire: value)
        case 15: self.schedPolicy = try String(wire: value)
        case 16: self.supportedBootloaders = try [String](wire: value)
        case 17: self.residentVMs = try [Ref<VMRecord>](wire: value)
        case 18: self.logging = try [String: String](wire: value)
        case 19: self.pifs = try [Ref<PIFRecord>](wire: value)
        case 20: self.suspendImageSR = try Ref<SRRecord>(wire: value)
        case 21: self.crashDumpSR = try Ref<SRRecord>(wire: value)
        case 22: self.crashdumps = try [Ref<HostCrashdumpRecord>](wire: value)
        case 23: self.patches = try [Ref<HostPatchRecord>](wire: value)
        case 24: self.updates = try [Ref<PoolUpdateRecord>](wire: value)
        case 25: self.pbds = try [Ref<PBDRecord>](wire: value)
        case 26: self.hostCPUs = try [Ref<HostCPURecord>](wire: value)
        case 27: self.cpuInfo = try [String: String](wire: value)
        case 28: self.hostname = try String(wire: value)
        case 29: self.address = try String(wire: value)
        case 30: self.metrics = try Ref<HostMetricsRecord>(wire: value)
        case 31: self.licenseParams = try [String: String](wire: value)
        case 32: self.haStatefiles = try [String](wire: value)
        case 33: self.haNetworkPeers = try [String](wire: value)
        case 34: self.blobs = try [String: Ref<BlobRecord>](wire: value)
        case 35: self.tags = try [String](wire: value)
        case 36: self.externalAuthType = try String(wire: value)
        case 37: self.externalAuthServiceName = try String(wire: value)
        case 38: self.externalAuthConfiguration = try [String: String](wire: value)
        case 39: self.edition = try String(wire: value)
        case 40: self.licenseServer = try [String: String](wire: value)
        case 41: self.biosStrings = try [String: String](wire: value)
        case 42: self.powerOnMode = try String(wire: value)
        case 43: self.powerOnConfig = try [String: String](wire: value)
        case 44: self.localCacheSR = try Ref<SRRecord>(wire: value)
        case 45: self.chipsetInfo = try [String: String](wire: value)
        case 46: self.pcis = try [Ref<PCIRecord>](wire: value)
        case 47: self.pgpus = try [Ref<PGPURecord>](wire: value)
        case 48: self.pusbs = try [Ref<PUSBRecord>](wire: value)
        case 49: self.sslLegacy = try Bool(wire: value)
        case 50: self.guestVCPUsParams = try [String: String](wire: value)
        case 51: self.display = try HostDisplay(wire: value)
        case 52: self.virtualHardwarePlatformVersions = try [Int64](wire: value)
        case 53: self.controlDomain = try Ref<VMRecord>(wire: value)
        case 54: self.updatesRequiringReboot = try [Ref<PoolUpdateRecord>](wire: value)
        case 55: self.features = try [Ref<FeatureRecord>](wire: value)
        case 56: self.iscsiIqn = try String(wire: value)
        case 57: self.multipathing = try Bool(wire: value)
        case 58: self.uefiCertificates = try String(wire: value)
        case 59: self.certificates = try [Ref<CertificateRecord>](wire: value)
        case 60: self.editions = try [String](wire: value)
        case 61: self.pendingGuidances = try [UpdateGuidances](wire: value)
        case 62: self.tlsVerificationEnabled = try Bool(wire: value)
        case 63: self.lastSoftwareUpdate = try XenDate(wire: value)
        case 64: self.httpsOnly = try Bool(wire: value)
        case 65: self.latestSyncedUpdatesApplied = try LatestSyncedUpdatesAppliedState(wire: value)
        case 66: self.numaAffinityPolicy = try HostNUMAAffinityPolicy(wire: value)
        case 67: self.pendingGuidancesRecommended = try [UpdateGuidances](wire: value)
        case 68: self.pendingGuidancesFull = try [UpdateGuidances](wire: value)
        case 69: self.lastUpdateHash = try String(wire: value)
        default: throw XenAPIError.internalError("host has no field \(index)")
        }
    }
}

extension HostRecord {
    public static let spec = ClassSpec(
        name: "host",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "rio",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(70)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "name_label", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "name_description", type: .string, qualifier: .rw, defaultValue: .string(""),
            release: "rio"))
        fields.append(FieldSpec(
            name: "memory_overhead", type: .int, qualifier: .roRuntime, defaultValue: .int(0),
            release: "rio"))
        fields.append(FieldSpec(
            name: "allowed_operations", type: .set(.enumeration("host_allowed_operations")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "rio"))
        fields.append(FieldSpec(
            name: "current_operations",
            type: .map(.string, .enumeration("host_allowed_operations")), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "API_version_major", type: .int, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "API_version_minor", type: .int, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "API_version_vendor", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "API_version_vendor_implementation", type: .map(.string, .string),
            qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "enabled", type: .bool, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "software_version", type: .map(.string, .string), qualifier: .roConstructor,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "other_config", type: .map(.string, .string), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "capabilities", type: .set(.string), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "cpu_configuration", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "sched_policy", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "supported_bootloaders", type: .set(.string), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "resident_VMs", type: .set(.ref("VM")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "logging", type: .map(.string, .string), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "PIFs", type: .set(.ref("PIF")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "suspend_image_sr", type: .ref("SR"), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "crash_dump_sr", type: .ref("SR"), qualifier: .rw, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "crashdumps", type: .set(.ref("host_crashdump")), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "patches", type: .set(.ref("host_patch")), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "updates", type: .set(.ref("pool_update")), qualifier: .roRuntime,
            defaultValue: nil, release: "ely"))
        fields.append(FieldSpec(
            name: "PBDs", type: .set(.ref("PBD")), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "host_CPUs", type: .set(.ref("host_cpu")), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "cpu_info", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "hostname", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "address", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "metrics", type: .ref("host_metrics"), qualifier: .roRuntime, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "license_params", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "ha_statefiles", type: .set(.string), qualifier: .roRuntime,
            defaultValue: .array([]), release: "orlando"))
        fields.append(FieldSpec(
            name: "ha_network_peers", type: .set(.string), qualifier: .roRuntime,
            defaultValue: .array([]), release: "orlando"))
        fields.append(FieldSpec(
            name: "blobs", type: .map(.string, .ref("blob")), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "orlando"))
        fields.append(FieldSpec(
            name: "tags", type: .set(.string), qualifier: .rw, defaultValue: .array([]),
            release: "orlando"))
        fields.append(FieldSpec(
            name: "external_auth_type", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "george"))
        fields.append(FieldSpec(
            name: "external_auth_service_name", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "george"))
        fields.append(FieldSpec(
            name: "external_auth_configuration", type: .map(.string, .string),
            qualifier: .roRuntime, defaultValue: .structure([]), release: "george"))
        fields.append(FieldSpec(
            name: "edition", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "license_server", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([Member("address", .string("localhost")), Member("port", .string("27000"))]),
            release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "bios_strings", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "power_on_mode", type: .string, qualifier: .roRuntime, defaultValue: .string(""),
            release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "power_on_config", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "midnight-ride"))
        fields.append(FieldSpec(
            name: "local_cache_sr", type: .ref("SR"), qualifier: .roConstructor,
            defaultValue: .string("OpaqueRef:NULL"), release: "cowley"))
        fields.append(FieldSpec(
            name: "chipset_info", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: .structure([]), release: "boston"))
        fields.append(FieldSpec(
            name: "PCIs", type: .set(.ref("PCI")), qualifier: .roRuntime, defaultValue: nil,
            release: "boston"))
        fields.append(FieldSpec(
            name: "PGPUs", type: .set(.ref("PGPU")), qualifier: .roRuntime, defaultValue: nil,
            release: "boston"))
        fields.append(FieldSpec(
            name: "PUSBs", type: .set(.ref("PUSB")), qualifier: .roRuntime, defaultValue: nil,
            release: "inverness"))
        fields.append(FieldSpec(
            name: "ssl_legacy", type: .bool, qualifier: .roConstructor, defaultValue: .bool(true),
            release: "dundee"))
        fields.append(FieldSpec(
            name: "guest_VCPUs_params", type: .map(.string, .string), qualifier: .rw,
            defaultValue: .structure([]), release: "tampa"))
        fields.append(FieldSpec(
            name: "display", type: .enumeration("host_display"), qualifier: .rw,
            defaultValue: .string("enabled"), release: "cream"))
        fields.append(FieldSpec(
            name: "virtual_hardware_platform_versions", type: .set(.int), qualifier: .roRuntime,
            defaultValue: .array([.int(0)]), release: "cream"))
        fields.append(FieldSpec(
            name: "control_domain", type: .ref("VM"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "ely"))
        fields.append(FieldSpec(
            name: "updates_requiring_reboot", type: .set(.ref("pool_update")),
            qualifier: .roRuntime, defaultValue: nil, release: "ely"))
        fields.append(FieldSpec(
            name: "features", type: .set(.ref("Feature")), qualifier: .roRuntime, defaultValue: nil,
            release: "falcon"))
        fields.append(FieldSpec(
            name: "iscsi_iqn", type: .string, qualifier: .roConstructor, defaultValue: .string(""),
            release: "kolkata"))
        fields.append(FieldSpec(
            name: "multipathing", type: .bool, qualifier: .roConstructor,
            defaultValue: .bool(false), release: "kolkata"))
        fields.append(FieldSpec(
            name: "uefi_certificates", type: .string, qualifier: .roConstructor,
            defaultValue: .string(""), release: "quebec"))
        fields.append(FieldSpec(
            name: "certificates", type: .set(.ref("Certificate")), qualifier: .roRuntime,
            defaultValue: nil, release: "stockholm"))
        fields.append(FieldSpec(
            name: "editions", type: .set(.string), qualifier: .roRuntime, defaultValue: .array([]),
            release: "stockholm"))
        fields.append(FieldSpec(
            name: "pending_guidances", type: .set(.enumeration("update_guidances")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "1.303.0"))
        fields.append(FieldSpec(
            name: "tls_verification_enabled", type: .bool, qualifier: .roRuntime,
            defaultValue: .bool(false), release: "1.313.0"))
        fields.append(FieldSpec(
            name: "last_software_update", type: .datetime, qualifier: .roRuntime,
            defaultValue: .dateTime(XenDate(secondsSince1970: 0)), release: "22.20.0"))
        fields.append(FieldSpec(
            name: "https_only", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "22.27.0"))
        fields.append(FieldSpec(
            name: "latest_synced_updates_applied",
            type: .enumeration("latest_synced_updates_applied_state"), qualifier: .roRuntime,
            defaultValue: .string("unknown"), release: "23.18.0"))
        fields.append(FieldSpec(
            name: "numa_affinity_policy", type: .enumeration("host_numa_affinity_policy"),
            qualifier: .roRuntime, defaultValue: .string("default_policy"), release: "24.0.0"))
        fields.append(FieldSpec(
            name: "pending_guidances_recommended", type: .set(.enumeration("update_guidances")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "24.10.0"))
        fields.append(FieldSpec(
            name: "pending_guidances_full", type: .set(.enumeration("update_guidances")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "24.10.0"))
        fields.append(FieldSpec(
            name: "last_update_hash", type: .string, qualifier: .roRuntime,
            defaultValue: .string(""), release: "24.10.0"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(174)
        messages.append(MessageSpec(
            className: "host", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("host"), .record("host")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("host")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "emergency_clear_mandatory_guidance", takesSession: true,
            params: [], result: nil, errors: [], roles: RoleSets.localRootOnly, implicit: false,
            isAsync: false, release: "24.10.0"))
        messages.append(MessageSpec(
            className: "host", name: "apply_recommended_guidances", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "23.18.0"))
        messages.append(MessageSpec(
            className: "host", name: "set_https_only", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "22.27.0"))
        messages.append(MessageSpec(
            className: "host", name: "apply_updates", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "hash", type: .string),
            ],
            result: .set(.set(.string)), errors: [], roles: RoleSets.poolOperatorClientCert,
            implicit: false, isAsync: true, release: "1.301.0"))
        messages.append(MessageSpec(
            className: "host", name: "emergency_reenable_tls_verification", takesSession: true,
            params: [], result: nil, errors: [], roles: RoleSets.localRootOnly, implicit: false,
            isAsync: false, release: "1.298.0"))
        messages.append(MessageSpec(
            className: "host", name: "emergency_disable_tls_verification", takesSession: true,
            params: [], result: nil, errors: [], roles: RoleSets.localRootOnly, implicit: false,
            isAsync: false, release: "1.290.0"))
        messages.append(MessageSpec(
            className: "host", name: "set_numa_affinity_policy", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .enumeration("host_numa_affinity_policy")),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "24.0.0"))
        messages.append(MessageSpec(
            className: "host", name: "get_sched_gran", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .enumeration("host_sched_gran"), errors: [], roles: RoleSets.localRootOnly,
            implicit: false, isAsync: true, release: "1.271.0"))
        messages.append(MessageSpec(
            className: "host", name: "set_sched_gran", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .enumeration("host_sched_gran")),
            ],
            result: nil, errors: [], roles: RoleSets.localRootOnly, implicit: false, isAsync: true,
            release: "1.271.0"))
        messages.append(MessageSpec(
            className: "host", name: "set_uefi_certificates", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.localRootOnly, implicit: false, isAsync: true,
            release: "quebec"))
        messages.append(MessageSpec(
            className: "host", name: "set_multipathing", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "kolkata"))
        messages.append(MessageSpec(
            className: "host", name: "set_iscsi_iqn", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "kolkata"))
        messages.append(MessageSpec(
            className: "host", name: "set_ssl_legacy", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .bool),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "dundee"))
        messages.append(MessageSpec(
            className: "host", name: "disable_display", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))],
            result: .enumeration("host_display"), errors: [], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "cream"))
        messages.append(MessageSpec(
            className: "host", name: "enable_display", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))],
            result: .enumeration("host_display"), errors: [], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "cream"))
        messages.append(MessageSpec(
            className: "host", name: "declare_dead", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "clearwater"))
        messages.append(MessageSpec(
            className: "host", name: "migrate_receive", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "network", type: .ref("network")),
                ParamSpec(name: "options", type: .map(.string, .string)),
            ],
            result: .map(.string, .string), errors: [], roles: RoleSets.vmPowerAdmin,
            implicit: false, isAsync: true, release: "tampa"))
        messages.append(MessageSpec(
            className: "host", name: "disable_local_storage_caching", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "host", name: "enable_local_storage_caching", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "sr", type: .ref("SR")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "host", name: "reset_cpu_features", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "set_cpu_features", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "features", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "set_power_on_mode", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "power_on_mode", type: .string),
                ParamSpec(name: "power_on_config", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "cowley"))
        messages.append(MessageSpec(
            className: "host", name: "refresh_pack_info", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "apply_edition", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "edition", type: .string),
                ParamSpec(name: "force", type: .bool, defaultValue: .bool(false)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "reset_server_certificate", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolAdmin, implicit: false, isAsync: true, release: "1.290.0"))
        messages.append(MessageSpec(
            className: "host", name: "emergency_reset_server_certificate", takesSession: true,
            params: [], result: nil, errors: [], roles: RoleSets.localRootOnly, implicit: false,
            isAsync: false, release: "stockholm"))
        messages.append(MessageSpec(
            className: "host", name: "install_server_certificate", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "certificate", type: .string),
                ParamSpec(name: "private_key", type: .string),
                ParamSpec(name: "certificate_chain", type: .string, defaultValue: .string("")),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "stockholm"))
        messages.append(MessageSpec(
            className: "host", name: "refresh_server_certificate", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolAdmin, implicit: false, isAsync: true, release: "1.307.0"))
        messages.append(MessageSpec(
            className: "host", name: "get_server_certificate", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true, release: "george"))
        messages.append(MessageSpec(
            className: "host", name: "retrieve_wlb_evacuate_recommendations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .map(.ref("VM"), .set(.string)), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: false, isAsync: true, release: "george"))
        messages.append(MessageSpec(
            className: "host", name: "disable_external_auth", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "config", type: .map(.string, .string), defaultValue: .structure([])),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: false,
            release: "george"))
        messages.append(MessageSpec(
            className: "host", name: "enable_external_auth", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "config", type: .map(.string, .string)),
                ParamSpec(name: "service_name", type: .string),
                ParamSpec(name: "auth_type", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: false,
            release: "george"))
        messages.append(MessageSpec(
            className: "host", name: "get_server_localtime", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "host", name: "get_servertime", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "call_extension", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "call", type: .string),
            ],
            result: .string, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: false,
            release: "ely"))
        messages.append(MessageSpec(
            className: "host", name: "has_extension", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "name", type: .string),
            ],
            result: .bool, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "ely"))
        messages.append(MessageSpec(
            className: "host", name: "call_plugin", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "plugin", type: .string),
                ParamSpec(name: "fn", type: .string),
                ParamSpec(name: "args", type: .map(.string, .string)),
            ],
            result: .string, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "create_new_blob", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "name", type: .string),
                ParamSpec(name: "mime_type", type: .string),
                ParamSpec(name: "public", type: .bool, defaultValue: .bool(false)),
            ],
            result: .ref("blob"), errors: [], roles: RoleSets.poolOperator, implicit: false,
            isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "backup_rrds", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "delay", type: .float),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "sync_data", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolAdmin, implicit: false, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "compute_memory_overhead", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "compute_free_memory", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "set_hostname_live", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "hostname", type: .string),
            ],
            result: nil, errors: ["HOST_NAME_INVALID"], roles: RoleSets.poolOperator,
            implicit: false, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "host", name: "shutdown_agent", takesSession: true, params: [], result: nil,
            errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "restart_agent", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_system_status_capabilities", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "host", name: "get_management_interface", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: .ref("PIF"), errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "tampa"))
        messages.append(MessageSpec(
            className: "host", name: "management_disable", takesSession: true, params: [],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "miami"))
        messages.append(MessageSpec(
            className: "host", name: "local_management_reconfigure", takesSession: true,
            params: [ParamSpec(name: "interface", type: .string)], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: false, release: "miami"))
        messages.append(MessageSpec(
            className: "host", name: "management_reconfigure", takesSession: true,
            params: [ParamSpec(name: "pif", type: .ref("PIF"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "host", name: "syslog_reconfigure", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "host", name: "evacuate", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "network", type: .ref("network"), defaultValue: .string("OpaqueRef:NULL")),
                ParamSpec(name: "evacuate_batch_size", type: .int, defaultValue: .int(0)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperatorClientCert, implicit: false,
            isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "host", name: "get_uncooperative_resident_VMs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.ref("VM")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "get_vms_which_prevent_evacuation", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .map(.ref("VM"), .set(.string)), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: false, isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "assert_can_evacuate", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "miami"))
        messages.append(MessageSpec(
            className: "host", name: "forget_data_source_archives", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "data_source", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "query_data_source", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "data_source", type: .string),
            ],
            result: .float, errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "record_data_source", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "data_source", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "get_data_sources", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))],
            result: .set(.record("data_source")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: false, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "emergency_ha_disable", takesSession: true,
            params: [ParamSpec(name: "soft", type: .bool, defaultValue: .bool(false))], result: nil,
            errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "power_on", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "license_remove", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "indigo"))
        messages.append(MessageSpec(
            className: "host", name: "license_add", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "contents", type: .string),
            ],
            result: nil, errors: ["LICENSE_PROCESSING_ERROR"], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "indigo"))
        messages.append(MessageSpec(
            className: "host", name: "license_apply", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "contents", type: .string),
            ],
            result: nil, errors: ["LICENSE_PROCESSING_ERROR"], roles: RoleSets.poolOperator,
            implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "list_methods", takesSession: true, params: [],
            result: .set(.string), errors: [], roles: RoleSets.readOnlyClientCert, implicit: false,
            isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "bugreport_upload", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "url", type: .string),
                ParamSpec(name: "options", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "send_debug_keys", takesSession: true,
            params: [
                ParamSpec(name: "host", type: .ref("host")),
                ParamSpec(name: "keys", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolAdmin, implicit: false, isAsync: true,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_log", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "dmesg_clear", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "dmesg", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "reboot", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "shutdown", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperator, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "enable", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperatorClientCert, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "disable", takesSession: true,
            params: [ParamSpec(name: "host", type: .ref("host"))], result: nil, errors: [],
            roles: RoleSets.poolOperatorClientCert, implicit: false, isAsync: true, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "set_display", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .enumeration("host_display")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "cream"))
        messages.append(MessageSpec(
            className: "host", name: "remove_from_guest_VCPUs_params", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "tampa"))
        messages.append(MessageSpec(
            className: "host", name: "add_to_guest_VCPUs_params", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "tampa"))
        messages.append(MessageSpec(
            className: "host", name: "set_guest_VCPUs_params", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "tampa"))
        messages.append(MessageSpec(
            className: "host", name: "remove_from_license_server", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "add_to_license_server", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "set_license_server", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "remove_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "add_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "set_tags", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .set(.string)),
            ],
            result: nil, errors: [], roles: RoleSets.vmOperator, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "set_address", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "set_hostname", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "set_crash_dump_sr", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .ref("SR")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "set_suspend_image_sr", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .ref("SR")),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "remove_from_logging", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "add_to_logging", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "set_logging", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "remove_from_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "key", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "host", name: "add_to_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "key", type: .string),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "host", name: "set_other_config", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .map(.string, .string)),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio",
            protectedKeys: [
                ProtectedKey("folder", roles: RoleSets.vmOperator),
                ProtectedKey("XenCenter.CustomFields.*", roles: RoleSets.vmOperator),
            ]))
        messages.append(MessageSpec(
            className: "host", name: "set_name_description", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "set_name_label", takesSession: true,
            params: [
                ParamSpec(name: "self", type: .ref("host")),
                ParamSpec(name: "value", type: .string),
            ],
            result: nil, errors: [], roles: RoleSets.poolOperator, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_last_update_hash", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "24.10.0"))
        messages.append(MessageSpec(
            className: "host", name: "get_pending_guidances_full", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .set(.enumeration("update_guidances")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "24.10.0"))
        messages.append(MessageSpec(
            className: "host", name: "get_pending_guidances_recommended", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .set(.enumeration("update_guidances")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "24.10.0"))
        messages.append(MessageSpec(
            className: "host", name: "get_numa_affinity_policy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .enumeration("host_numa_affinity_policy"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "24.0.0"))
        messages.append(MessageSpec(
            className: "host", name: "get_latest_synced_updates_applied", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .enumeration("latest_synced_updates_applied_state"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "23.18.0"))
        messages.append(MessageSpec(
            className: "host", name: "get_https_only", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "22.27.0"))
        messages.append(MessageSpec(
            className: "host", name: "get_last_software_update", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .datetime, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "22.20.0"))
        messages.append(MessageSpec(
            className: "host", name: "get_tls_verification_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "1.313.0"))
        messages.append(MessageSpec(
            className: "host", name: "get_pending_guidances", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .set(.enumeration("update_guidances")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "1.303.0"))
        messages.append(MessageSpec(
            className: "host", name: "get_editions", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "stockholm"))
        messages.append(MessageSpec(
            className: "host", name: "get_certificates", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .set(.ref("Certificate")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "stockholm"))
        messages.append(MessageSpec(
            className: "host", name: "get_uefi_certificates", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "quebec"))
        messages.append(MessageSpec(
            className: "host", name: "get_multipathing", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "kolkata"))
        messages.append(MessageSpec(
            className: "host", name: "get_iscsi_iqn", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "kolkata"))
        messages.append(MessageSpec(
            className: "host", name: "get_features", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.ref("Feature")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "falcon"))
        messages.append(MessageSpec(
            className: "host", name: "get_updates_requiring_reboot", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .set(.ref("pool_update")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "host", name: "get_control_domain", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .ref("VM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "host", name: "get_virtual_hardware_platform_versions", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.int), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cream"))
        messages.append(MessageSpec(
            className: "host", name: "get_display", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .enumeration("host_display"), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "cream"))
        messages.append(MessageSpec(
            className: "host", name: "get_guest_VCPUs_params", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "tampa"))
        messages.append(MessageSpec(
            className: "host", name: "get_ssl_legacy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "dundee"))
        messages.append(MessageSpec(
            className: "host", name: "get_PUSBs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.ref("PUSB")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "inverness"))
        messages.append(MessageSpec(
            className: "host", name: "get_PGPUs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.ref("PGPU")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "host", name: "get_PCIs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.ref("PCI")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "host", name: "get_chipset_info", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "boston"))
        messages.append(MessageSpec(
            className: "host", name: "get_local_cache_sr", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .ref("SR"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "cowley"))
        messages.append(MessageSpec(
            className: "host", name: "get_power_on_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "get_power_on_mode", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "get_bios_strings", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "get_license_server", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "get_edition", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "get_external_auth_configuration", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "george"))
        messages.append(MessageSpec(
            className: "host", name: "get_external_auth_service_name", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "host", name: "get_external_auth_type", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "george"))
        messages.append(MessageSpec(
            className: "host", name: "get_tags", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "get_blobs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .map(.string, .ref("blob")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "get_ha_network_peers", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "get_ha_statefiles", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "orlando"))
        messages.append(MessageSpec(
            className: "host", name: "get_license_params", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_metrics", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .ref("host_metrics"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_address", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_hostname", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_cpu_info", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "midnight-ride"))
        messages.append(MessageSpec(
            className: "host", name: "get_host_CPUs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.ref("host_cpu")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_PBDs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.ref("PBD")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_updates", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .set(.ref("pool_update")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "ely"))
        messages.append(MessageSpec(
            className: "host", name: "get_patches", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.ref("host_patch")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_crashdumps", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .set(.ref("host_crashdump")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_crash_dump_sr", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .ref("SR"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_suspend_image_sr", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .ref("SR"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_PIFs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.ref("PIF")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_logging", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_resident_VMs", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.ref("VM")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_supported_bootloaders", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_sched_policy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_cpu_configuration", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_capabilities", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .set(.string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_other_config", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_software_version", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_enabled", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_API_version_vendor_implementation", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .map(.string, .string),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_API_version_vendor", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_API_version_minor", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_API_version_major", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_current_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .map(.string, .enumeration("host_allowed_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))],
            result: .set(.enumeration("host_allowed_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_memory_overhead", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .int, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_name_description", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_name_label", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_by_name_label", takesSession: true,
            params: [ParamSpec(name: "label", type: .string)], result: .set(.ref("host")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("host"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("host"))], result: .record("host"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("host"), .record("host")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "host", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("host")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "rio"))
        return messages
    }
}
