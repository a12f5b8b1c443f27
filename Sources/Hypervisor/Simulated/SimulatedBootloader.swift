// The simulated machine's pygrub: every boot disk holds a Debian kernel. Returns the paths a
// real pygrub would have copied out, so the build records them like any other kernel.

public struct SimulatedBootloader: Bootloader {
    public init() {}

    public func extract(bootloader: String, arguments: String, legacyArguments: String, disk: String,
                        vmUUID: String) throws -> BootloaderResult {
        guard bootloader == "pygrub" || bootloader == "eliloader" else {
            throw HypervisorError.bootloaderFailed("unknown bootloader \(bootloader)")
        }
        guard !disk.isEmpty else { throw HypervisorError.bootloaderFailed("no bootable disk") }
        return BootloaderResult(kernel: "/var/run/xen/pygrub/boot_kernel.\(vmUUID)",
                                ramdisk: "/var/run/xen/pygrub/boot_ramdisk.\(vmUUID)",
                                args: ["root=/dev/xvda1 ro quiet", legacyArguments].filter { !$0.isEmpty }.joined(separator: " "))
    }
}
