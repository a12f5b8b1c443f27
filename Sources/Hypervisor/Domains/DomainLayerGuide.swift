// How the API layer drives VMs through this module (no code here; a map of the public API).
//
// Set-up, once at start:
//     let stack = try openHypervisorStack(.auto)          // or makeSimulatedStack(SimulatedXen())
//     let domains = stack.domains                          // DomainManager
//     try domains.startMonitoring { event in ... }         // DomainEvent on the monitor's thread
//
// VM.start / start_on (start_paused): build a VMDescription from the VM record (memory in bytes,
// VCPUs, PV kernel/bootloader or HVM boot order, platform, xenstore_data, and one DiskDevice per
// attached VBD — params from the storage attach — and one NetworkDevice per VIF), then
//     let domid = try domains.start(vm, paused: startPaused)
// VM.pause/unpause: `pause(domid)`, `unpause(domid)`.
// VM.clean_shutdown / clean_reboot: `cleanShutdown(domid, .poweroff | .reboot)` returns the code the
// domain ended with; then `destroy(domid)` (and for a reboot, `start(vm)` again).
// VM.hard_shutdown / hard_reboot: `hardShutdown(domid)` then `destroy(domid)` (then `start`).
// VM.suspend: `suspend(domid, to: path)` → SuspendResult (memoryBytes for suspend_memory_bytes); the
// domain is destroyed. VM.resume: `resume(vm, from: path, paused:)` → new domid.
// Live changes: `setMemoryTarget`, `setMemoryDynamicRange`, `setVCPUs(domid, count:)`,
// `setXenstoreData`, `setShadowMultiplier` (HVM; `shadowMiB` is xenopsd's size),
// `setSchedulerCredit(weight:cap:)`, `sendSysrq(domid, key:)`, `sendTrigger(domid, .nmi | .power ...)`. Reading: `status(domid)` / `domains()` (DomainStatus: power state, memory,
// vCPUs, CPU time), `domid(ofVM:)`, `guestAgent(domid)` (GuestAgentReport: the maps of
// VM_guest_metrics with xapi's keys, PV drivers detected, vm-data).
// Devices (`domains.devices`, a DeviceManager): `plug(disk, into: domid, waitForGuest: true)`,
// `plug(nic, ...)`, `unplug(id, force:)`, `insertMedia`/`ejectMedia`/`isMediaEjected`,
// `setCarrier`, `devices(of:)`, `state(id)`; `diskID(userdevice:domid:)` maps VBD.userdevice to a
// DeviceID. VBD.device is `DeviceNumber(userdevice:hvm:).linuxDevice`.
//
// Events: DomainEvent.kind `.shutdown(reason)` or `.vanished`; `expected` is true when this
// manager caused it. For the others the API applies actions_after_shutdown (poweroff),
// actions_after_reboot (reboot, watchdog), actions_after_crash (crash): destroy, restart
// (destroy + start), preserve or rename_restart; a suspend it did not ask for counts as a
// shutdown (xenopsd's table, xen-backend.md §1.7).
//
// Errors and the XenAPI codes xapi gives for them:
//     XenError errno ENOMEM (xc_domain_claim_pages/build)  → HOST_NOT_ENOUGH_FREE_MEMORY
//     HypervisorError.shutdownNotAcknowledged             → VM_FAILED_SHUTDOWN_ACKNOWLEDGMENT
//     HypervisorError.shutdownTimeout                     → VM_SHUTDOWN_TIMEOUT (VM_SUSPEND_TIMEOUT)
//     HypervisorError.deviceTimeout (plug / unplug)       → DEVICE_ATTACH_TIMEOUT / DEVICE_DETACH_TIMEOUT
//     HypervisorError.deviceRefused                       → DEVICE_DETACH_REJECTED
//     HypervisorError.deviceAlreadyConnected              → DEVICE_ALREADY_ATTACHED
//     HypervisorError.deviceNotFound                      → DEVICE_NOT_ATTACHED
//     HypervisorError.bootloaderFailed                    → BOOTLOADER_FAILED (UNKNOWN_BOOTLOADER)
//     HypervisorError.noSuchDomain / domainNotBuilt       → VM_BAD_POWER_STATE (the record is stale)
//     HypervisorError.invalidConfiguration (shadow on PV) → ignored by set_shadow_multiplier_live
//     XenError errno ENOMEM (xc_shadow_control)           → HOST_NOT_ENOUGH_FREE_MEMORY
//     anything else                                       → INTERNAL_ERROR with the description
//
// Tests and the simulated host: `stack.simulation` (SimulatedXen) sets guest behaviour per VM
// (`setGuestProfile(_:forVM:)`, e.g. `.noPVDrivers`), makes a guest crash/reboot/halt
// (`triggerGuest`), and records every hypervisor call (`calls()`, `callNames(domid:)`); profiles
// set the balloon's speed (`balloonRate`, `slow-balloon`); `sysrqKeysHandled`, `nmiCount` show
// what a guest received.
