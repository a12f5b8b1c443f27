// Every class whose allowed_operations the daemon maintains, one policy each. Add a class's policy
// here and its allowed_operations are recomputed on every commit that touches it or an object it
// depends on.
enum OperationPolicies {
    static let all: [any AnyOperationPolicy] = [
        VMPolicy(), VBDPolicy(), VIFPolicy(),
        SRPolicy(),
        VDIPolicy(),
        HostPolicy(),
        PoolPolicy(),
    ]

    /// Classes without operations whose changes others' allowed operations follow.
    static let dependencies: [any OperationDependents] = [
        PBDDependents(),
    ]
}
