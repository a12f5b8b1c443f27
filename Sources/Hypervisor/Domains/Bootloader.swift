// Finding a PV guest's kernel on its boot disk (VM.PV_bootloader = pygrub): xenopsd's
// `Bootloader.extract` runs the bootloader in dom0 before the build and boots what it prints.
import Glibc

public struct BootloaderResult: Sendable, Hashable {
    public var kernel: String
    public var ramdisk: String?
    public var args: String

    public init(kernel: String, ramdisk: String?, args: String) {
        self.kernel = kernel
        self.ramdisk = ramdisk
        self.args = args
    }
}

public protocol Bootloader: Sendable {
    /// The kernel, ramdisk and command line `bootloader` finds on `disk` (a dom0 path).
    func extract(bootloader: String, arguments: String, legacyArguments: String, disk: String,
                 vmUUID: String) throws -> BootloaderResult
}

/// Runs Xen's pygrub (`--output-format=simple0`: `kernel <path>\0ramdisk <path>\0args <text>\0`),
/// which copies the files into `outputDirectory`.
public struct PygrubBootloader: Bootloader {
    public var path: String
    public var outputDirectory: String

    public init(path: String = "/usr/lib/xen-4.17/bin/pygrub", outputDirectory: String = "/var/run/xen/pygrub") {
        self.path = path
        self.outputDirectory = outputDirectory
    }

    public func extract(bootloader: String, arguments: String, legacyArguments: String, disk: String,
                        vmUUID: String) throws -> BootloaderResult {
        guard bootloader == "pygrub" else { throw HypervisorError.bootloaderFailed("unknown bootloader \(bootloader)") }
        mkdir(outputDirectory, 0o700)
        var argv = ["--output-format=simple0", "--output-directory=\(outputDirectory)"]
        argv += arguments.split(separator: " ").map(String.init)
        if !legacyArguments.isEmpty { argv.append("--args=\(legacyArguments)") }
        argv.append(disk)
        let (status, output) = try ChildProcess.runCapturing(path, argv, environment: ["PATH=/usr/sbin:/usr/bin:/sbin:/bin"])
        guard status == 0 else { throw HypervisorError.bootloaderFailed("\(path) exited with \(status)") }
        var fields: [String: String] = [:]
        for record in output.split(separator: 0) {
            let text = String(decoding: record, as: UTF8.self)
            guard let space = text.firstIndex(of: " ") else { continue }
            fields[String(text[..<space])] = String(text[text.index(after: space)...])
        }
        guard let kernel = fields["kernel"] else { throw HypervisorError.bootloaderFailed("no kernel in pygrub's output") }
        return BootloaderResult(kernel: kernel, ramdisk: fields["ramdisk"], args: fields["args"] ?? "")
    }
}
