// First boot on the simulated hypervisor: an in-memory (and an on-disk) store gets what a fresh
// XenServer 7.1 host holds, and a second start refreshes runtime facts without duplicating.
@testable import API
import Database
import Datamodel
import Glibc
import Hypervisor
import Wire
import XCTest

final class FirstBootTests: XCTestCase {
    private var dataDirectory = ""

    override func setUpWithError() throws {
        var template = Array("/tmp/firstboot-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        dataDirectory = try XCTUnwrap(made.map { String(cString: $0) })
    }

    override func tearDown() {
        Self.removeTree(dataDirectory)
    }

    /// `rm -r`.
    private static func removeTree(_ path: String) {
        if let dir = opendir(path) {
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) {
                    String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                removeTree(path + "/" + name)
            }
            closedir(dir)
            rmdir(path)
        } else {
            unlink(path)
        }
    }

    // MARK: Fixtures

    static func makeFacts(hostname: String = "xs71.example.org", address: String = "192.0.2.10",
                          bootTime: Int64 = 1_700_000_000) -> HostFacts {
        HostFacts(
            hostname: hostname,
            management: .init(name: "eth0", ipv4Address: address, netmask: "255.255.255.0",
                              mac: "02:00:c0:00:02:0a", mtu: 1500, gateway: "192.0.2.1", speedMbps: 1000,
                              fullDuplex: true),
            kernelRelease: "6.1.0-test-amd64", kernelVersion: "#1 SMP", bootTime: bootTime,
            totalMemoryBytes: 16 << 30, osName: "Debian GNU/Linux 12 (bookworm)", osVersion: "12.11",
            nameservers: ["192.0.2.53", "192.0.2.54"])
    }

    static func makeXen() -> SimulatedXen {
        let cpus = (0..<4).map {
            CPUInfo(number: $0, vendor: "GenuineIntel", modelName: "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz",
                    family: 6, model: 79, stepping: 1, speedMHz: 2399.998, flags: ["fpu", "vme", "de"])
        }
        return SimulatedXen(machine: .init(totalMemoryKiB: 16 << 20, cpus: cpus, onlineCPUs: 4, coresPerSocket: 2,
                                           threadsPerCore: 2, nodes: 1))
    }

    static func makeStore(path: String? = nil) throws -> ObjectStore {
        try ObjectStore(path: path, classes: Datamodel.classes, recordTypes: Datamodel.recordTypes,
                        relations: Datamodel.relations, synchronous: .normal)
    }

    private func runFirstBoot(_ store: ObjectStore, facts: HostFacts = makeFacts(),
                              xen: SimulatedXen = makeXen()) throws {
        try FirstBoot.run(store: store, control: xen, facts: facts,
                          configuration: FirstBootConfiguration(dataDirectory: dataDirectory))
    }

    private func only<R: XenRecord>(_ type: R.Type, in store: ObjectStore,
                                    file: StaticString = #filePath, line: UInt = #line) throws -> (Ref<R>, R) {
        let all = store.read { $0.all(type) }
        XCTAssertEqual(all.count, 1, "\(R.className)", file: file, line: line)
        return try XCTUnwrap(all.first, file: file, line: line)
    }

    // MARK: Pool and host

    func testOnePoolWhoseMasterIsTheHost() throws {
        let store = try Self.makeStore()
        try runFirstBoot(store)
        let (hostRef, _) = try only(HostRecord.self, in: store)
        let (_, pool) = try only(PoolRecord.self, in: store)
        XCTAssertEqual(pool.master, hostRef)
        XCTAssertEqual(pool.nameLabel, "")
        XCTAssertEqual(pool.otherConfig, ["memory-ratio-hvm": "0.25", "memory-ratio-pv": "0.25"])
        XCTAssertEqual(pool.haClusterStack, "xhad")
        let local = try XCTUnwrap(store.read { $0.get(pool.defaultSR) })
        XCTAssertEqual(local.nameLabel, "Local storage")
        XCTAssertEqual(pool.suspendImageSR, pool.defaultSR)
        XCTAssertEqual(pool.crashDumpSR, pool.defaultSR)
    }

