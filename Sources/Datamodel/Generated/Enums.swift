// Generated from xenapi.json by xapi-gen. Do not edit.
public enum AfterApplyGuidance: String, XenEnum, Sendable {
    case restartHVM = "restartHVM"
    case restartPV = "restartPV"
    case restartHost = "restartHost"
    case restartXAPI = "restartXAPI"

    public static let enumName = "after_apply_guidance"
}

public enum AllocationAlgorithm: String, XenEnum, Sendable {
    case breadthFirst = "breadth_first"
    case depthFirst = "depth_first"

    public static let enumName = "allocation_algorithm"
}

public enum BondMode: String, XenEnum, Sendable {
    case balanceSlb = "balance-slb"
    case activeBackup = "active-backup"
    case lacp = "lacp"

    public static let enumName = "bond_mode"
}

public enum CertificateType: String, XenEnum, Sendable {
    case ca = "ca"
    case host = "host"
    case hostInternal = "host_internal"

    public static let enumName = "certificate_type"
}

public enum Cls: String, XenEnum, Sendable {
    case vm = "VM"
    case host = "Host"
    case sr = "SR"
    case pool = "Pool"
    case vmpp = "VMPP"
    case vmss = "VMSS"
    case pvsProxy = "PVS_proxy"
    case vdi = "VDI"
    case certificate = "Certificate"

    public static let enumName = "cls"
}

public enum ClusterHostOperation: String, XenEnum, Sendable {
    case enable = "enable"
    case disable = "disable"
    case destroy = "destroy"

    public static let enumName = "cluster_host_operation"
}

public enum ClusterOperation: String, XenEnum, Sendable {
    case add = "add"
    case remove = "remove"
    case enable = "enable"
    case disable = "disable"
    case destroy = "destroy"

    public static let enumName = "cluster_operation"
}

public enum ConsoleProtocol: String, XenEnum, Sendable {
    case vt100 = "vt100"
    case rfb = "rfb"
    case rdp = "rdp"

    public static let enumName = "console_protocol"
}

public enum DomainType: String, XenEnum, Sendable {
    case hvm = "hvm"
    case pv = "pv"
    case pvInPVH = "pv_in_pvh"
    case pvh = "pvh"
    case unspecified = "unspecified"

    public static let enumName = "domain_type"
}

public enum EventOperation: String, XenEnum, Sendable {
    case add = "add"
    case del = "del"
    case mod = "mod"

    public static let enumName = "event_operation"
}

public enum HostAllowedOperations: String, XenEnum, Sendable {
    case provision = "provision"
    case evacuate = "evacuate"
    case shutdown = "shutdown"
    case reboot = "reboot"
    case powerOn = "power_on"
    case vmStart = "vm_start"
    case vmResume = "vm_resume"
    case vmMigrate = "vm_migrate"
    case applyUpdates = "apply_updates"
    case enable = "enable"

    public static let enumName = "host_allowed_operations"
}

public enum HostDisplay: String, XenEnum, Sendable {
    case enabled = "enabled"
    case disableOnReboot = "disable_on_reboot"
    case disabled = "disabled"
    case enableOnReboot = "enable_on_reboot"

    public static let enumName = "host_display"
}

public enum HostNUMAAffinityPolicy: String, XenEnum, Sendable {
    case any = "any"
    case bestEffort = "best_effort"
    case defaultPolicy = "default_policy"

    public static let enumName = "host_numa_affinity_policy"
}

public enum HostSchedGran: String, XenEnum, Sendable {
    case core = "core"
    case cpu = "cpu"
    case socket = "socket"

    public static let enumName = "host_sched_gran"
}

public enum IPConfigurationMode: String, XenEnum, Sendable {
    case none = "None"
    case dhcp = "DHCP"
    case `static` = "Static"

    public static let enumName = "ip_configuration_mode"
}

public enum IPv6ConfigurationMode: String, XenEnum, Sendable {
    case none = "None"
    case dhcp = "DHCP"
    case `static` = "Static"
    case autoconf = "Autoconf"

    public static let enumName = "ipv6_configuration_mode"
}

public enum LatestSyncedUpdatesAppliedState: String, XenEnum, Sendable {
    case yes = "yes"
    case no = "no"
    case unknown = "unknown"

    public static let enumName = "latest_synced_updates_applied_state"
}

public enum LivepatchStatus: String, XenEnum, Sendable {
    case okLivepatchComplete = "ok_livepatch_complete"
    case okLivepatchIncomplete = "ok_livepatch_incomplete"
    case ok = "ok"

    public static let enumName = "livepatch_status"
}

public enum NetworkDefaultLockingMode: String, XenEnum, Sendable {
    case unlocked = "unlocked"
    case disabled = "disabled"

    public static let enumName = "network_default_locking_mode"
}

