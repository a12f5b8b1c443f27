// The XenAPI errors xapi gives for failures of the domain and device layer
// (DomainLayerGuide.swift has the table).
import Datamodel
import Glibc
import Hypervisor
import Wire

enum HypervisorErrors {
    /// `error` as the XenAPIError a client sees. `vm` names the VM, `device` the VBD or VIF
    /// (class, ref) for device errors, `memory` the (needed, available) figures for ENOMEM.
    static func map(_ error: any Error, vm: String, device: (String, String)? = nil,
                    memory: (() -> (Int64, Int64))? = nil) -> any Error {
        if error is XenAPIError { return error }
        if let e = error as? XenError {
            if e.errno == ENOMEM {
                let (needed, available) = memory?() ?? (0, 0)
                return XenAPIError("HOST_NOT_ENOUGH_FREE_MEMORY", [String(needed), String(available)])
            }
            return XenAPIError.internalError(e.description)
        }
        guard let e = error as? HypervisorError else { return XenAPIError.internalError(String(describing: error)) }
        let (cls, ref) = device ?? ("VM", vm)
        switch e {
        case .shutdownNotAcknowledged: return XenAPIError("VM_FAILED_SHUTDOWN_ACKNOWLEDGMENT", [vm])
        case .shutdownTimeout: return XenAPIError("VM_SHUTDOWN_TIMEOUT", [vm, "1200."])
        case .deviceTimeout(_, let what):
            return XenAPIError(what.contains("unplug") || what.contains("Closed") ? "DEVICE_DETACH_TIMEOUT" : "DEVICE_ATTACH_TIMEOUT",
                               [cls, ref])
        case .deviceRefused(_, let why): return XenAPIError("DEVICE_DETACH_REJECTED", [cls, ref, why])
        case .deviceAlreadyConnected: return XenAPIError("DEVICE_ALREADY_ATTACHED", [ref])
        case .deviceNotFound: return XenAPIError("DEVICE_NOT_ATTACHED", [ref])
        case .bootloaderFailed(let why): return XenAPIError("BOOTLOADER_FAILED", [vm, why])
        case .noSuchDomain, .domainNotBuilt: return XenAPIError("VM_BAD_POWER_STATE", [vm, "running", "halted"])
        default: return XenAPIError.internalError(e.description)
        }
    }
}