    func testHostFields() throws {
        let store = try Self.makeStore()
        try runFirstBoot(store)
        let (_, host) = try only(HostRecord.self, in: store)
        XCTAssertTrue(UUID.isValid(host.uuid))
        XCTAssertEqual(host.nameLabel, "xs71.example.org")
        XCTAssertEqual(host.nameDescription, "Default install")
        XCTAssertEqual(host.hostname, "xs71.example.org")
        XCTAssertEqual(host.address, "192.0.2.10")
        XCTAssertTrue(host.enabled)
        XCTAssertEqual(host.apiVersionMajor, 2)
        XCTAssertEqual(host.apiVersionMinor, 6)
        XCTAssertEqual(host.apiVersionVendor, "XenSource")
        let sv = host.softwareVersion
        XCTAssertEqual(sv["product_version"], "7.1.0")
        XCTAssertEqual(sv["product_version_text"], "7.1")
        XCTAssertEqual(sv["product_version_text_short"], "7.1")
        XCTAssertEqual(sv["product_brand"], "XenServer")
        XCTAssertEqual(sv["platform_name"], "XCP")
        XCTAssertEqual(sv["platform_version"], "2.2.0")
        XCTAssertEqual(sv["xapi"], "1.9")
        XCTAssertEqual(sv["xen"], SimulatedXen.simulatedVersion.description)
        XCTAssertEqual(sv["linux"], "6.1.0-test-amd64")
        XCTAssertEqual(sv["network_backend"], "bridge")
        XCTAssertEqual(sv["xencenter_min"], "2.6")
        XCTAssertEqual(sv["xencenter_max"], "2.6")
        for key in ["build_number", "hostname", "date", "db_schema", "xapi_build"] {
            XCTAssertFalse(sv[key]?.isEmpty ?? true, key)
        }
        XCTAssertEqual(host.otherConfig["boot_time"], "1700000000.")
        XCTAssertNotNil(host.otherConfig["agent_start_time"].flatMap { Double($0) })
        let iqn = try XCTUnwrap(host.otherConfig["iscsi_iqn"])
        XCTAssertTrue(iqn.hasPrefix("iqn.") && iqn.contains(".org.example:"), iqn)
        XCTAssertEqual(host.iscsiIqn, iqn)
        XCTAssertEqual(host.licenseServer, ["address": "localhost", "port": "27000"])
        XCTAssertEqual(host.schedPolicy, "credit")
        XCTAssertEqual(host.supportedBootloaders, ["pygrub", "eliloader"])
        XCTAssertTrue(host.capabilities.contains("xen-3.0-x86_64"))
        XCTAssertTrue(host.capabilities.contains("hvm-3.0-x86_64"))
        XCTAssertEqual(host.cpuInfo["cpu_count"], "4")
        XCTAssertEqual(host.cpuInfo["socket_count"], "1")
        XCTAssertEqual(host.cpuInfo["vendor"], "GenuineIntel")
        XCTAssertEqual(host.cpuInfo["speed"], "2399.998")
        XCTAssertNotNil(host.cpuInfo["features_hvm"])
        XCTAssertTrue(host.allowedOperations.contains(.vmStart))

        let metrics = try XCTUnwrap(store.read { $0.get(host.metrics) })
        XCTAssertTrue(metrics.live)
        XCTAssertEqual(metrics.memoryTotal, 16 << 30)
        XCTAssertEqual(metrics.memoryFree, (16 << 30) - (752 << 20))

        let cpus = store.read { $0.all(HostCPURecord.self) }.map(\.1).sorted { $0.number < $1.number }
        XCTAssertEqual(cpus.map(\.number), [0, 1, 2, 3])
        XCTAssertEqual(Set(cpus.map(\.vendor)), ["GenuineIntel"])
        XCTAssertEqual(cpus[0].speed, 2399)
        XCTAssertEqual(cpus[0].family, 6)
        XCTAssertEqual(cpus[0].model, 79)
        XCTAssertEqual(cpus[0].stepping, "1")
        XCTAssertEqual(cpus[0].flags, "fpu vme de")
        XCTAssertEqual(Set(host.hostCPUs), Set(store.read { $0.all(HostCPURecord.self) }.map(\.0)))
    }

    // MARK: dom0

