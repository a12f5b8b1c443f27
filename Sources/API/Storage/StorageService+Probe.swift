// SR.probe and SR.probe_ext (xapi_sr.ml call_probe, sm.ml sr_probe). A type whose SM lacks the
// SR_PROBE capability is refused as sm.ml refuses it; the VHD types report the SRs stored at the
// PBD's location (an `ext` SR without one: every SR under the data directory) in the SMAPIv1
// document EXTSR's probe returns (lvutil.srlist_toxml): UUID, Devlist and size per SR. probe_ext
// needs an SMAPIv3 answer; for SMAPIv1 types like ours xapi answers SR_OPERATION_NOT_SUPPORTED.
import Datamodel
import Foundation
import Storage
import Wire

extension StorageService {
    func probeSR(host: Ref<HostRecord>, deviceConfig: [String: String], type: String) throws -> String {
        guard store.read({ $0.get(host) }) != nil else { throw XenAPIError.handleInvalid(class: "host", ref: host.raw) }
        let type = type.lowercased()
        guard let driver = SRDrivers.driver(for: type) else { throw XenAPIError("SR_UNKNOWN_DRIVER", [type]) }
        guard SMFeatures.of(type: type).contains("SR_PROBE") else {
            throw XenAPIError("SR_BACKEND_FAILURE", ["Operation 'sr_probe' not supported by this SR type", "", ""])
        }
        let named = ["location", "path"].contains { !(deviceConfig[$0] ?? "").isEmpty }
        let nested = type == "ext" && !named
        let root = nested ? dataDirectory + "/sr"
            : try SRContext.root(type: type, uuid: "", deviceConfig: deviceConfig, dataDirectory: dataDirectory)
        do {
            return Self.probeDocument(try driver.probe(root: root, nested: nested))
        } catch let error as StorageError {
            throw XenAPIError("SR_BACKEND_FAILURE", ["SRUnavailable", "", error.description])
        }
    }

    func probeSRExt(host: Ref<HostRecord>, deviceConfig: [String: String], type: String) throws -> Value {
        _ = try probeSR(host: host, deviceConfig: deviceConfig, type: type)
        throw XenAPIError("SR_OPERATION_NOT_SUPPORTED", [])
    }

    /// The document as Python's minidom prints it (tab-indented), as the SM scripts return it.
    static func probeDocument(_ found: [SRProbeResult]) -> String {
        var xml = "<?xml version=\"1.0\" ?>\n"
        guard !found.isEmpty else { return xml + "<SRlist/>\n" }
        xml += "<SRlist>\n"
        for sr in found {
            xml += "\t<SR>\n"
            xml += "\t\t<UUID>\(escaped(sr.uuid))</UUID>\n"
            xml += "\t\t<Devlist>\(escaped(sr.location))</Devlist>\n"
            xml += "\t\t<size>\(sr.physicalSize)</size>\n"
            xml += "\t</SR>\n"
        }
        return xml + "</SRlist>\n"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
