// swift-tools-version: 6.0
// The xapi toolstack daemon. Module layout and dependency direction: see README.md, "Architecture".
import PackageDescription

let package = Package(
    name: "xapi",
    products: [
        .executable(name: "xapi", targets: ["Daemon"]),
        .executable(name: "xapi-gen", targets: ["Generator"]),
        .executable(name: "xapi-bench", targets: ["Bench"]),
        .executable(name: "xapi-bench-events", targets: ["BenchEvents"]),
        .executable(name: "xapi-bench-db", targets: ["BenchDB"]),
    ],
    targets: [
        // System libraries (module maps + shim headers under Sources/C*/).
        .systemLibrary(name: "CSQLite3", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "COpenSSL", pkgConfig: "openssl", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CXenCtrl", pkgConfig: "xencontrol", providers: [.apt(["libxen-dev"])]),
        .systemLibrary(name: "CXenStore", pkgConfig: "xenstore", providers: [.apt(["libxen-dev"])]),
        .systemLibrary(name: "CPAM", providers: [.apt(["libpam0g-dev"])]),

        // Leaves: know nothing of each other.
        .target(name: "Wire", dependencies: ["CLibXML2"]),
        .target(name: "HTTP", dependencies: ["COpenSSL"]),
        .target(name: "Hypervisor", dependencies: ["CXenCtrl", "CXenStore"]),
        .target(name: "Storage"),

        // The object model and its store.
        .target(name: "Datamodel", dependencies: ["Wire"]),
        .target(name: "Database", dependencies: ["CSQLite3", "Datamodel", "Wire"]),

        // event.from / event.next over the store's commits: subscriptions, tokens, waiters.
        .target(name: "Events", dependencies: ["Database", "Datamodel", "Wire"]),

        // XenAPI semantics: sessions, RBAC, dispatch, handlers. No sockets here.
        .target(name: "API", dependencies: ["Wire", "Datamodel", "Database", "Events", "Hypervisor", "Storage", "CPAM"]),

        // The executable: configuration, listeners, routes from HTTP to API.
        .executableTarget(name: "Daemon", dependencies: ["API", "HTTP", "Wire", "Database", "Events", "Hypervisor", "Storage", "COpenSSL"]),

        // xenapi.json (+ datamodel/overlay.json) -> Sources/Datamodel/Generated/
        .executableTarget(name: "Generator", dependencies: []),

        // xapi-bench: the RPC load generator used by scripts/bench-rpc.
        .executableTarget(name: "Bench", dependencies: ["COpenSSL"]),
        // xapi-bench-events: in-process event wake-up latency and throughput (scripts/bench-events).
        .executableTarget(name: "BenchEvents", dependencies: ["Database", "Datamodel", "Events"]),
        .executableTarget(name: "BenchDB", dependencies: ["Database", "Datamodel"]),

        .testTarget(name: "WireTests", dependencies: ["Wire"]),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP"]),
        .testTarget(name: "DatamodelTests", dependencies: ["Datamodel", "Wire"]),
        .testTarget(name: "DatabaseTests", dependencies: ["Database", "Datamodel", "Wire"]),
        .testTarget(name: "HypervisorTests", dependencies: ["Hypervisor"]),
        .testTarget(name: "StorageTests", dependencies: ["Storage"]),
        .testTarget(name: "EventsTests", dependencies: ["Events", "Database", "Datamodel", "Wire"]),
        .testTarget(name: "APITests", dependencies: ["API", "Database", "Datamodel", "Wire", "Hypervisor", "Storage"]),
    ]
)