    func testControlDomain() throws {
        let store = try Self.makeStore()
        try runFirstBoot(store)
        let (hostRef, host) = try only(HostRecord.self, in: store)
        let dom0s = store.read { $0.all(VMRecord.self) }.filter { $0.1.isControlDomain }
        XCTAssertEqual(dom0s.count, 1)
        let (dom0Ref, dom0) = try XCTUnwrap(dom0s.first)
        XCTAssertEqual(host.controlDomain, dom0Ref)
        XCTAssertEqual(dom0.nameLabel, "Control domain on host: xs71.example.org")
        XCTAssertEqual(dom0.nameDescription, "The domain which manages physical devices and manages other domains")
        XCTAssertEqual(dom0.powerState, .running)
        XCTAssertEqual(dom0.domid, 0)
        XCTAssertEqual(dom0.residentOn, hostRef)
        XCTAssertEqual(dom0.affinity, hostRef)
        XCTAssertEqual(dom0.userVersion, 1)
        XCTAssertEqual(dom0.domainType, .pv)
        XCTAssertEqual(dom0.actionsAfterShutdown, .destroy)
        XCTAssertEqual(dom0.actionsAfterReboot, .destroy)
        XCTAssertEqual(dom0.actionsAfterCrash, .destroy)
        XCTAssertFalse(dom0.isATemplate)
        XCTAssertEqual(dom0.vcpusMax, 4)
        XCTAssertEqual(dom0.vcpusAtStartup, 4)
        for m in [dom0.memoryStaticMin, dom0.memoryStaticMax, dom0.memoryDynamicMin, dom0.memoryDynamicMax,
                  dom0.memoryTarget] {
            XCTAssertEqual(m, 752 << 20)
        }
        XCTAssertGreaterThan(dom0.memoryOverhead, 0)
        XCTAssertEqual(dom0.allowedOperations, [.changingDynamicRange, .changingStaticRange, .metadataExport])
        XCTAssertTrue(host.residentVMs.contains(dom0Ref))

        let metrics = try XCTUnwrap(store.read { $0.get(dom0.metrics) })
        XCTAssertEqual(metrics.memoryActual, 752 << 20)
        XCTAssertEqual(metrics.vcpusNumber, 4)
        XCTAssertEqual(metrics.vcpusUtilisation.keys.sorted(), [1, 2, 3, 4])
    }

    func testDom0HasRFBAndVT100ConsolesAtTheHostAddress() throws {
        let store = try Self.makeStore()
        try runFirstBoot(store)
        let dom0 = try XCTUnwrap(store.read { $0.all(VMRecord.self) }.first { $0.1.isControlDomain })
        let consoles = store.read { $0.all(ConsoleRecord.self) }
        XCTAssertEqual(consoles.count, 2)
        XCTAssertEqual(Set(consoles.map(\.1.protocol)), [.rfb, .vt100])
        XCTAssertEqual(Set(dom0.1.consoles), Set(consoles.map(\.0)))
        for (ref, console) in consoles {
            XCTAssertEqual(console.vm, dom0.0)
            XCTAssertEqual(console.location, "https://192.0.2.10/console?ref=\(ref.raw)")
        }
    }

    // MARK: Networks

    func testNetworksAndManagementPIF() throws {
        let store = try Self.makeStore()
        try runFirstBoot(store)
        let (hostRef, host) = try only(HostRecord.self, in: store)
        let networks = store.read { $0.all(NetworkRecord.self) }
        XCTAssertEqual(networks.count, 2)
        let hostInternal = try XCTUnwrap(networks.first { $0.1.nameLabel == "Host internal management network" }?.1)
        XCTAssertEqual(hostInternal.bridge, "xenapi")
        XCTAssertEqual(hostInternal.otherConfig, [
            "is_guest_installer_network": "true", "is_host_internal_management_network": "true",
            "ip_begin": "169.254.0.1", "ip_end": "169.254.255.254", "netmask": "255.255.0.0",
        ])
        XCTAssertEqual(hostInternal.pifs, [])
        let (netRef, net) = try XCTUnwrap(networks.first { $0.1.nameLabel == "Pool-wide network associated with eth0" })
        XCTAssertEqual(net.bridge, "xenbr0")

        let (pifRef, pif) = try only(PIFRecord.self, in: store)
        XCTAssertEqual(net.pifs, [pifRef])
        XCTAssertEqual(host.pifs, [pifRef])
        XCTAssertEqual(pif.device, "eth0")
        XCTAssertEqual(pif.network, netRef)
        XCTAssertEqual(pif.host, hostRef)
        XCTAssertEqual(pif.mac, "02:00:c0:00:02:0a")
        XCTAssertTrue(pif.management && pif.physical && pif.currentlyAttached)
        XCTAssertEqual(pif.vlan, -1)
        XCTAssertEqual(pif.ipConfigurationMode, .static)
        XCTAssertEqual(pif.ip, "192.0.2.10")
        XCTAssertEqual(pif.netmask, "255.255.255.0")
        XCTAssertEqual(pif.gateway, "192.0.2.1")
        XCTAssertEqual(pif.dns, "192.0.2.53,192.0.2.54")
        let metrics = try XCTUnwrap(store.read { $0.get(pif.metrics) })
        XCTAssertTrue(metrics.carrier)
        XCTAssertEqual(metrics.speed, 1000)
    }

