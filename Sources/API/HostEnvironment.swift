// What the API needs of the machine it runs on: where its data lives and the hypervisor stack the
// VM and device handlers drive. Tests pass a simulated stack and a temporary directory.
import Hypervisor

public struct HostEnvironment: Sendable {
    /// The daemon's data directory (SRs, suspend images and the like live under it).
    public let dataDirectory: String
    /// The domain and device layer over real or simulated Xen; nil in tests that need no VMs
    /// (VM operations then answer NOT_IMPLEMENTED rather than pretending).
    public let hypervisor: HypervisorStack?

    public init(dataDirectory: String, hypervisor: HypervisorStack?) {
        self.dataDirectory = dataDirectory
        self.hypervisor = hypervisor
    }
}