public enum NetworkOperations: String, XenEnum, Sendable {
    case attaching = "attaching"

    public static let enumName = "network_operations"
}

public enum NetworkPurpose: String, XenEnum, Sendable {
    case nbd = "nbd"
    case insecureNBD = "insecure_nbd"

    public static let enumName = "network_purpose"
}

public enum OnBoot: String, XenEnum, Sendable {
    case reset = "reset"
    case persist = "persist"

    public static let enumName = "on_boot"
}

public enum OnCrashBehaviour: String, XenEnum, Sendable {
    case destroy = "destroy"
    case coredumpAndDestroy = "coredump_and_destroy"
    case restart = "restart"
    case coredumpAndRestart = "coredump_and_restart"
    case preserve = "preserve"
    case renameRestart = "rename_restart"

    public static let enumName = "on_crash_behaviour"
}

public enum OnNormalExit: String, XenEnum, Sendable {
    case destroy = "destroy"
    case restart = "restart"

    public static let enumName = "on_normal_exit"
}

public enum OnSoftrebootBehavior: String, XenEnum, Sendable {
    case softReboot = "soft_reboot"
    case destroy = "destroy"
    case restart = "restart"
    case preserve = "preserve"

    public static let enumName = "on_softreboot_behavior"
}

public enum PersistenceBackend: String, XenEnum, Sendable {
    case xapi = "xapi"

    public static let enumName = "persistence_backend"
}

public enum PGPUDom0Access: String, XenEnum, Sendable {
    case enabled = "enabled"
    case disableOnReboot = "disable_on_reboot"
    case disabled = "disabled"
    case enableOnReboot = "enable_on_reboot"

    public static let enumName = "pgpu_dom0_access"
}

public enum PIFIGMPStatus: String, XenEnum, Sendable {
    case enabled = "enabled"
    case disabled = "disabled"
    case unknown = "unknown"

    public static let enumName = "pif_igmp_status"
}

public enum PoolAllowedOperations: String, XenEnum, Sendable {
    case haEnable = "ha_enable"
    case haDisable = "ha_disable"
    case clusterCreate = "cluster_create"
    case designateNewMaster = "designate_new_master"
    case configureRepositories = "configure_repositories"
    case syncUpdates = "sync_updates"
    case getUpdates = "get_updates"
    case applyUpdates = "apply_updates"
    case tlsVerificationEnable = "tls_verification_enable"
    case certRefresh = "cert_refresh"
    case exchangeCertificatesOnJoin = "exchange_certificates_on_join"
    case exchangeCaCertificatesOnJoin = "exchange_ca_certificates_on_join"
    case copyPrimaryHostCerts = "copy_primary_host_certs"
    case eject = "eject"

    public static let enumName = "pool_allowed_operations"
}

public enum PrimaryAddressType: String, XenEnum, Sendable {
    case ipv4 = "IPv4"
    case ipv6 = "IPv6"

    public static let enumName = "primary_address_type"
}

public enum PVSProxyStatus: String, XenEnum, Sendable {
    case stopped = "stopped"
    case initialised = "initialised"
    case caching = "caching"
    case incompatibleWriteCacheMode = "incompatible_write_cache_mode"
    case incompatibleProtocolVersion = "incompatible_protocol_version"

    public static let enumName = "pvs_proxy_status"
}

public enum SDNControllerProtocol: String, XenEnum, Sendable {
    case ssl = "ssl"
    case pssl = "pssl"

    public static let enumName = "sdn_controller_protocol"
}

public enum SRHealth: String, XenEnum, Sendable {
    case healthy = "healthy"
    case recovering = "recovering"

    public static let enumName = "sr_health"
}

public enum SRIOVConfigurationMode: String, XenEnum, Sendable {
    case sysfs = "sysfs"
    case modprobe = "modprobe"
    case manual = "manual"
    case unknown = "unknown"

    public static let enumName = "sriov_configuration_mode"
}

public enum StorageOperations: String, XenEnum, Sendable {
    case scan = "scan"
    case destroy = "destroy"
    case forget = "forget"
    case plug = "plug"
    case unplug = "unplug"
    case update = "update"
    case vdiCreate = "vdi_create"
    case vdiIntroduce = "vdi_introduce"
    case vdiDestroy = "vdi_destroy"
    case vdiResize = "vdi_resize"
    case vdiClone = "vdi_clone"
    case vdiSnapshot = "vdi_snapshot"
    case vdiMirror = "vdi_mirror"
    case vdiEnableCBT = "vdi_enable_cbt"
    case vdiDisableCBT = "vdi_disable_cbt"
    case vdiDataDestroy = "vdi_data_destroy"
    case vdiListChangedBlocks = "vdi_list_changed_blocks"
    case vdiSetOnBoot = "vdi_set_on_boot"
    case pbdCreate = "pbd_create"
    case pbdDestroy = "pbd_destroy"

