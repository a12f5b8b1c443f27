// Hypervisor module: the XenControl/XenStore seam (libxenctrl and libxenstore shaped) with a Real
// backend (Real/, the only files importing CXenCtrl/CXenStore) and a Simulated one (Simulated/).
// See notes/xen-backend.md §7: the shared domain/device logic sits above this seam, never below it.
