// One logical CPU as dom0's /proc/cpuinfo describes it; both backends read it there (under Xen,
// dom0's kernel shows the physical CPUs' identity). Feeds host_cpu records and host.cpu_info.

public struct CPUInfo: Sendable, Hashable {
    /// The `processor` index.
    public var number: Int
    /// `vendor_id`: `GenuineIntel`, `AuthenticAMD`.
    public var vendor: String
    public var modelName: String
    public var family: Int
    public var model: Int
    public var stepping: Int
    public var speedMHz: Double
    public var flags: [String]
    /// `physical id`, when the kernel reports it.
    public var physicalID: Int?

    public init(number: Int, vendor: String, modelName: String, family: Int, model: Int, stepping: Int,
                speedMHz: Double, flags: [String], physicalID: Int? = nil) {
        self.number = number
        self.vendor = vendor
        self.modelName = modelName
        self.family = family
        self.model = model
        self.stepping = stepping
        self.speedMHz = speedMHz
        self.flags = flags
        self.physicalID = physicalID
    }

    /// Parses /proc/cpuinfo text: one block per processor, `key<TAB>: value` lines.
    public static func parse(procCPUInfo text: String) -> [CPUInfo] {
        var result: [CPUInfo] = []
        var fields: [String: String] = [:]
        func flush() {
            guard let n = fields["processor"].flatMap({ Int($0) }) else { fields = [:]; return }
            result.append(CPUInfo(
                number: n,
                vendor: fields["vendor_id"] ?? "",
                modelName: fields["model name"] ?? "",
                family: fields["cpu family"].flatMap { Int($0) } ?? 0,
                model: fields["model"].flatMap { Int($0) } ?? 0,
                stepping: fields["stepping"].flatMap { Int($0) } ?? 0,
                speedMHz: fields["cpu MHz"].flatMap { Double($0) } ?? 0,
                flags: (fields["flags"] ?? "").split(separator: " ").map(String.init),
                physicalID: fields["physical id"].flatMap { Int($0) }))
            fields = [:]
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { flush(); continue }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: " \t")
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " \t")
            fields[key] = value
        }
        flush()
        return result
    }
}

extension Substring {
    /// Drops leading and trailing characters from `set`.
    func trimmingCharacters(in set: String) -> String {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
