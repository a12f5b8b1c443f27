// One default template as plain data, and the derivation rule the XenServer 7.1 template tool
// applies when one template JSON is `derived_from` another (guest-templates-json,
// guesttemplates/blank_template.py: BaseTemplate.update): given fields replace, platform and
// other_config merge key by key, and `min_memory` M sets static-min M and static-max,
// dynamic-min and dynamic-max all 2·M.

public struct TemplateSpec: Sendable, Hashable {
    /// A disk the template provisions (`other_config:disks`, read by VM.provision).
    public struct Disk: Sendable, Hashable {
        public var size: Int64
        public var sr: String
        public var bootable: Bool
        public var type: String

        public init(size: Int64, sr: String = "", bootable: Bool = true, type: String = "system") {
            self.size = size
            self.sr = sr
            self.bootable = bootable
            self.type = type
        }

        public static func disk(_ size: Int64, bootable: Bool = true) -> Disk {
            Disk(size: size, bootable: bootable)
        }
    }

    /// The limits UIs read from `recommendations`.
    public struct Restrictions: Sendable, Hashable {
        public var memoryStaticMax: Int64?
        public var vcpusMax: Int?
        public var hasVendorDevice = false
        public var allowGPUPassthrough: Bool?
        public var allowVGPU: Bool?
        public var numberOfVBDs: Int?
        public var numberOfVIFs: Int?

        /// As the template tool writes it (minidom: attributes in name order, no spaces).
        public var xml: String {
            var s = "<restrictions>"
            func field(_ name: String, _ attribute: String, _ value: String?) {
                if let value { s += "<restriction field=\"\(name)\" \(attribute)=\"\(value)\"/>" }
            }
            field("memory-static-max", "max", memoryStaticMax.map { String($0) })
            field("vcpus-max", "max", vcpusMax.map { String($0) })
            field("has-vendor-device", "value", String(hasVendorDevice))
            field("allow-gpu-passthrough", "value", allowGPUPassthrough.map { $0 ? "1" : "0" })
            field("allow-vgpu", "value", allowVGPU.map { $0 ? "1" : "0" })
            for (property, max) in [("number-of-vbds", numberOfVBDs), ("number-of-vifs", numberOfVIFs)] {
                s += "<restriction max=\"\(max.map { String($0) } ?? "")\" property=\"\(property)\"/>"
            }
            return s + "</restrictions>"
        }
    }

    public var uuid = ""
    /// `VM.reference_label`: the template's stable name (`debian-8`).
    public var referenceLabel = ""
    public var nameLabel = ""
    public var nameDescription = ""
    public var memoryStaticMin: Int64 = 0
    public var memoryStaticMax: Int64 = 0
    public var memoryDynamicMin: Int64 = 0
    public var memoryDynamicMax: Int64 = 0
    public var vcpusMax: Int64 = 1
    public var vcpusAtStartup: Int64 = 1
    /// "BIOS order" for HVM templates, empty for PV.
    public var hvmBootPolicy = ""
    public var hvmBootParams: [String: String] = [:]
    public var hvmShadowMultiplier = 1.0
    /// "eliloader" for the PV installer templates.
    public var pvBootloader = ""
    public var pvArgs = ""
    public var generationID = ""
    /// The blank template's platform flags; derivations add to them.
    public var platform: [String: String] = [
        "nx": "true", "acpi": "1", "apic": "true", "pae": "true", "hpet": "true",
    ]
    /// other_config from the template data (install-methods, install-distro, linux_template...);
    /// `otherConfig` adds the keys every installed template carries.
    public var templateOtherConfig: [String: String] = [:]
    public var disks: [Disk] = []
    public var restrictions = Restrictions()

    /// The template before any JSON is applied (BlankTemplate, BaseTemplate defaults).
    public static let blank = TemplateSpec()