    public static let enumName = "storage_operations"
}

public enum TaskAllowedOperations: String, XenEnum, Sendable {
    case cancel = "cancel"
    case destroy = "destroy"

    public static let enumName = "task_allowed_operations"
}

public enum TaskStatusType: String, XenEnum, Sendable {
    case pending = "pending"
    case success = "success"
    case failure = "failure"
    case cancelling = "cancelling"
    case cancelled = "cancelled"

    public static let enumName = "task_status_type"
}

public enum TelemetryFrequency: String, XenEnum, Sendable {
    case daily = "daily"
    case weekly = "weekly"
    case monthly = "monthly"

    public static let enumName = "telemetry_frequency"
}

public enum TristateType: String, XenEnum, Sendable {
    case yes = "yes"
    case no = "no"
    case unspecified = "unspecified"

    public static let enumName = "tristate_type"
}

public enum TunnelProtocol: String, XenEnum, Sendable {
    case gre = "gre"
    case vxlan = "vxlan"

    public static let enumName = "tunnel_protocol"
}

public enum UpdateAfterApplyGuidance: String, XenEnum, Sendable {
    case restartHVM = "restartHVM"
    case restartPV = "restartPV"
    case restartHost = "restartHost"
    case restartXAPI = "restartXAPI"

    public static let enumName = "update_after_apply_guidance"
}

public enum UpdateGuidances: String, XenEnum, Sendable {
    case rebootHost = "reboot_host"
    case rebootHostOnLivepatchFailure = "reboot_host_on_livepatch_failure"
    case rebootHostOnKernelLivepatchFailure = "reboot_host_on_kernel_livepatch_failure"
    case rebootHostOnXenLivepatchFailure = "reboot_host_on_xen_livepatch_failure"
    case restartToolstack = "restart_toolstack"
    case restartDeviceModel = "restart_device_model"
    case restartVM = "restart_vm"

    public static let enumName = "update_guidances"
}

public enum UpdateSyncFrequency: String, XenEnum, Sendable {
    case daily = "daily"
    case weekly = "weekly"

    public static let enumName = "update_sync_frequency"
}

public enum VBDMode: String, XenEnum, Sendable {
    case ro = "RO"
    case rw = "RW"

    public static let enumName = "vbd_mode"
}

public enum VBDOperations: String, XenEnum, Sendable {
    case attach = "attach"
    case eject = "eject"
    case insert = "insert"
    case plug = "plug"
    case unplug = "unplug"
    case unplugForce = "unplug_force"
    case pause = "pause"
    case unpause = "unpause"

    public static let enumName = "vbd_operations"
}

public enum VBDType: String, XenEnum, Sendable {
    case cd = "CD"
    case disk = "Disk"
    case floppy = "Floppy"

    public static let enumName = "vbd_type"
}

public enum VDIOperations: String, XenEnum, Sendable {
    case clone = "clone"
    case copy = "copy"
    case resize = "resize"
    case resizeOnline = "resize_online"
    case snapshot = "snapshot"
    case mirror = "mirror"
    case destroy = "destroy"
    case forget = "forget"
    case update = "update"
    case forceUnlock = "force_unlock"
    case generateConfig = "generate_config"
    case enableCBT = "enable_cbt"
    case disableCBT = "disable_cbt"
    case dataDestroy = "data_destroy"
    case listChangedBlocks = "list_changed_blocks"
    case setOnBoot = "set_on_boot"
    case blocked = "blocked"

    public static let enumName = "vdi_operations"
}

public enum VDIType: String, XenEnum, Sendable {
    case system = "system"
    case user = "user"
    case ephemeral = "ephemeral"
    case suspend = "suspend"
    case crashdump = "crashdump"
    case haStatefile = "ha_statefile"
    case metadata = "metadata"
    case redoLog = "redo_log"
    case rrd = "rrd"
    case pvsCache = "pvs_cache"
    case cbtMetadata = "cbt_metadata"

    public static let enumName = "vdi_type"
}

public enum VGPUTypeImplementation: String, XenEnum, Sendable {
    case passthrough = "passthrough"
    case nvidia = "nvidia"
    case nvidiaSRIOV = "nvidia_sriov"
    case gvtG = "gvt_g"
    case mxgpu = "mxgpu"

    public static let enumName = "vgpu_type_implementation"
}

public enum VIFIPv4ConfigurationMode: String, XenEnum, Sendable {
    case none = "None"
    case `static` = "Static"

    public static let enumName = "vif_ipv4_configuration_mode"
}

public enum VIFIPv6ConfigurationMode: String, XenEnum, Sendable {
    case none = "None"
    case `static` = "Static"

    public static let enumName = "vif_ipv6_configuration_mode"
}

