// A VM record and its devices as the domain layer's values: memory and vCPUs, the boot method
// (HVM by domain_type or HVM_boot_policy, else PV with kernel or bootloader), the disks the
// storage attach produced and the VIFs on their networks' bridges.
import Database
import Datamodel
import Hypervisor
import Wire

extension VMRecord {
    /// HVM from domain_type, or (unspecified) from HVM_boot_policy, as xapi derives it.
    var bootsHVM: Bool {
        switch domainType {
        case .hvm: true
        case .pv, .pvInPVH, .pvh: false
        case .unspecified: !hvmBootPolicy.isEmpty
        }
    }

    var effectiveDomainType: DomainType {
        domainType == .unspecified ? (hvmBootPolicy.isEmpty ? .pv : .hvm) : domainType
    }

    var bootMethod: VMDescription.Boot {
        if bootsHVM {
            return .hvm(VMDescription.HVMBoot(bootOrder: hvmBootParams["order"] ?? "cd",
                                              firmware: hvmBootParams["firmware"] == "uefi" ? .uefi : .bios,
                                              shadowMultiplier: hvmShadowMultiplier))
        }
        let pv = VMDescription.PVBoot(kernel: pvKernel, ramdisk: pvRamdisk, args: pvArgs, bootloader: pvBootloader,
                                      bootloaderArgs: pvBootloaderArgs)
        return domainType == .pvh ? .pvh(pv) : .pv(pv)
    }

    /// What xapi's start and xenopsd check before building, with xapi's errors.
    func assertBootable(ref: Ref<VMRecord>) throws {
        guard memoryStaticMin <= memoryDynamicMin, memoryDynamicMin <= memoryDynamicMax,
              memoryDynamicMax <= memoryStaticMax, memoryStaticMax > 0 else {
            throw XenAPIError("MEMORY_CONSTRAINT_VIOLATION",
                              ["Memory limits must satisfy: static_min <= dynamic_min <= dynamic_max <= static_max"])
        }
        guard vcpusMax >= 1, vcpusAtStartup >= 1, vcpusAtStartup <= vcpusMax else {
            throw XenAPIError("INVALID_VALUE", ["VCPUs_at_startup", String(vcpusAtStartup)])
        }
        if !bootsHVM && pvKernel.isEmpty && pvBootloader.isEmpty {
            throw XenAPIError("VM_HVM_REQUIRED", [ref.raw])
        }
    }

    func description(disks: [DiskDevice], nics: [NetworkDevice]) -> VMDescription {
        VMDescription(uuid: uuid, name: nameLabel,
                      memory: VMDescription.Memory(staticMin: memoryStaticMin, staticMax: memoryStaticMax,
                                                   dynamicMin: memoryDynamicMin, dynamicMax: memoryDynamicMax),
                      vcpusMax: Int(vcpusMax), vcpusAtStartup: Int(vcpusAtStartup), boot: bootMethod,
                      platform: platform, xenstoreData: xenstoreData, biosStrings: biosStrings,
                      hasVendorDevice: hasVendorDevice, disks: disks, nics: nics, scheduler: schedulerCredit)
    }

    /// What the domain will take from the host: the start target and xapi's overhead.
    var startMemoryBytes: Int64 {
        VMDescription.Memory(staticMin: memoryStaticMin, staticMax: memoryStaticMax, dynamicMin: memoryDynamicMin,
                             dynamicMax: memoryDynamicMax).initialTarget
            + MemoryOverhead.bytes(staticMax: memoryStaticMax, vcpus: vcpusMax, shadowMultiplier: hvmShadowMultiplier,
                                   domainType: effectiveDomainType)
    }
}

extension VBDRecord {
    /// The disk position: userdevice as a number, or a device name (`xvdb`, `hdc`).
    func position(hvm: Bool) -> Int? {
        if let n = Int(userdevice), n >= 0 { return n }
        return DeviceNumber(userdevice, hvm: hvm)?.disk
    }
}

extension VIFRecord {
    func networkDevice(bridge: String, networkMTU: Int64) -> NetworkDevice? {
        guard let devid = Int(device) else { return nil }
        let mtu = otherConfig["mtu"].flatMap(Int.init) ?? Int(mtu > 0 ? mtu : networkMTU)
        var rate: Int64?
        if qosAlgorithmType == "ratelimit", let kbps = qosAlgorithmParams["kbps"].flatMap(Int64.init) { rate = kbps }
        return NetworkDevice(devid: devid, mac: mac, bridge: bridge, mtu: mtu, rateKiBps: rate,
                             otherConfig: otherConfig, extraPrivateKeys: ["vif-uuid": uuid])
    }
}
