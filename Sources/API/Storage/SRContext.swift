// An SR as the storage service works on it: its record, its driver and the directory it lives
// in, with the driver's errors turned into XenAPI errors (what xapi's SM wrappers do).
import Datamodel
import Storage
import Wire

struct SRContext {
    let ref: Ref<SRRecord>
    let record: SRRecord
    let driver: any SRDriver
    let root: String

    /// Runs a driver call; StorageErrors become XenAPI errors. `task` names a cancelled task.
    func call<T>(_ task: TaskHandle? = nil, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StorageError {
            throw xenAPIError(error, task: task)
        }
    }

    func xenAPIError(_ error: StorageError, task: TaskHandle?) -> XenAPIError {
        switch error.code {
        case .cancelled: return XenAPIError("TASK_CANCELLED", [task?.ref ?? ""])
        case .noSpace: return XenAPIError("SR_FULL", ["", ""])
        case .unsupported: return XenAPIError("SR_OPERATION_NOT_SUPPORTED", [ref.raw])
        case .notFound: return XenAPIError("VDI_MISSING", [ref.raw, error.path ?? ""])
        default: return XenAPIError("SR_BACKEND_FAILURE", [error.code.rawValue, "", error.description])
        }
    }

    /// Where an SR's storage is: the PBD's `location` (or legacy `path`) when it is a local path;
    /// an `ext` SR without one lives under the data directory (we do not format devices).
    static func root(type: String, uuid: String, deviceConfig: [String: String], dataDirectory: String) throws
        -> String
    {
        for key in ["location", "path"] {
            guard let value = deviceConfig[key], !value.isEmpty else { continue }
            guard value.hasPrefix("/") else {
                throw XenAPIError("SR_BACKEND_FAILURE", ["ConfigLocationInvalid", "",
                                                         "only local paths are supported: \(value)"])
            }
            return value
        }
        if type == "ext" { return dataDirectory + "/sr/" + uuid }
        throw XenAPIError("SR_BACKEND_FAILURE", ["ConfigLocationMissing", "", "device_config has no location"])
    }
}
