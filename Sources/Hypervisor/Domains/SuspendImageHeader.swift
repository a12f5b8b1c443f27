// The framing of a suspend image file, after xenopsd's (doc/content/xenopsd/design/
// suspend-image-framing-format.md): a signature line, a record describing the VM (its UUID,
// domain type and memory size, the "Xenops" record), the hypervisor's own memory stream written
// by xc_domain_save (the "Libxc" record), and an end marker.
import Glibc

struct SuspendImageHeader: Sendable, Hashable {
    static let signature = "XenSavedDomain-swift-1"
    static let libxc = "Libxc"
    static let end = "End_of_image"

    var uuid: String
    var domainType: String
    var memoryBytes: Int64
    var vcpus: Int

    /// Everything up to and including the line announcing the libxc stream.
    func write(to fd: Int32) throws {
        let text = [Self.signature, "uuid=\(uuid)", "domain-type=\(domainType)", "memory-bytes=\(memoryBytes)",
                    "vcpus=\(vcpus)", Self.libxc].joined(separator: "\n") + "\n"
        try FileDescriptorIO.writeAll(fd, Array(text.utf8), call: "write suspend image")
    }

    static func writeEnd(to fd: Int32) throws {
        try FileDescriptorIO.writeAll(fd, Array((end + "\n").utf8), call: "write suspend image")
    }

    static func read(from fd: Int32) throws -> SuspendImageHeader {
        func line() throws -> String? { try FileDescriptorIO.readLine(fd, call: "read suspend image") }
        guard try line() == signature else { throw HypervisorError.suspendImage("not a suspend image") }
        var fields: [String: String] = [:]
        while let l = try line(), l != libxc {
            guard let eq = l.firstIndex(of: "=") else { throw HypervisorError.suspendImage("bad header line \(l)") }
            fields[String(l[..<eq])] = String(l[l.index(after: eq)...])
        }
        guard let uuid = fields["uuid"], let type = fields["domain-type"],
              let memory = fields["memory-bytes"].flatMap({ Int64($0) }), let vcpus = fields["vcpus"].flatMap({ Int($0) })
        else { throw HypervisorError.suspendImage("incomplete header") }
        return SuspendImageHeader(uuid: uuid, domainType: type, memoryBytes: memory, vcpus: vcpus)
    }

    static func readEnd(from fd: Int32) throws {
        guard try FileDescriptorIO.readLine(fd, call: "read suspend image") == end else {
            throw HypervisorError.suspendImage("truncated image (no \(end))")
        }
    }
}

/// What a suspend wrote.
public struct SuspendResult: Sendable, Hashable {
    public var path: String
    /// The domain's memory when it suspended (xenopsd's `suspend_memory_bytes`): a resume
    /// needs this much free.
    public var memoryBytes: Int64
    /// The image file's size.
    public var fileBytes: Int64
}
