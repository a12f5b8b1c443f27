// dom0's side of the simulated machine: the blkback/netback drivers and the udev hotplug scripts
// (`block`, `vif`), played by one thread through a dom0 xenstore connection, as the real ones
// react to the toolstack's and the frontends' xenstore writes (xen-backend.md §2.4–2.7):
//
// - a new backend (state 1, online 1) goes to InitWait (2); the "add" script then writes
//   `physical-device` (VBDs), `hotplug-status=connected` and the toolstack's marker
//   `/xapi/<uuid>/hotplug/<domid>/<kind>/<devid>/hotplug=online`;
// - once the frontend is Initialised or Connected (3/4) and the script has run, the backend
//   advertises its features and goes Connected (4);
// - with `online=0` the backend goes Closed (6) when the frontend has closed (6) or vanished, and
//   the "remove" script deletes `hotplug-status` and the marker; deleting the backend does too;
// - a frontend that re-initialises (1) after closing brings an online backend back to InitWait.
//
// Fault injection: a VBD whose `params` starts with `/dev/simulated-failure` gets `hotplug-error`
// instead of `hotplug-status`.
import Glibc
import Synchronization

final class SimulatedBackends: Sendable {
    private let loop: Loop
    private let thread: PosixThread

    init(xenstored: SimulatedXenstored) {
        let loop = Loop(store: xenstored.connect(domid: 0))
        self.loop = loop
        thread = PosixThread(name: "sim-backends") { loop.run() }
    }

    func stop() {
        loop.stopping.store(true, ordering: .releasing)
        loop.store.queue.push(XenStoreWatchEvent(path: "", token: Loop.stopToken))
        if !thread.isCurrent { thread.join() }
    }

    static let failurePrefix = "/dev/simulated-failure"

    /// The thread's state; touched only by the thread (and `stopping` from outside).
    final class Loop: @unchecked Sendable {
        static let stopToken = "stop"
        static let root = "/local/domain/0/backend"
        let store: SimulatedXenStore
        let stopping = Atomic<Bool>(false)

        struct Device {
            let kind: String
            let domid: UInt32
            let devid: Int
            var uuid: String
            var frontendStatePath: String?
            var minor: Int
        }

        var devices: [String: Device] = [:]
        var frontendWatches: [String: String] = [:]
        var nextMinor = 0

        init(store: SimulatedXenStore) {
            self.store = store
        }

        func run() {
            do {
                try store.watch(Self.root, token: "backend")
            } catch {
                return
            }
            while !stopping.load(ordering: .acquiring) {
                guard let first = store.queue.pop(timeout: nil) else { continue }
                // Take the whole burst (a transaction's commit fires an event per node) and look
                // at each device it touched once.
                var devices: [String] = []
                var seen = Set<String>()
                var rescans: [String] = []
                var event: XenStoreWatchEvent? = first
                while let e = event {
                    switch e.token {
                    case Self.stopToken: return
                    case "backend":
                        if let d = devicePath(e.path) {
                            if seen.insert(d).inserted { devices.append(d) }
                        } else if !rescans.contains(e.path) {
                            rescans.append(e.path)
                        }
                    case "frontend":
                        if let d = frontendWatches[e.path], seen.insert(d).inserted { devices.append(d) }
                    default: break
                    }
                    event = store.queue.pop(timeout: .zero)
                }
                for path in rescans { handleBackend(path) }
                for d in devices { reconcile(d) }
            }
        }

        /// `/local/domain/0/backend/<kind>/<domid>/<devid>` for a path at or below a device;
        /// nil for paths above one.
        private func devicePath(_ path: String) -> String? {
            let parts = path.split(separator: "/")
            guard parts.count >= 7 else { return nil }
            return "/" + parts.prefix(7).joined(separator: "/")
        }

        private func handleBackend(_ path: String) {
            if let device = devicePath(path) {
                reconcile(device)
                return
            }
            // A directory above devices changed (the initial fire, or a domain's backends
            // removed): look at the devices known or present under it.
            let base = path.isEmpty ? Self.root : path
            var all = Set(devices.keys.filter { XenStorePath.isWithin($0, base) })
            func walk(_ p: String, depth: Int) {
                guard depth < 7 else {
                    all.insert(p)
                    return
                }
                for child in (try? store.directoryIfPresent(p)) ?? [] { walk(p + "/" + child, depth: depth + 1) }
            }
            walk(base, depth: base.split(separator: "/").count)
            for device in all.sorted() { reconcile(device) }
        }

        private func read(_ path: String) -> String? { try? store.readIfPresent(path) }

        private func write(_ path: String, _ value: String) {
            _ = try? store.write(path, value: value)
        }