    public var isHVM: Bool { !hvmBootPolicy.isEmpty }
    /// `VM.domain_type` as xapi derives it from HVM_boot_policy.
    public var domainType: String { isHVM ? "hvm" : "pv" }

    /// `<provision><disk .../></provision>`, as VM.provision reads it; nil without disks.
    public var disksXML: String? {
        guard !disks.isEmpty else { return nil }
        var s = "<provision>"
        for (i, d) in disks.enumerated() {
            s += "<disk bootable=\"\(d.bootable)\" device=\"\(i)\" size=\"\(d.size)\""
            s += " sr=\"\(Self.escape(d.sr))\" type=\"\(d.type)\"/>"
        }
        return s + "</provision>"
    }

    /// other_config of the installed template: the data's keys, `disks`, and
    /// `default_template: "true"` (loader.py; xapi's VM.set_is_default_template sets it too).
    /// The per-install `mac_seed` is added by FirstBoot.
    public var otherConfig: [String: String] {
        var oc = templateOtherConfig
        if let disksXML { oc["disks"] = disksXML }
        oc["default_template"] = "true"
        return oc
    }

    public var recommendations: String { restrictions.xml }

    /// This template with the fields of a JSON that is `derived_from` it applied.
    public func derived(
        uuid: String? = nil, label: String? = nil, name: String? = nil, description: String? = nil,
        minMemory: Int64? = nil, recommendedMaxMemory: Int64? = nil, recommendedMaxVCPUs: Int? = nil,
        maxVBDs: Int? = nil, maxVIFs: Int? = nil, allowGPUPassthrough: Bool? = nil, allowVGPU: Bool? = nil,
        hasVendorDevice: Bool? = nil, vcpus: Int64? = nil, hvmBootPolicy: String? = nil,
        hvmBootParams: [String: String]? = nil, hvmShadowMultiplier: Double? = nil, pvBootloader: String? = nil,
        pvArgs: String? = nil, generationID: String? = nil, disks: [Disk]? = nil,
        platform: [String: String] = [:], otherConfig: [String: String] = [:]
    ) -> TemplateSpec {
        var t = self
        if let uuid { t.uuid = uuid }
        if let label { t.referenceLabel = label }
        if let name { t.nameLabel = name }
        if let description { t.nameDescription = description }
        if let minMemory {
            t.memoryStaticMin = minMemory
            t.memoryStaticMax = 2 * minMemory
            t.memoryDynamicMin = 2 * minMemory
            t.memoryDynamicMax = 2 * minMemory
        }
        if let recommendedMaxMemory { t.restrictions.memoryStaticMax = recommendedMaxMemory }
        if let recommendedMaxVCPUs { t.restrictions.vcpusMax = recommendedMaxVCPUs }
        if let maxVBDs { t.restrictions.numberOfVBDs = maxVBDs }
        if let maxVIFs { t.restrictions.numberOfVIFs = maxVIFs }
        if let allowGPUPassthrough { t.restrictions.allowGPUPassthrough = allowGPUPassthrough }
        if let allowVGPU { t.restrictions.allowVGPU = allowVGPU }
        if let hasVendorDevice { t.restrictions.hasVendorDevice = hasVendorDevice }
        if let vcpus {
            t.vcpusMax = vcpus
            t.vcpusAtStartup = vcpus
        }
        if let hvmBootPolicy { t.hvmBootPolicy = hvmBootPolicy }
        if let hvmBootParams { t.hvmBootParams = hvmBootParams }
        if let hvmShadowMultiplier { t.hvmShadowMultiplier = hvmShadowMultiplier }
        if let pvBootloader { t.pvBootloader = pvBootloader }
        if let pvArgs { t.pvArgs = pvArgs }
        if let generationID { t.generationID = generationID }
        if let disks { t.disks = disks }
        t.platform.merge(platform) { _, new in new }
        t.templateOtherConfig.merge(otherConfig) { _, new in new }
        return t
    }

    private static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