public enum VIFLockingMode: String, XenEnum, Sendable {
    case networkDefault = "network_default"
    case locked = "locked"
    case unlocked = "unlocked"
    case disabled = "disabled"

    public static let enumName = "vif_locking_mode"
}

public enum VIFOperations: String, XenEnum, Sendable {
    case attach = "attach"
    case plug = "plug"
    case unplug = "unplug"

    public static let enumName = "vif_operations"
}

public enum VMApplianceOperation: String, XenEnum, Sendable {
    case start = "start"
    case cleanShutdown = "clean_shutdown"
    case hardShutdown = "hard_shutdown"
    case shutdown = "shutdown"

    public static let enumName = "vm_appliance_operation"
}

public enum VMOperations: String, XenEnum, Sendable {
    case snapshot = "snapshot"
    case clone = "clone"
    case copy = "copy"
    case createTemplate = "create_template"
    case revert = "revert"
    case checkpoint = "checkpoint"
    case snapshotWithQuiesce = "snapshot_with_quiesce"
    case provision = "provision"
    case start = "start"
    case startOn = "start_on"
    case pause = "pause"
    case unpause = "unpause"
    case cleanShutdown = "clean_shutdown"
    case cleanReboot = "clean_reboot"
    case hardShutdown = "hard_shutdown"
    case powerStateReset = "power_state_reset"
    case hardReboot = "hard_reboot"
    case suspend = "suspend"
    case csvm = "csvm"
    case resume = "resume"
    case resumeOn = "resume_on"
    case poolMigrate = "pool_migrate"
    case migrateSend = "migrate_send"
    case getBootRecord = "get_boot_record"
    case sendSysrq = "send_sysrq"
    case sendTrigger = "send_trigger"
    case queryServices = "query_services"
    case shutdown = "shutdown"
    case callPlugin = "call_plugin"
    case changingMemoryLive = "changing_memory_live"
    case awaitingMemoryLive = "awaiting_memory_live"
    case changingDynamicRange = "changing_dynamic_range"
    case changingStaticRange = "changing_static_range"
    case changingMemoryLimits = "changing_memory_limits"
    case changingShadowMemory = "changing_shadow_memory"
    case changingShadowMemoryLive = "changing_shadow_memory_live"
    case changingVCPUs = "changing_VCPUs"
    case changingVCPUsLive = "changing_VCPUs_live"
    case changingNVRAM = "changing_NVRAM"
    case assertOperationValid = "assert_operation_valid"
    case dataSourceOp = "data_source_op"
    case updateAllowedOperations = "update_allowed_operations"
    case makeIntoTemplate = "make_into_template"
    case `import` = "import"
    case export = "export"
    case metadataExport = "metadata_export"
    case reverting = "reverting"
    case destroy = "destroy"
    case createVTPM = "create_vtpm"

    public static let enumName = "vm_operations"
}

public enum VMPowerState: String, XenEnum, Sendable {
    case halted = "Halted"
    case paused = "Paused"
    case running = "Running"
    case suspended = "Suspended"

    public static let enumName = "vm_power_state"
}

public enum VMPPArchiveFrequency: String, XenEnum, Sendable {
    case never = "never"
    case alwaysAfterBackup = "always_after_backup"
    case daily = "daily"
    case weekly = "weekly"

    public static let enumName = "vmpp_archive_frequency"
}

public enum VMPPArchiveTargetType: String, XenEnum, Sendable {
    case none = "none"
    case cifs = "cifs"
    case nfs = "nfs"

    public static let enumName = "vmpp_archive_target_type"
}

public enum VMPPBackupFrequency: String, XenEnum, Sendable {
    case hourly = "hourly"
    case daily = "daily"
    case weekly = "weekly"

    public static let enumName = "vmpp_backup_frequency"
}

public enum VMPPBackupType: String, XenEnum, Sendable {
    case snapshot = "snapshot"
    case checkpoint = "checkpoint"

    public static let enumName = "vmpp_backup_type"
}

public enum VMSSFrequency: String, XenEnum, Sendable {
    case hourly = "hourly"
    case daily = "daily"
    case weekly = "weekly"

    public static let enumName = "vmss_frequency"
}

public enum VMSSType: String, XenEnum, Sendable {
    case snapshot = "snapshot"
    case checkpoint = "checkpoint"
    case snapshotWithQuiesce = "snapshot_with_quiesce"

    public static let enumName = "vmss_type"
}

public enum VTPMOperations: String, XenEnum, Sendable {
    case destroy = "destroy"

    public static let enumName = "vtpm_operations"
}

public enum VUSBOperations: String, XenEnum, Sendable {
    case attach = "attach"
    case plug = "plug"
    case unplug = "unplug"

    public static let enumName = "vusb_operations"
}
