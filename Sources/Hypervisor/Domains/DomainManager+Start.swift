// Starting a VM as xenopsd's VM_create + VM_build + device plugs do (xen-backend.md §1.2–1.3):
// xc_domain_create, a claim for the start memory (ENOMEM at once when it does not fit), max
// memory, the xenstore tree in one transaction with the guest's permissions, the platform and
// vm-data keys, xc_domain_max_vcpus, the store and console event channels, the libxenguest build
// (a bootloader first when the PV VM has one), build_post's keys and the xenstore introduction,
// then the disks (read-write first) and VIFs, and finally unpause unless asked to stay paused.
// Resume follows the same path with xc_domain_restore in place of the build.
import Glibc

extension DomainManager {
    /// Builds and starts the VM; returns the new domid. On any failure the half-made domain is
    /// destroyed and the error rethrown (ENOMEM as XenError when memory does not fit).
    @discardableResult
    public func start(_ vm: VMDescription, paused: Bool = false) throws -> UInt32 {
        try vm.validate()
        let domid = try createDomain(vm, memoryBytes: vm.memory.initialTarget)
        do {
            let ports = try buildPre(vm, domid)
            let image = try bootImage(vm)
            let result = try control.build(domid, DomainBuildRequest(
                image: image, maxMemoryKiB: UInt64(vm.memory.staticMax / 1024),
                startMemoryKiB: UInt64(vm.memory.initialTarget / 1024), storePort: ports.store, consolePort: ports.console))
            try buildPost(vm, domid, result: result, ports: ports, targetBytes: vm.memory.initialTarget)
            try plugDevices(vm, domid)
            try finishStart(domid, paused: paused)
            return domid
        } catch {
            try? destroy(domid)
            throw error
        }
    }

    /// VM_create: the domain, its memory claim and maximum, and its xenstore tree.
    func createDomain(_ vm: VMDescription, memoryBytes: Int64) throws -> UInt32 {
        let physinfo = try control.physinfo()
        let hvmContainer = vm.boot.isHVMContainer
        guard physinfo.capabilities.contains(hvmContainer ? .hvm : .pv) else {
            throw HypervisorError.invalidConfiguration("Guest type \(hvmContainer ? "HVM" : "PV") unavailable")
        }
        func platformFlag(_ key: String, default value: Bool) -> Bool {
            guard let v = vm.platform[key] else { return value }
            return v == "true" || v == "1"
        }
        var flags: DomainCreateFlags = []
        if hvmContainer {
            flags.insert(.hvm)
            if platformFlag("hap", default: physinfo.capabilities.contains(.hap)) { flags.insert(.hap) }
            if platformFlag("nested-virt", default: false) { flags.insert(.nestedVirt) }
        }
        if platformFlag("vpmu", default: false) { flags.insert(.vpmu) }
        let grantFrames = vm.platform["max_grant_frames"].flatMap { Int32($0) }
            ?? Int32(max(64, 8 * (vm.nics.count + 1) + (vm.disks.count + 1)))
        let emulation: X86EmulationFlags = switch vm.boot {
        case .pv: []
        case .pvh: [.lapic]
        case .hvm: .hvmGuest
        }
        let config = DomainCreateConfig(
            ssidref: vm.ssidref, handle: uuidBytes(vm.uuid)!, flags: flags, maxVCPUs: vm.vcpusMax,
            maxGrantFrames: grantFrames,
            maxMaptrackFrames: vm.platform["max_maptrack_frames"].flatMap { Int32($0) } ?? 0,
            maxGrantVersion: physinfo.capabilities.contains(.grantTableV2) ? 2 : 1, emulationFlags: emulation,
            miscFlags: platformFlag("msr-relaxed", default: false) ? 1 : 0)
        let domid = try control.createDomain(config)
        expectations.withLock { $0[domid] = nil }
        do {
            // Without squeezed, xenopsd reserves the memory itself: claim it, then allow up to static max.
            try control.claimPages(domid, UInt64((memoryBytes + 4095) / 4096))
            try control.setMaxMemory(domid, kib: UInt64(vm.memory.staticMax / 1024))
            try writeDomainTree(vm, domid)
            return domid
        } catch {
            try? destroy(domid)
            throw error
        }
    }

