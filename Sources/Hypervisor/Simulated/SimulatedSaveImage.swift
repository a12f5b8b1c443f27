// The simulated hypervisor's suspend image: what `xc_domain_save` would stream for a domain, as
// `key=value` lines between a signature and an end marker: the guest type, vCPUs, page counts
// (the memory size), the loaded image, CPU time, the PV-driver callback and the guest's own
// state. Memory contents are not simulated. Read back byte by byte so that whatever the caller
// framed after the image stays unread, as libxc leaves the rest of the stream.
import Glibc

struct SimulatedSaveImage: Sendable, Hashable {
    static let signature = "XenSimulatedSave-1"
    static let end = "End-of-image"

    var hvm: Bool
    var handle: String
    var vcpus: Int
    var onlineVCPUs: Set<Int>
    var maxPages: UInt64
    var totalPages: UInt64
    var image: DomainBuildRequest.Image
    var cpuTimeNanoseconds: UInt64
    var hvmParams: [UInt32: UInt64]
    var guestMemory: [String: String]

    init(domain d: SimulatedDomain) {
        hvm = d.isHVM
        handle = uuidText(d.handle)
        vcpus = d.vcpus
        onlineVCPUs = d.onlineVCPUs
        maxPages = d.maxPages
        totalPages = d.totalPages
        image = d.image ?? .pv(kernel: "", ramdisk: nil, cmdline: "")
        cpuTimeNanoseconds = d.cpuTime()
        hvmParams = d.hvmParams
        guestMemory = d.guestMemory
    }

    var lines: [String] {
        var out = [Self.signature, "hvm=\(hvm ? 1 : 0)", "handle=\(handle)", "vcpus=\(vcpus)",
                   "online-vcpus=\(onlineVCPUs.sorted().map(String.init).joined(separator: ","))",
                   "max-pages=\(maxPages)", "tot-pages=\(totalPages)", "memory-bytes=\(totalPages * 4096)",
                   "cpu-time=\(cpuTimeNanoseconds)"]
        switch image {
        case .pv(let k, let r, let c): out += ["image=pv", "kernel=\(k)", "ramdisk=\(r ?? "")", "cmdline=\(c)"]
        case .pvh(let k, let r, let c): out += ["image=pvh", "kernel=\(k)", "ramdisk=\(r ?? "")", "cmdline=\(c)"]
        case .hvm(let f): out += ["image=hvm", "firmware=\(f)"]
        }
        out += hvmParams.sorted { $0.key < $1.key }.map { "hvm-param-\($0.key)=\($0.value)" }
        out += guestMemory.sorted { $0.key < $1.key }.map { "guest-\($0.key)=\($0.value)" }
        out.append(Self.end)
        return out.map(Self.escape)
    }

    /// Newlines and backslashes in values are escaped so that one line is one field.
    private static func escape(_ s: String) -> String {
        s.replacingOccurrences("\\", "\\\\").replacingOccurrences("\n", "\\n")
    }

    private static func unescape(_ s: String) -> String {
        var out = ""
        var escaping = false
        for c in s {
            if escaping {
                out.append(c == "n" ? "\n" : c)
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    func write(to fd: Int32) throws {
        let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        try FileDescriptorIO.writeAll(fd, bytes, call: "xc_domain_save")
    }

    static func read(from fd: Int32) throws -> SimulatedSaveImage {
        func bad(_ why: String) -> XenError { XenError(call: "xc_domain_restore", errno: EINVAL, detail: why) }
        guard try FileDescriptorIO.readLine(fd, call: "xc_domain_restore") == signature else {
            throw bad("not a simulated suspend image")
        }
        var fields: [String: String] = [:]
        while true {
            guard let line = try FileDescriptorIO.readLine(fd, call: "xc_domain_restore") else {
                throw bad("truncated image")
            }
            if line == end { break }
            guard let eq = line.firstIndex(of: "=") else { throw bad("bad line \(line)") }
            fields[String(line[..<eq])] = unescape(String(line[line.index(after: eq)...]))
        }
        func number(_ key: String) throws -> UInt64 {
            guard let v = fields[key].flatMap({ UInt64($0) }) else { throw bad("missing \(key)") }
            return v
        }
        let image: DomainBuildRequest.Image
        switch fields["image"] {
        case "pv": image = .pv(kernel: fields["kernel"] ?? "", ramdisk: fields["ramdisk"].flatMap { $0.isEmpty ? nil : $0 },
                               cmdline: fields["cmdline"] ?? "")
        case "pvh": image = .pvh(kernel: fields["kernel"] ?? "", ramdisk: fields["ramdisk"].flatMap { $0.isEmpty ? nil : $0 },
                                 cmdline: fields["cmdline"] ?? "")
        case "hvm": image = .hvm(firmware: fields["firmware"] ?? "")
        default: throw bad("missing image")
        }
        var result = SimulatedSaveImage(
            hvm: try number("hvm") == 1, handle: fields["handle"] ?? "", vcpus: Int(try number("vcpus")),
            onlineVCPUs: Set((fields["online-vcpus"] ?? "").split(separator: ",").compactMap { Int($0) }),
            maxPages: try number("max-pages"), totalPages: try number("tot-pages"), image: image,
            cpuTimeNanoseconds: try number("cpu-time"), hvmParams: [:], guestMemory: [:])
        for (k, v) in fields {
            if k.hasPrefix("hvm-param-"), let i = UInt32(k.dropFirst(10)), let n = UInt64(v) { result.hvmParams[i] = n }
            if k.hasPrefix("guest-") { result.guestMemory[String(k.dropFirst(6))] = v }
        }
        return result
    }

    private init(hvm: Bool, handle: String, vcpus: Int, onlineVCPUs: Set<Int>, maxPages: UInt64, totalPages: UInt64,
                 image: DomainBuildRequest.Image, cpuTimeNanoseconds: UInt64, hvmParams: [UInt32: UInt64],
                 guestMemory: [String: String]) {
        self.hvm = hvm
        self.handle = handle
        self.vcpus = vcpus
        self.onlineVCPUs = onlineVCPUs
        self.maxPages = maxPages
        self.totalPages = totalPages
        self.image = image
        self.cpuTimeNanoseconds = cpuTimeNanoseconds
        self.hvmParams = hvmParams
        self.guestMemory = guestMemory
    }
}

/// Whole-buffer writes and line reads on a file descriptor, retrying EINTR and short writes.
enum FileDescriptorIO {
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], call: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw XenError(call: call, errno: errno, detail: "write fd \(fd)")
            }
            offset += n
        }
    }

    /// One line without its newline; nil at end of file before any byte.
    static func readLine(_ fd: Int32, call: String) throws -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let n = Glibc.read(fd, &byte, 1)
            if n < 0 {
                if errno == EINTR { continue }
                throw XenError(call: call, errno: errno, detail: "read fd \(fd)")
            }
            if n == 0 { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation in this module).
    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}
