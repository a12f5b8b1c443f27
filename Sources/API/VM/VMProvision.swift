// VM.provision (xapi_templates.ml): the disks a template's other_config["disks"] describes are
// created, each a VDI with a read-write VBD, in the SR the entry names or, when it names none,
// the pool's default SR; then the template becomes a VM.
import Database
import Datamodel
import Wire

/// One `<disk .../>` of `<provision>`.
struct ProvisionDisk: Equatable {
    var device: String
    var size: Int64
    var sr: String
    var bootable: Bool
    var type: String

    /// Parses the provision XML (attributes in any order, either quote).
    static func parse(_ xml: String) throws -> [ProvisionDisk] {
        var disks: [ProvisionDisk] = []
        var rest = Substring(xml)
        while let open = rest.range(of: "<disk") {
            guard let close = rest[open.upperBound...].range(of: ">") else { break }
            let attributes = attributesOf(rest[open.upperBound..<close.lowerBound])
            guard let device = attributes["device"], let size = attributes["size"].flatMap(Int64.init) else {
                throw XenAPIError.internalError("Template provisioning: bad disk entry \(rest[open.lowerBound..<close.upperBound])")
            }
            disks.append(ProvisionDisk(device: device, size: size, sr: attributes["sr"] ?? "",
                                       bootable: attributes["bootable"] == "true", type: attributes["type"] ?? "system"))
            rest = rest[close.upperBound...]
        }
        return disks
    }

    private static func attributesOf(_ text: Substring) -> [String: String] {
        var out: [String: String] = [:]
        var rest = text
        while let eq = rest.firstIndex(of: "=") {
            let name = rest[..<eq].trimmingCharacters(in: .whitespaces).split(separator: " ").last.map(String.init) ?? ""
            var value = rest[rest.index(after: eq)...].drop { $0 == " " }
            guard let quote = value.first, quote == "\"" || quote == "'" else { break }
            value = value.dropFirst()
            guard let end = value.firstIndex(of: quote) else { break }
            out[name] = String(value[..<end])
            rest = value[value.index(after: end)...]
        }
        return out
    }
}

extension VMService {
    func provision(_ ref: Ref<VMRecord>, task: TaskHandle?) throws {
        try operations.run(vmPolicy, ref, .provision, task: task?.ref) {
            let vm = try record(ref)
            let disks = try ProvisionDisk.parse(vm.otherConfig["disks"] ?? "")
            var created: [Ref<VDIRecord>] = []
            var vbds: [VBDRecord] = []
            do {
                for (i, disk) in disks.enumerated() {
                    try task?.checkCancelled()
                    var vdi = VDIRecord()
                    vdi.nameLabel = disk.device
                    vdi.nameDescription = "Created by template provisioner"
                    vdi.sr = try provisionSR(disk.sr)
                    vdi.virtualSize = disk.size
                    vdi.type = VDIType(rawValue: disk.type) ?? .system
                    vdi.smConfig = ["vmhint": vm.uuid]
                    let vdiRef = try storage.createVDI(vdi, task: task)
                    created.append(vdiRef)
                    var vbd = VBDRecord()
                    vbd.vdi = vdiRef
                    vbd.userdevice = disk.device
                    vbd.bootable = disk.bootable
                    vbd.mode = .rw
                    vbd.type = .disk
                    vbd.unpluggable = disk.type != "system"
                    vbd.otherConfig = ["owner": ""]
                    vbds.append(vbd)
                    task?.setProgress(Double(i + 1) / Double(disks.count + 1))
                }
                try store.write { tx in
                    for vbd in vbds { try tx.insertVBD(vbd, vm: ref) }
                    try tx.update(ref) { vm in
                        vm.otherConfig["disks"] = nil
                        vm.otherConfig["postinstall"] = nil
                        vm.isATemplate = false
                    }
                }
            } catch {
                for vdi in created { try? storage.destroyVDI(vdi, task: nil) }
                throw error
            }
        }
    }

    /// The SR a provision entry names by UUID, or the pool's default SR when it names none.
    private func provisionSR(_ uuid: String) throws -> Ref<SRRecord> {
        try store.read { db in
            if !uuid.isEmpty {
                guard let raw = db.ref(class: SRRecord.className, uuid: uuid) else {
                    throw XenAPIError.uuidInvalid(class: SRRecord.className, uuid: uuid)
                }
                return Ref(raw)
            }
            let sr = db.all(PoolRecord.self).first?.1.defaultSR ?? .null
            guard db.get(sr) != nil else { throw XenAPIError.uuidInvalid(class: SRRecord.className, uuid: uuid) }
            return sr
        }
    }
}