    // MARK: Storage

    func testStorageRepositoriesAndPBDs() throws {
        let store = try Self.makeStore()
        try runFirstBoot(store)
        let (hostRef, host) = try only(HostRecord.self, in: store)
        let srs = store.read { $0.all(SRRecord.self) }
        XCTAssertEqual(srs.count, 4)
        func sr(_ name: String) throws -> (Ref<SRRecord>, SRRecord) {
            try XCTUnwrap(srs.first { $0.1.nameLabel == name }, name)
        }
        let pbds = store.read { $0.all(PBDRecord.self) }
        XCTAssertEqual(pbds.count, 4)
        XCTAssertEqual(Set(host.pbds), Set(pbds.map(\.0)))
        for (ref, pbd) in pbds {
            XCTAssertEqual(pbd.host, hostRef)
            XCTAssertTrue(pbd.currentlyAttached)
            XCTAssertEqual(srs.first { $0.0 == pbd.sr }?.1.pbds, [ref])
        }
        func pbd(of sr: Ref<SRRecord>) throws -> PBDRecord { try XCTUnwrap(pbds.first { $0.1.sr == sr }?.1) }

        let (localRef, local) = try sr("Local storage")
        XCTAssertEqual(local.type, "ext")
        XCTAssertEqual(local.contentType, "user")
        XCTAssertFalse(local.shared)
        XCTAssertEqual(local.otherConfig["i18n-key"], "local-storage")
        XCTAssertEqual(local.otherConfig["i18n-original-value-name_label"], "Local storage")
        XCTAssertGreaterThan(local.physicalSize, 0)
        XCTAssertTrue(local.allowedOperations.contains(.vdiCreate))
        XCTAssertFalse(local.allowedOperations.contains(.destroy))
        let path = try XCTUnwrap(try pbd(of: localRef).deviceConfig["location"])
        XCTAssertEqual(path, dataDirectory + "/sr/" + local.uuid)
        var st = stat()
        XCTAssertEqual(stat(path, &st), 0, "the local SR's directory exists")
        XCTAssertEqual(host.suspendImageSR, localRef)
        XCTAssertEqual(host.crashDumpSR, localRef)

        let (dvdRef, dvd) = try sr("DVD drives")
        XCTAssertEqual(dvd.type, "udev")
        XCTAssertEqual(dvd.contentType, "iso")
        XCTAssertEqual(dvd.nameDescription, "Physical DVD drives")
        XCTAssertEqual(dvd.smConfig, ["type": "cd"])
        XCTAssertEqual(dvd.otherConfig["i18n-key"], "local-hotplug-cd")
        XCTAssertEqual(try pbd(of: dvdRef).deviceConfig, ["location": "/dev/xapi/cd"])
        // The operations a real 7.1 host lists for its DVD SR.
        XCTAssertEqual(Set(dvd.allowedOperations),
                       [.vdiIntroduce, .unplug, .plug, .pbdCreate, .update, .pbdDestroy, .vdiClone, .scan])

        let (_, removable) = try sr("Removable storage")
        XCTAssertEqual(removable.type, "udev")
        XCTAssertEqual(removable.contentType, "disk")
        XCTAssertEqual(removable.otherConfig["i18n-key"], "local-hotplug-disk")

        let (toolsRef, tools) = try sr("XenServer Tools")
        XCTAssertEqual(tools.type, "iso")
        XCTAssertEqual(tools.contentType, "iso")
        XCTAssertTrue(tools.isToolsSR)
        XCTAssertTrue(tools.shared)
        XCTAssertEqual(tools.otherConfig["xensource_internal"], "true")
        XCTAssertEqual(tools.otherConfig["xenserver_tools_sr"], "true")
        XCTAssertEqual(tools.otherConfig["i18n-key"], "xenserver-tools")
        XCTAssertEqual(try pbd(of: toolsRef).deviceConfig["legacy_mode"], "true")
        XCTAssertFalse(tools.allowedOperations.contains(.vdiCreate))

        let sms = store.read { $0.all(SMRecord.self) }.map(\.1)
        XCTAssertEqual(Set(sms.map(\.type)), ["ext", "file", "iso", "udev", "nfs", "lvm"])
        let ext = try XCTUnwrap(sms.first { $0.type == "ext" })
        XCTAssertEqual(ext.features["VDI_RESET_ON_BOOT"], 2)
        XCTAssertTrue(ext.capabilities.contains("VDI_CREATE"))
        XCTAssertFalse(ext.capabilities.contains("ATOMIC_PAUSE"))
        XCTAssertEqual(ext.configuration["device"], "local device path (required) (e.g. /dev/sda3)")
        XCTAssertEqual(ext.vendor, "Citrix Systems Inc")
        XCTAssertEqual(ext.driverFilename, "/opt/xensource/sm/EXTSR")
    }

