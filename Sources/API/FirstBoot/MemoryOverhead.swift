// A VM's memory overhead as xapi computes it (ocaml/xapi/memory_check.ml
// vm_compute_memory_overhead over ocaml/xapi-idl/memory/memory.ml Memory_model): extra
// internal + external MiB, shadow (256 pages per vCPU plus p2m and shadow pages per static-max MiB,
// times the multiplier, at least 1 MiB), and 38 pages per vCPU.
import Datamodel

enum MemoryOverhead {
    static let mib: Int64 = 1 << 20

    static func bytes(staticMax: Int64, vcpus: Int64, shadowMultiplier: Double, domainType: DomainType) -> Int64 {
        let (internalMiB, externalMiB): (Int64, Int64) = domainType == .pv ? (0, 1) : (1, 1)
        let staticMaxMiB = (staticMax + mib - 1) / mib
        let shadowPages = 256 * vcpus + 2 * staticMaxMiB
        let shadowMiB = max(1, Int64(Double((shadowPages + 255) / 256) * shadowMultiplier))
        let perVCPUMiB = (38 * vcpus + 255) / 256
        return (internalMiB + externalMiB + shadowMiB + perVCPUMiB) * mib
    }
}