    /// `Domain.make`'s transaction and writes, and create_exn's memory, cpu and type keys.
    func writeDomainTree(_ vm: VMDescription, _ domid: UInt32) throws {
        let dom = domainPath(domid)
        let xenops = "/xenops/domain/\(domid)"
        let libxl = "/libxl/\(domid)"
        let vmPath = "/vm/\(vm.uuid)"
        let name = vm.name.isEmpty ? "Domain-\(domid)" : vm.name
        let ro = XenStorePermissions.guestReadOnly(domid)
        let rw = XenStorePermissions.guestReadWrite(domid)
        let zero = XenStorePermissions.guestReadWrite(0)
        let createTime = monotonicNanoseconds()
        try withStore { store in
            try store.withTransaction { t in
                for p in [dom, xenops, libxl] { try store.removeIfPresent(p, transaction: t) }
                try store.mkdir(dom, permissions: ro, transaction: t)
                try store.mkdir(xenops, permissions: zero, transaction: t)
                try store.mkdir(libxl, permissions: zero, transaction: t)
                if try store.readIfPresent(vmPath, transaction: t) != nil {
                    try setPermissionsRecursively(store, vmPath, ro, t)
                } else {
                    try store.mkdir(vmPath, permissions: ro, transaction: t)
                    try store.write(vmPath, [("uuid", vm.uuid), ("name", name)], transaction: t)
                }
                try store.write("\(vmPath)/domains/\(domid)", value: dom, transaction: t)
                try store.write("\(vmPath)/domains/\(domid)/create-time", value: String(createTime), transaction: t)
                try store.write(dom, [("vm", vmPath), ("name", name)], transaction: t)
                for dir in ["cpu", "memory"] { try store.mkdir("\(dom)/\(dir)", permissions: ro, transaction: t) }
                let guestDirs = ["device", "device/vbd", "device/9pfs", "device/vif", "feature", "error", "drivers",
                                 "control", "attr", "xenserver/attr", "data", "messages", "vm-data", "hvmloader", "rrd"]
                for dir in guestDirs { try store.mkdir("\(dom)/\(dir)", permissions: rw, transaction: t) }
                for dir in ["device", "device/vbd", "device/9pfs", "device/vif"] {
                    try store.mkdir("\(xenops)/\(dir)", permissions: zero, transaction: t)
                }
            }
            try store.write(dom, vm.filteredXenstoreData)
            try store.write(dom + "/platform", vm.platform.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            try store.write(dom + "/bios-strings", vm.biosStrings.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            if case .hvm(let h) = vm.boot, h.firmware == .uefi { try store.write(dom + "/hvmloader/bios", value: "ovmf") }
            try store.write(dom + "/hvmloader/pci/xen-platform-pci-bar-uc", value: "1")
            // Crash safety: a toolstack finding the domain in this state should shut it down.
            try store.write(dom + "/action-request", value: "poweroff")
            try store.write(dom + "/control/platform-feature-multiprocessor-suspend", value: "1")
            try store.write(dom + "/control/platform-feature-xs_reset_watches", value: "1")
            try store.write(dom + "/control/has-vendor-device", value: vm.hasVendorDevice ? "1" : "0")
            try store.write(dom + "/unique-domain-id", value: randomUUID())
            try store.write(dom + "/memory/initial-target", value: String(vm.memory.initialTarget / 1024))
            for i in 0..<vm.vcpusMax {
                try store.write("\(dom)/cpu/\(i)/availability", value: i < vm.vcpusAtStartup ? "online" : "offline")
            }
            try store.write(dom + "/domain-type", value: vm.boot.domainType)
        }
    }

    private func setPermissionsRecursively(_ store: any XenStore, _ path: String, _ perms: XenStorePermissions,
                                           _ t: XenStoreTransaction) throws {
        try store.setPermissions(path, perms, transaction: t)
        for child in try store.directory(path, transaction: t) {
            try setPermissionsRecursively(store, path + "/" + child, perms, t)
        }
    }

    /// `build_pre`: vCPUs and their scheduler share (which xenguest sets during the build), the
    /// PV memory map limit, an HVM domain's shadow pool, the store and console event channels.
    func buildPre(_ vm: VMDescription, _ domid: UInt32) throws -> (store: UInt32, console: UInt32) {
        try control.setMaxVCPUs(domid, vm.vcpusMax)
        if let credit = vm.scheduler { try control.setSchedulerCredit(domid, credit) }
        switch vm.boot {
        case .pv:
            try control.setMemmapLimit(domid, kib: UInt64(vm.memory.staticMax / 1024))
        case .pvh, .hvm:
            try control.setShadowAllocation(domid, mib: Self.shadowMiB(staticMaxBytes: vm.memory.staticMax, vcpus: vm.vcpusMax,
                                                                       multiplier: vm.boot.shadowMultiplier))
        }
        let store = try control.allocateUnboundEventChannel(domid, remote: 0)
        let console = try control.allocateUnboundEventChannel(domid, remote: 0)
        return (store, console)
    }

    /// What the builder loads: the PV kernel (found by the bootloader on the first bootable disk
    /// when there is one), or hvmloader.
    func bootImage(_ vm: VMDescription) throws -> DomainBuildRequest.Image {
        switch vm.boot {
        case .hvm:
            return .hvm(firmware: options.hvmloader)
        case .pv(let b), .pvh(let b):
            var kernel = b.kernel, ramdisk: String? = b.ramdisk.isEmpty ? nil : b.ramdisk, args = b.args
            if !b.bootloader.isEmpty {
                let disk = vm.disks.sorted { $0.userdevice < $1.userdevice }.first { $0.media == .disk && !$0.params.isEmpty }
                let found = try bootloader.extract(bootloader: b.bootloader, arguments: b.bootloaderArgs,
                                                   legacyArguments: b.args, disk: disk?.params ?? "", vmUUID: vm.uuid)
                kernel = found.kernel
                ramdisk = found.ramdisk
                args = found.args
            }
            if case .pvh = vm.boot { return .pvh(kernel: kernel, ramdisk: ramdisk, cmdline: args) }
            return .pv(kernel: kernel, ramdisk: ramdisk, cmdline: args)
        }
    }

    /// `build_post` and the dynamic range: the domain's keys in one transaction, the xenstore
    /// introduction (from here on xenstored reports the domain's death with @releaseDomain).
    func buildPost(_ vm: VMDescription, _ domid: UInt32, result: DomainBuildResult, ports: (store: UInt32, console: UInt32),
                   targetBytes: Int64) throws {
        let dom = domainPath(domid)
        try withStore { store in
            try store.withTransaction { t in
                try store.write(dom, [
                    ("memory/static-max", String(vm.memory.staticMax / 1024)),
                    ("memory/target", String(targetBytes / 1024)),
                    ("domid", String(domid)),
                    ("store/port", String(ports.store)),
                    ("store/ring-ref", String(result.storeMFN)),
                    ("console/port", String(ports.console)),
                    ("console/ring-ref", String(result.consoleMFN)),
                    ("console/limit", "65536"),
                    ("serial/0/limit", "65536"),
                ], transaction: t)
            }
            if vm.boot.isHVMContainer {
                try store.write("/vm/\(vm.uuid)/rtc/timeoffset", value: vm.platform["timeoffset"] ?? "0")
            }
            let libxlType = switch vm.boot {
            case .pv: "PV"
            case .pvh: "PVH"
            case .hvm: "HVM"
            }
            try store.write("/libxl/\(domid)/type", value: libxlType)
            try store.introduceDomain(domid, mfn: result.storeMFN, port: ports.store)
            try store.write(dom + "/memory", [("dynamic-min", String(vm.memory.dynamicMin / 1024)),
                                              ("dynamic-max", String(vm.memory.dynamicMax / 1024))])
        }
    }

    /// Disks (read-write before read-only, as xenopsd orders them) then VIFs by device number.
    func plugDevices(_ vm: VMDescription, _ domid: UInt32) throws {
        let disks = vm.disks.filter { $0.mode == .readWrite } + vm.disks.filter { $0.mode == .readOnly }
        try devices.plug(disks: disks, nics: vm.nics.sorted { $0.devid < $1.devid }, into: domid)
    }

    /// The domain is complete: clear the crash-safety request, and run it unless asked not to.
    func finishStart(_ domid: UInt32, paused: Bool) throws {
        try withStore { try $0.removeIfPresent(domainPath(domid) + "/action-request") }
        if !paused { try control.unpause(domid) }
    }

    // MARK: Resume

    /// Recreates a suspended VM from the image `suspend(_:to:)` wrote: a domain sized to the
    /// image's memory, xc_domain_restore in place of the build, the devices, then unpause unless
    /// `paused`. Returns the new domid.
    @discardableResult
    public func resume(_ vm: VMDescription, from path: String, paused: Bool = false) throws -> UInt32 {
        try vm.validate()
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw XenError(call: "open", errno: errno, detail: path) }
        defer { close(fd) }
        let header = try SuspendImageHeader.read(from: fd)
        guard header.uuid == vm.uuid.lowercased() else {
            throw HypervisorError.suspendImage("\(path) holds VM \(header.uuid), not \(vm.uuid)")
        }
        guard header.domainType == vm.boot.domainType else {
            throw HypervisorError.suspendImage("\(path) holds a \(header.domainType) domain, the VM is \(vm.boot.domainType)")
        }
        let domid = try createDomain(vm, memoryBytes: header.memoryBytes)
        do {
            let ports = try buildPre(vm, domid)
            let result = try control.restoreDomain(domid, from: fd, storePort: ports.store, consolePort: ports.console)
            try SuspendImageHeader.readEnd(from: fd)
            try buildPost(vm, domid, result: result, ports: ports, targetBytes: header.memoryBytes)
            try plugDevices(vm, domid)
            try finishStart(domid, paused: paused)
            return domid
        } catch {
            try? destroy(domid)
            throw error
        }
    }
}