    func testRootUser() throws {
        let store = try Self.makeStore()
        try runFirstBoot(store)
        let (_, user) = try only(UserRecord.self, in: store)
        XCTAssertEqual(user.shortName, "root")
        XCTAssertEqual(user.fullname, "superuser")
    }

    // MARK: Templates

    func testDefaultTemplates() throws {
        let store = try Self.makeStore()
        try runFirstBoot(store)
        let templates = store.read { $0.all(VMRecord.self) }.map(\.1).filter(\.isATemplate)
        XCTAssertGreaterThanOrEqual(templates.count, 15)
        XCTAssertEqual(templates.count, TemplateCatalog.all.count)
        let byName = Dictionary(uniqueKeysWithValues: templates.map { ($0.nameLabel, $0) })
        for name in ["Debian Jessie 8.0", "Debian Wheezy 7.0 (32-bit)", "Debian Wheezy 7.0 (64-bit)", "CentOS 7",
                     "CentOS 6 (64-bit)", "Ubuntu Xenial Xerus 16.04", "Ubuntu Trusty Tahr 14.04",
                     "Red Hat Enterprise Linux 7", "Oracle Linux 7", "SUSE Linux Enterprise Server 12 SP1 (64-bit)",
                     "Windows 10 (64-bit)", "Windows 10 (32-bit)", "Windows Server 2016 (64-bit)",
                     "Windows Server 2012 R2 (64-bit)", "Windows 7 (64-bit)", "Other install media"] {
            XCTAssertNotNil(byName[name], name)
        }
        var macSeeds: Set<String> = []
        for t in templates {
            XCTAssertTrue(t.isDefaultTemplate, t.nameLabel)
            XCTAssertFalse(t.isControlDomain)
            XCTAssertEqual(t.powerState, .halted)
            XCTAssertEqual(t.domid, -1)
            XCTAssertEqual(t.otherConfig["default_template"], "true", t.nameLabel)
            XCTAssertNotNil(t.otherConfig["install-methods"], t.nameLabel)
            XCTAssertTrue(UUID.isValid(t.otherConfig["mac_seed"] ?? ""), t.nameLabel)
            macSeeds.insert(t.otherConfig["mac_seed"] ?? "")
            XCTAssertTrue(t.recommendations.hasPrefix("<restrictions>"), t.nameLabel)
            XCTAssertFalse(t.referenceLabel.isEmpty)
            XCTAssertLessThanOrEqual(t.memoryStaticMin, t.memoryDynamicMin)
            XCTAssertLessThanOrEqual(t.memoryDynamicMax, t.memoryStaticMax)
            XCTAssertTrue(t.allowedOperations.contains(.provision) && t.allowedOperations.contains(.clone))
            XCTAssertFalse(t.allowedOperations.contains(.destroy) || t.allowedOperations.contains(.start))
            XCTAssertNotNil(store.read { $0.get(t.metrics) }, t.nameLabel)
            XCTAssertEqual(t.domainType, t.hvmBootPolicy.isEmpty ? .pv : .hvm)
        }
        XCTAssertEqual(macSeeds.count, templates.count)

        let jessie = try XCTUnwrap(byName["Debian Jessie 8.0"])
        XCTAssertEqual(jessie.uuid, "79abf1d8-4b61-4fc3-aafa-58b0ccae48d3")
        XCTAssertEqual(jessie.hvmBootPolicy, "BIOS order")
        XCTAssertEqual(jessie.hvmBootParams, ["order": "cdn"])
        XCTAssertEqual(jessie.otherConfig["linux_template"], "true")
        XCTAssertEqual(jessie.otherConfig["disks"], """
            <provision><disk bootable="true" device="0" size="8589934592" sr="" type="system"/></provision>
            """)
        XCTAssertEqual(jessie.platform["device_id"], "0001")

        let wheezy = try XCTUnwrap(byName["Debian Wheezy 7.0 (64-bit)"])
        XCTAssertEqual(wheezy.pvBootloader, "eliloader")
        XCTAssertEqual(wheezy.otherConfig["install-distro"], "debianlike")
        XCTAssertEqual(wheezy.domainType, .pv)

        let win10 = try XCTUnwrap(byName["Windows 10 (64-bit)"])
        XCTAssertEqual(win10.platform["viridian"], "true")
        XCTAssertEqual(win10.platform["device_id"], "0002")
        XCTAssertEqual(win10.vcpusMax, 2)
        XCTAssertEqual(win10.memoryStaticMax, 4 << 30)
        XCTAssertEqual(win10.hvmBootParams, ["order": "dc"])
    }