        private func reconcile(_ bp: String) {
            let parts = bp.split(separator: "/")
            let kind = String(parts[4])
            guard ["vbd", "vbd3", "qdisk", "vif"].contains(kind), let domid = UInt32(parts[5]),
                  let devid = Int(parts[6]) else { return }
            guard let stateText = read(bp + "/state"), var state = Int(stateText) else {
                if read(bp) == nil, let device = devices.removeValue(forKey: bp) {
                    removeScript(bp, device)  // udev "remove" when the backend goes away
                    if let fe = device.frontendStatePath {
                        frontendWatches[fe] = nil
                        _ = try? store.unwatch(fe, token: "frontend")
                    }
                }
                return
            }
            var device = devices[bp] ?? Device(kind: kind, domid: domid, devid: devid, uuid: "", frontendStatePath: nil,
                                               minor: 0)
            if device.frontendStatePath == nil, let frontend = read(bp + "/frontend") {
                let fe = frontend + "/state"
                device.frontendStatePath = fe
                frontendWatches[fe] = bp
                _ = try? store.watch(fe, token: "frontend")
            }
            if device.uuid.isEmpty, let vm = read("/local/domain/\(domid)/vm") {
                device.uuid = XenStorePath.lastComponent(vm)
            }
            devices[bp] = device
            let online = read(bp + "/online") == "1"
            let frontendState = device.frontendStatePath.flatMap { read($0) }.flatMap { Int($0) }

            if online {
                if state == 1, switchState(bp, from: 1, to: 2, online: true) {
                    state = 2
                    addScript(bp, &device)
                    devices[bp] = device
                }
                let hotplugged = read(bp + "/hotplug-status") == "connected"
                if state == 2, hotplugged, let f = frontendState, f == 3 || f == 4 {
                    connect(bp, kind: kind)
                } else if state == 4, frontendState == nil || frontendState == 5 || frontendState == 6 {
                    _ = switchState(bp, from: 4, to: 6, online: true)  // the frontend closed on its own
                } else if state == 5 || state == 6, frontendState == 1 {
                    _ = switchState(bp, from: state, to: 2, online: true)  // the frontend came back (resume)
                }
            } else {
                if state != 6, frontendState == nil || frontendState == 6, switchState(bp, from: state, to: 6, online: false) {
                    state = 6
                }
                if state == 6 { removeScript(bp, device) }
            }
        }

        /// xenbus_switch_state: in a transaction, move from `from` to `to` only if the backend is
        /// still there, in `from`, and `online` is as expected (the toolstack may have asked to
        /// close meanwhile; the transaction then conflicts and the state is read again).
        private func switchState(_ bp: String, from: Int, to: Int, online: Bool) -> Bool {
            (try? store.withTransaction { t -> Bool in
                guard try store.readIfPresent(bp + "/state", transaction: t) == String(from),
                      (try store.readIfPresent(bp + "/online", transaction: t) == "1") == online else { return false }
                try store.write(bp + "/state", value: String(to), transaction: t)
                return true
            }) ?? false
        }

        private func markerPath(_ device: Device) -> String {
            "/xapi/\(device.uuid.isEmpty ? "unknown" : device.uuid)/hotplug/\(device.domid)/\(device.kind)/\(device.devid)"
        }

        /// The `block`/`vif` script's "add"/"online".
        private func addScript(_ bp: String, _ device: inout Device) {
            if device.kind != "vif" {
                let params = read(bp + "/params") ?? ""
                if params.hasPrefix(SimulatedBackends.failurePrefix) {
                    write(bp + "/hotplug-error", "\(params): simulated hotplug failure")
                    return
                }
                if !params.isEmpty {
                    if device.minor == 0 {
                        nextMinor += 1
                        device.minor = nextMinor
                    }
                    write(bp + "/physical-device", "7:" + String(device.minor, radix: 16))
                    write(bp + "/physical-device-path", "/dev/loop\(device.minor)")
                }
            }
            write(markerPath(device) + "/hotplug", "online")
            write(bp + "/hotplug-status", "connected")
        }

        /// The script's "remove": both markers go.
        private func removeScript(_ bp: String, _ device: Device) {
            if read(bp + "/hotplug-status") != nil { _ = try? store.removeIfPresent(bp + "/hotplug-status") }
            if read(markerPath(device) + "/hotplug") != nil { _ = try? store.removeIfPresent(markerPath(device) + "/hotplug") }
        }

        /// What blkback/netback advertise when they connect, then Connected.
        private func connect(_ bp: String, kind: String) {
            if kind == "vif" {
                for (k, v) in [("feature-sg", "1"), ("feature-gso-tcpv4", "1"), ("feature-gso-tcpv6", "1"),
                               ("feature-rx-copy", "1"), ("feature-rx-flip", "0"), ("feature-split-event-channels", "1"),
                               ("multi-queue-max-queues", "2")] {
                    write(bp + "/" + k, v)
                }
            } else {
                let cdrom = read(read(bp + "/frontend").map { $0 + "/device-type" } ?? "") == "cdrom"
                let readOnly = read(bp + "/mode") == "r"
                let info = (cdrom ? 1 : 0) | (readOnly ? 4 : 0)
                for (k, v) in [("sectors", "16777216"), ("sector-size", "512"), ("info", String(info)),
                               ("feature-flush-cache", "1"), ("feature-persistent", "1"),
                               ("multi-queue-max-queues", "4")] {
                    write(bp + "/" + k, v)
                }
            }
            _ = switchState(bp, from: 2, to: 4, online: true)
        }
    }
}
