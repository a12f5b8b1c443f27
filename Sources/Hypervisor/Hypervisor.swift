// Hypervisor module: everything below the API that touches Xen.
//
// - The seam, shaped like the C libraries (notes/xen-backend.md §4, §7): XenControl
//   (libxenctrl + libxenguest: physinfo, domain create/build/pause/shutdown/destroy, claims,
//   save/restore) and XenStore (libxenstore: read/write/mkdir/rm/directory, permissions,
//   transactions, watches, introduce/release). Value types: DomainConfig.swift, DomainInfo,
//   PhysInfo, XenStorePermissions.
// - Real/: LibXenCtrl and LibXenStore, the only files importing CXenCtrl/CXenStore. The
//   libxenguest calls (build, save, restore, resume) throw ENOSYS there for now (see
//   LibXenCtrl.swift).
// - Simulated/: SimulatedXen (a domain table with memory and vCPU accounting, a call trace) with
//   its SimulatedXenstored, and the machine's other actors, which act through xenstore only:
//   SimulatedBackends (blkback/netback and the hotplug scripts) and SimulatedGuests (each guest's
//   kernel, PV drivers and agent, shaped by a SimulatedGuestProfile).
// - Devices/: DeviceManager (VBD/VIF plug, clean and forced unplug, CD media) and xapi's
//   DeviceNumber; Domains/: DomainManager (start, shutdown, reboot, suspend/resume, destroy, live
//   memory and vCPUs, the guest agent's report, the @releaseDomain monitor). This shared layer
//   is what xenopsd's domain.ml/device.ml do, and the only code above the seam: the simulator
//   never stands in for it.
// - HypervisorSelection.swift: picking the backend (`openHypervisor`) and building the stack the
//   API drives (`openHypervisorStack`: control, store factory, DomainManager).