    // MARK: Later starts

    func testSecondRunRefreshesWithoutDuplicating() throws {
        let store = try Self.makeStore()
        try runFirstBoot(store)
        let counts = Self.counts(store)
        let (hostRef, host) = try only(HostRecord.self, in: store)

        try runFirstBoot(store, facts: Self.makeFacts(address: "192.0.2.77", bootTime: 1_700_086_400))
        XCTAssertEqual(Self.counts(store), counts)
        let (hostRef2, host2) = try only(HostRecord.self, in: store)
        XCTAssertEqual(hostRef2, hostRef)
        XCTAssertEqual(host2.uuid, host.uuid)
        XCTAssertEqual(host2.otherConfig["boot_time"], "1700086400.")
        XCTAssertEqual(host2.otherConfig["iscsi_iqn"], host.otherConfig["iscsi_iqn"])
        XCTAssertEqual(host2.address, "192.0.2.77")
        for (ref, console) in store.read({ $0.all(ConsoleRecord.self) }) {
            XCTAssertEqual(console.location, "https://192.0.2.77/console?ref=\(ref.raw)")
        }
        XCTAssertEqual(try only(PIFRecord.self, in: store).1.ip, "192.0.2.77")
        XCTAssertTrue(try XCTUnwrap(store.read { $0.get(host2.metrics) }).live)
    }

    func testRenamedHostRenamesDom0() throws {
        let store = try Self.makeStore()
        try runFirstBoot(store)
        try runFirstBoot(store, facts: Self.makeFacts(hostname: "renamed"))
        let dom0 = try XCTUnwrap(store.read { $0.all(VMRecord.self) }.first { $0.1.isControlDomain }?.1)
        XCTAssertEqual(dom0.nameLabel, "Control domain on host: renamed")
        XCTAssertEqual(try only(HostRecord.self, in: store).1.hostname, "renamed")
        XCTAssertEqual(try only(HostRecord.self, in: store).1.nameLabel, "xs71.example.org", "name_label is the user's")
    }

    func testSurvivesARestartOnDisk() throws {
        let path = dataDirectory + "/state.db"
        do {
            let store = try Self.makeStore(path: path)
            try runFirstBoot(store)
        }
        let store = try Self.makeStore(path: path)
        let counts = Self.counts(store)
        XCTAssertEqual(counts["host"], 1)
        try runFirstBoot(store, facts: Self.makeFacts(bootTime: 1_700_100_000))
        XCTAssertEqual(Self.counts(store), counts)
        XCTAssertEqual(try only(HostRecord.self, in: store).1.otherConfig["boot_time"], "1700100000.")
    }

    private static func counts(_ store: ObjectStore) -> [String: Int] {
        store.read { s in
            let classes = Datamodel.classes.filter(\.inDatabase)
            return Dictionary(uniqueKeysWithValues: classes.map { ($0.name, s.count(class: $0.name)) })
        }
    }
}
