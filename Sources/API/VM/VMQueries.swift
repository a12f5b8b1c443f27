// The VM questions: can it boot here, where can it run, which device slots are free, what did
// it boot with; and pool_migrate, which on a one-host pool can only move the VM onto this host.
import Database
import Datamodel
import Glibc
import Hypervisor
import Wire

extension VMService {
    /// assert_can_boot_here: the host is live and enabled, has the VM's SRs attached, its
    /// networks, and the memory.
    func assertCanBootHere(_ ref: Ref<VMRecord>, host: Ref<HostRecord>) throws {
        let vm = try record(ref)
        let hostRecord = try record(host)
        if !hostRecord.enabled { throw XenAPIError("HOST_DISABLED", [host.raw]) }
        try assertSRsAttached(ref, vm)
        try store.read { db in
            for vif in vm.vifs.compactMap({ db.get($0) }) {
                guard let network = db.get(vif.network) else { continue }
                // A network without PIFs is internal: every host has it.
                let here = network.pifs.isEmpty || network.pifs.contains { db.get($0)?.host == host }
                if !here { throw XenAPIError("HOST_CANNOT_ATTACH_NETWORK", [host.raw, vif.network.raw]) }
            }
        }
        if vm.powerState == .halted || vm.powerState == .suspended, let hv = environment.hypervisor {
            try assertEnoughMemory(vm, hv)
        }
    }

    func possibleHosts(_ ref: Ref<VMRecord>) throws -> [Ref<HostRecord>] {
        _ = try record(ref)
        let host = self.host
        return (try? assertCanBootHere(ref, host: host)) == nil ? [] : [host]
    }

    /// The userdevice slots still free: 0–3 on an HVM guest's emulated IDE, 0–15 otherwise.
    func allowedVBDDevices(_ ref: Ref<VMRecord>) throws -> [String] {
        let (vm, used) = try store.read { db -> (VMRecord, Set<Int>) in
            let vm = try db.require(ref)
            return (vm, Set(vm.vbds.compactMap { db.get($0)?.position(hvm: vm.bootsHVM) }))
        }
        let all = vm.bootsHVM ? 0...3 : 0...15
        return all.filter { !used.contains($0) }.map(String.init)
    }

    /// VIF devices 0–6 not taken.
    func allowedVIFDevices(_ ref: Ref<VMRecord>) throws -> [String] {
        let used = try store.read { db in
            Set(try db.require(ref).vifs.compactMap { db.get($0)?.device })
        }
        return (0...6).map(String.init).filter { !used.contains($0) }
    }

    /// pool_migrate within this one-host pool: a localhost migration (the domain saved and
    /// restored), as xapi does for `host` = this host.
    func poolMigrate(_ ref: Ref<VMRecord>, to host: Ref<HostRecord>, task: TaskHandle?) throws {
        let hv = try hypervisor("VM.pool_migrate")
        _ = try record(host)
        guard host == self.host else { throw XenAPIError("HOST_OFFLINE", [host.raw]) }
        try operations.run(vmPolicy, ref, .poolMigrate, task: task?.ref) {
            try saveAndRestore(ref, hv: hv) { _, _ in task?.setProgress(0.5) }
        }
    }

    /// Saves the running domain to a file, runs `between` on the image, and restores the VM from
    /// it (it runs again, with a new domid). A VM that cannot be restored is left Halted.
    func saveAndRestore(_ ref: Ref<VMRecord>, hv: HypervisorStack, between: (VMRecord, String) throws -> Void) throws {
        let vm = try record(ref)
        let domid = try domid(of: vm, ref: ref)
        let path = temporaryImagePath(vm)
        defer { unlink(path) }
        do {
            try hv.domains.suspend(domid, to: path)
        } catch {
            throw HypervisorErrors.map(error, vm: ref.raw)
        }
        detach(attachedVDIs(of: vm))  // attached again for the restore
        var failure: (any Error)?
        do { try between(vm, path) } catch { failure = error }
        do {
            let prepared = try prepare(ref)
            try launch(ref, prepared, paused: false, hv: hv) { try hv.domains.resume(prepared.description, from: path) }
        } catch {
            try? store.write { tx in try tx.recordHalted(ref) }
            throw failure ?? error
        }
        if let failure { throw failure }
    }
}
