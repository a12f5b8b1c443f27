// xapi's disk numbering (ocaml/xapi-idl/xen/device_number.ml): a disk is (bus, disk, partition);
// its xenstore key (the devid) packs them as Linux's major/minor, and its Linux name is the bus
// prefix plus a base-26 disk letter and the partition. VBD.userdevice `n` is disk n on the Xen
// bus, except that an HVM guest's first four disks sit on the emulated IDE bus.

public struct DeviceNumber: Sendable, Hashable, CustomStringConvertible {
    public enum Bus: String, Sendable, Hashable {
        case xen = "Xen"
        case scsi = "Scsi"
        case floppy = "Floppy"
        case ide = "Ide"
    }

    public let bus: Bus
    public let disk: Int
    public let partition: Int

    /// Nil when `disk` or `partition` is out of the bus's range.
    public init?(bus: Bus, disk: Int, partition: Int = 0) {
        let (maxDisk, maxPartition) = Self.limits(bus)
        guard (0...maxDisk).contains(disk), (0...maxPartition).contains(partition) else { return nil }
        self.bus = bus
        self.disk = disk
        self.partition = partition
    }

    /// xapi keeps the deprecated IDE encoding, which reaches disk 19 (hdt).
    private static func limits(_ bus: Bus) -> (Int, Int) {
        switch bus {
        case .xen: ((1 << 20) - 1, 15)
        case .scsi: (15, 15)
        case .floppy: (2, 0)
        case .ide: (19, 63)
        }
    }

    /// Majors of the IDE disk pairs (hda/hdb → 3, hdc/hdd → 22, ...), the deprecated table.
    static let ideMajors = [3, 22, 33, 34, 56, 57, 88, 89, 90, 91]

    /// The disk for VBD.userdevice `n`: IDE for n < 4 on HVM, else the Xen bus
    /// (`Device_number.of_disk_number`).
    public init?(userdevice: Int, hvm: Bool) {
        self.init(bus: hvm && userdevice < 4 ? .ide : .xen, disk: userdevice)
    }

    /// The xenstore key: the devid under `device/vbd/` and `backend/vbd/<domid>/`.
    public var xenstoreKey: Int {
        switch bus {
        case .xen where disk < 16: 202 << 8 | disk << 4 | partition
        case .xen: 1 << 28 | disk << 8 | partition
        case .scsi: 8 << 8 | disk << 4 | partition
        case .floppy: 203 << 8 | disk << 4 | partition
        case .ide: Self.ideMajors[disk / 2] << 8 | (disk % 2) << 6 | partition
        }
    }

    public init?(xenstoreKey x: Int) {
        if x & (1 << 28) != 0 {
            self.init(bus: .xen, disk: (x >> 8) & ((1 << 20) - 1), partition: x & 0xff)
            return
        }
        switch x >> 8 {
        case 202: self.init(bus: .xen, disk: (x >> 4) & 0xf, partition: x & 0xf)
        case 8: self.init(bus: .scsi, disk: (x >> 4) & 0xf, partition: x & 0xf)
        case 203: self.init(bus: .floppy, disk: (x >> 4) & 0xf, partition: x & 0xf)
        case let major:
            guard let index = Self.ideMajors.firstIndex(of: major) else { return nil }
            self.init(bus: .ide, disk: index * 2 + (x >> 6) & 3, partition: x & 0x3f)
        }
    }

    /// The name the backend's `dev` key carries: `xvda`, `xvdb1`, `sda`; IDE disks are named
    /// `xvd*` too (`Device_number.to_linux_device`).
    public var linuxDevice: String {
        let prefix = switch bus {
        case .xen, .ide: "xvd"
        case .scsi: "sd"
        case .floppy: "fd"
        }
        return prefix + Self.base26(disk) + (partition == 0 ? "" : String(partition))
    }

    /// `a`…`z`, `aa`…: 0 → a, 25 → z, 26 → aa.
    static func base26(_ n: Int) -> String {
        let high = n / 26 - 1
        let low = Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(n % 26)))
        return (high >= 0 ? base26(high) : "") + String(low)
    }

    /// Parses `xvda`, `xvdb3`, `hda1`, `sdb3`, `fda`, `d0p0`/`d5`, or a bare disk number
    /// (`Device_number.of_string`).
    public init?(_ name: String, hvm: Bool = false) {
        if let n = Int(name) {
            self.init(userdevice: n, hvm: hvm)
            return
        }
        func letters(_ s: Substring) -> (Int, Substring)? {
            let l = s.prefix { $0 >= "a" && $0 <= "z" }
            guard !l.isEmpty else { return nil }
            let value = l.utf8.reduce(0) { $0 * 26 + Int($1 - UInt8(ascii: "a")) + 1 } - 1
            return (value, s.dropFirst(l.count))
        }
        func number(_ s: Substring) -> Int? { s.isEmpty ? 0 : (s.allSatisfy(\.isNumber) ? Int(s) : nil) }
        let table: [(String, Bus)] = [("xvd", .xen), ("sd", .scsi), ("fd", .floppy), ("hd", .ide)]
        for (prefix, bus) in table where name.hasPrefix(prefix) {
            guard let (disk, rest) = letters(name.dropFirst(prefix.count)), let part = number(rest) else { return nil }
            self.init(bus: bus, disk: disk, partition: part)
            return
        }
        if name.hasPrefix("d") {
            let rest = name.dropFirst()
            let pieces = rest.split(separator: "p", omittingEmptySubsequences: false)
            guard pieces.count <= 2, let disk = pieces.first.flatMap({ Int($0) }),
                  pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
            self.init(bus: .xen, disk: disk, partition: pieces.count == 2 ? Int(pieces[1])! : 0)
            return
        }
        return nil
    }

    public var description: String { "\(bus.rawValue)(\(disk), \(partition))" }
}
