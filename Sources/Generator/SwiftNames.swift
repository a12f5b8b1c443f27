// Swift spellings of datamodel names: types are UpperCamelCase with acronyms in one case
// (`vm_power_state` -> `VMPowerState`, `host_cpu` -> `HostCPU`), members lowerCamelCase
// (`name_label` -> `nameLabel`, `VCPUs_max` -> `vcpusMax`, `balance-slb` -> `balanceSlb`).

enum SwiftNames {
    /// Lower-case name parts spelled as acronyms in type names.
    static let acronyms: [String: String] = [
        "cpu": "CPU", "dr": "DR", "gpu": "GPU", "ha": "HA", "igmp": "IGMP", "ip": "IP",
        "ipv4": "IPv4",
        "ipv6": "IPv6", "lvhd": "LVHD", "nbd": "NBD", "numa": "NUMA", "pci": "PCI", "pgpu": "PGPU",
        "pif": "PIF", "pusb": "PUSB", "pvs": "PVS", "sdn": "SDN", "sm": "SM", "sr": "SR",
        "sriov": "SRIOV",
        "usb": "USB", "vbd": "VBD", "vdi": "VDI", "vgpu": "VGPU", "vif": "VIF", "vlan": "VLAN",
        "vm": "VM",
        "vmpp": "VMPP", "vmss": "VMSS", "vtpm": "VTPM", "vusb": "VUSB",
    ]

    /// Acronyms also recognised in member names after the first part (`generation_id` ->
    /// `generationID`, `restart_vm` -> `restartVM`); the first part is always lower-case.
    static let memberAcronyms: [String: String] = acronyms.merging([
        "api": "API", "cbt": "CBT", "dns": "DNS", "http": "HTTP", "https": "HTTPS", "hvm": "HVM",
        "id": "ID",
        "mac": "MAC", "mtu": "MTU", "nvram": "NVRAM", "pv": "PV", "pvh": "PVH", "qos": "QoS",
        "ssl": "SSL",
        "tls": "TLS", "uefi": "UEFI", "uri": "URI", "url": "URL", "uuid": "UUID",
    ]) { a, _ in a }

    /// Swift keywords that need backticks as identifiers.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
        "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol",
        "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch",
        "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
        "return",
        "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self",
        "Self",
        "super", "throws", "true", "try", "Type", "Protocol",
    ]

    private static func parts(_ name: String) -> [String] {
        name.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == " " || $0 == "." }).map(
            String.init)
    }

    /// `vm_power_state` -> `VMPowerState`, `VM_guest_metrics` -> `VMGuestMetrics`.
    static func typeName(_ name: String) -> String {
        var out = parts(name).map { part -> String in
            if let acronym = acronyms[part] { return acronym }
            return part.prefix(1).uppercased() + part.dropFirst()
        }.joined()
        if let first = out.first, first.isNumber { out = "T" + out }
        return out
    }

    /// A stored property name: `name_label` -> `nameLabel`, `VCPUs_max` -> `vcpusMax`, `PIFs` ->
    /// `pifs`.
    static func memberName(_ name: String) -> String {
        lowerCamel(name)
    }

    /// An enum case name: `Halted` -> `halted`, `balance-slb` -> `balanceSlb`, `IPv4` -> `ipv4`.
    static func caseName(_ label: String) -> String {
        lowerCamel(label)
    }

    private static func lowerCamel(_ name: String) -> String {
        let ps = parts(name)
        guard let head = ps.first else { return "_" }
        // A leading part that starts upper-case is an acronym or a capitalised word: lower it
        // whole.
        var out = head.first!.isUppercase ? head.lowercased() : head
        for p in ps.dropFirst() {
            out += memberAcronyms[p] ?? (p.prefix(1).uppercased() + p.dropFirst())
        }
        if let first = out.first, first.isNumber { out = "_" + out }
        return out
    }

    /// The identifier as written in a declaration or after `.`: keywords in backticks.
    static func escaped(_ identifier: String) -> String {
        keywords.contains(identifier) ? "`\(identifier)`" : identifier
    }

    /// A Swift string literal.
    static func literal(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 || c.value == 0x7f {
                    out += "\\u{\(String(c.value, radix: 16))}"
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}
