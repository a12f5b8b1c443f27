// The guests of the simulated machine: for each built domain, a kernel and (optionally) a guest
// agent that act only as a real guest can, through xenstore (a connection of the guest's own
// domid, held to the permissions the toolstack set) and hypercalls (SCHEDOP_shutdown, VCPUOP_up,
// the balloon's reservation calls, HVMOP_set_param). One thread serves every guest; all their
// connections share its watch queue and each watch's token names the domain.
//
// A guest runs only while its domain is scheduled (built, unpaused, not shut down). After the
// first unpause its kernel boots (`kernelBootDelay`): with PV drivers it writes
// `control/feature-{poweroff,reboot,suspend}`, watches `control/shutdown`, `control/sysrq`, its
// frontends, the balloon target and `cpu/`, and brings up the vCPUs marked online. The balloon
// moves the domain's memory towards the target in steps (`balloonRate`); a sysrq is cleared and
// handled as Linux does (`c` crashes, `b` reboots, `o` powers off at once). Any booted OS,
// drivers or not, shuts down in an orderly way when its ACPI power button is pressed. Frontends connect 1→3→4 (VBD)
// or 1→4 (VIF) once the backend is in InitWait, and close 5→6 when the backend is Closing. A
// shutdown request is acknowledged by clearing `control/shutdown` in a transaction; after
// `shutdownDelay` the guest shuts down with the matching code (halt is poweroff). The agent,
// `agentStartDelay` after boot, reports the PV-driver version, OS, memory, features and one IPv4
// and one IPv6 address per connected VIF, then `data/updated`. A domain restored from a suspend
// image resumes at once, its agent as it was.
import Glibc
import Synchronization

final class SimulatedGuests: Sendable {
    private let loop: Loop
    private let thread: PosixThread

    init(xen: SimulatedXen) {
        let loop = Loop(xen: xen)
        self.loop = loop
        thread = PosixThread(name: "sim-guests") { loop.run() }
    }

    /// Something about the domain changed in the hypervisor (built, scheduled, stopped, gone).
    func kick(_ domid: UInt32) {
        loop.queue.push(XenStoreWatchEvent(path: String(domid), token: Loop.kickToken))
    }

    func stop() {
        loop.stopping.store(true, ordering: .releasing)
        loop.queue.push(XenStoreWatchEvent(path: "", token: Loop.stopToken))
        if !thread.isCurrent { thread.join() }
    }

    final class Guest {
        enum Phase: Equatable {
            case loaded
            case booting(deadline: UInt64)
            case up
        }

        let domid: UInt32
        let uuid: String
        let hvm: Bool
        let profile: SimulatedGuestProfile
        var phase = Phase.loaded
        var store: SimulatedXenStore?
        var agentDeadline: UInt64?
        var agentUp = false
        /// The shutdown this guest acknowledged and is carrying out.
        var acknowledged: ShutdownReason?
        /// It made its SCHEDOP_shutdown; running again means it was resumed.
        var hasShutDown = false
        var shutdownAt: UInt64?
        /// When the balloon driver takes its next step.
        var balloonAt: UInt64?
        /// Frontend directory → the backend `state` path its driver watches.
        var backendWatches: [String: String] = [:]
        /// What the agent last wrote, by path.
        var reported: [String: String] = [:]

        init(domid: UInt32, uuid: String, hvm: Bool, profile: SimulatedGuestProfile) {
            self.domid = domid
            self.uuid = uuid
            self.hvm = hvm
            self.profile = profile
        }

        var token: String { "g:\(domid)" }

        var hasDeadline: Bool {
            if case .booting = phase { return true }
            return agentDeadline != nil || shutdownAt != nil || balloonAt != nil
        }
        var base: String { "/local/domain/\(domid)" }
    }

    /// The thread's state; touched only by the thread (`queue` and `stopping` are thread-safe).
    final class Loop: @unchecked Sendable {
        static let kickToken = "kick"
        static let stopToken = "stop"

        weak var xen: SimulatedXen?
        let xenstored: SimulatedXenstored
        let queue = WatchQueue()
        let stopping = Atomic<Bool>(false)
        var guests: [UInt32: Guest] = [:]
        /// Guests with a boot, agent or shutdown deadline pending.
        var timed = Set<UInt32>()

        init(xen: SimulatedXen) {
            self.xen = xen
            xenstored = xen.xenstored
        }

        func run() {
            while !stopping.load(ordering: .acquiring) {
                let now = monotonicNanoseconds()
                timed = timed.filter { guests[$0]?.hasDeadline == true }
                let next = timed.compactMap { guests[$0] }.compactMap { g -> UInt64? in
                    var deadlines: [UInt64] = []
                    if case .booting(let d) = g.phase { deadlines.append(d) }
                    if let d = g.agentDeadline { deadlines.append(d) }
                    if let d = g.shutdownAt { deadlines.append(d) }
                    if let d = g.balloonAt { deadlines.append(d) }
                    return deadlines.min()
                }.min()
                let timeout: Duration? = next.map { $0 > now ? .nanoseconds(Int64($0 - now)) : .zero }
                if let first = queue.pop(timeout: timeout) {
                    // Take the whole burst, then act once per guest: kicks in order, then one
                    // look at each guest whose xenstore changed.
                    var changed: [UInt32] = []
                    var seen = Set<UInt32>()
                    var event: XenStoreWatchEvent? = first
                    while let e = event {
                        if e.token == Self.stopToken { return }
                        if e.token == Self.kickToken {
                            if let domid = UInt32(e.path) { kicked(domid) }
                        } else if e.token.hasPrefix("g:"), let domid = UInt32(e.token.dropFirst(2)),
                                  seen.insert(domid).inserted {
                            changed.append(domid)
                        }
                        event = queue.pop(timeout: .zero)
                    }
                    for domid in changed { reconcile(domid) }
                }
                runTimers()
            }
        }

        private func kicked(_ domid: UInt32) {
            guard let xen, let view = xen.guestView(domid) else {
                guests[domid] = nil  // destroyed: the guest and its connection go
                return
            }
            guard view.isBuilt else { return }
            let guest: Guest
            if let g = guests[domid], g.uuid == view.uuid {
                guest = g
            } else {
                let asked = xenstored.dump("/local/domain/\(domid)/vm-data/simulated-guest")
                    .values.first.flatMap(SimulatedGuestProfile.named)
                guest = Guest(domid: domid, uuid: view.uuid, hvm: view.isHVM, profile: asked ?? xen.profile(forVM: view.uuid))
                guests[domid] = guest
            }
            guard view.isRunning else {
                if case .booting = guest.phase { guest.phase = .loaded }  // paused before the kernel came up
                return
            }
            switch guest.phase {
            case .loaded:
                if view.restored {
                    kernelUp(guest, view: view, resumed: true)
                } else {
                    guest.phase = .booting(deadline: monotonicNanoseconds() + Self.nanoseconds(guest.profile.kernelBootDelay))
                    timed.insert(domid)
                }
            case .booting:
                break
            case .up:
                acpi(guest)
                if guest.hasShutDown {
                    // Running again after its suspend was cancelled (xc_domain_resume).
                    guest.hasShutDown = false
                    guest.acknowledged = nil
                    guest.shutdownAt = nil
                } else if guest.acknowledged != nil && guest.shutdownAt == nil {
                    // Paused while shutting down: carry on now that it runs again.
                    guest.shutdownAt = monotonicNanoseconds() + Self.nanoseconds(guest.profile.shutdownDelay)
                    timed.insert(domid)
                }
                reconcile(domid)
            }
        }

        private static func nanoseconds(_ d: Duration) -> UInt64 {
            let (s, a) = d.components
            return UInt64(max(0, s)) * 1_000_000_000 + UInt64(max(0, a / 1_000_000_000))
        }

        private func runTimers() {
            let now = monotonicNanoseconds()
            for guest in timed.compactMap({ guests[$0] }) {
                if case .booting(let deadline) = guest.phase, deadline <= now {
                    guard let view = xen?.guestView(guest.domid), view.isRunning else {
                        guest.phase = .loaded
                        continue
                    }
                    kernelUp(guest, view: view, resumed: false)
                }
                if let deadline = guest.agentDeadline, deadline <= now {
                    guest.agentDeadline = nil
                    guest.agentUp = true
                    xen?.guestRemember(guest.domid, "agent", "1")
                    reconcile(guest.domid)
                }
                if let deadline = guest.balloonAt, deadline <= now {
                    guest.balloonAt = nil
                    reconcile(guest.domid)
                }
                if let deadline = guest.shutdownAt, deadline <= now, let reason = guest.acknowledged {
                    guest.shutdownAt = nil
                    if xen?.guestView(guest.domid)?.isRunning == true {
                        guest.hasShutDown = true
                        _ = try? xen?.guestShutdown(guest.domid, reason: reason)
                    }
                }
            }
        }

        // MARK: The kernel

        private func kernelUp(_ guest: Guest, view: SimulatedXen.GuestView, resumed: Bool) {
            guest.phase = .up
            acpi(guest)
            let profile = guest.profile
            guard let xen else { return }
            xen.guestRemember(guest.domid, "booted", "1")
            let store = xenstored.connect(domid: guest.domid, queue: queue)
            guard profile.pvDrivers else {
                // No PV drivers: the firmware (hvmloader) reads which vCPUs are available and the
                // OS brings those up through ACPI; nothing in the guest uses xenstore after that.
                for vcpu in 1..<max(1, view.vcpus) where !view.onlineVCPUs.contains(vcpu) {
                    if (try? store.readIfPresent("cpu/\(vcpu)/availability")) == "online" {
                        _ = try? xen.guestSetVCPU(guest.domid, vcpu, online: true)
                    }
                }
                return
            }
            guest.store = store
            if guest.hvm { _ = try? xen.guestSetHVMParam(guest.domid, .callbackIRQ, 1) }
            for feature in ["poweroff", "reboot", "suspend"] {
                _ = try? store.write("control/feature-\(feature)", value: "1")
            }
            var watches = ["device", "memory/target", "cpu", "control/sysrq"]
            if profile.respondsToShutdownRequests { watches.append("control/shutdown") }
            for path in watches { _ = try? store.watch(path, token: guest.token) }
            if profile.guestAgent {
                if resumed && view.guestMemory["agent"] == "1" {
                    guest.agentUp = true
                } else {
                    guest.agentDeadline = monotonicNanoseconds() + Self.nanoseconds(profile.agentStartDelay)
                    timed.insert(guest.domid)
                }
            }
            reconcile(guest.domid)
        }

        /// Brings the guest's side in line with xenstore; runs on every event for the guest.
        private func reconcile(_ domid: UInt32) {
            guard let guest = guests[domid], guest.phase == .up, let store = guest.store, let xen,
                  let view = xen.guestView(domid), view.isRunning else { return }
            if guest.profile.respondsToShutdownRequests && guest.acknowledged == nil {
                checkShutdownRequest(guest, store)
            }
            frontends(guest, store, kind: "vbd")
            frontends(guest, store, kind: "vif")
            checkSysrq(guest, store)
            if let target = (try? store.readIfPresent("memory/target")).flatMap({ $0 }).flatMap({ UInt64($0) }) {
                balloon(guest, view, toPages: target / 4)
            }
            for name in (try? store.directoryIfPresent("cpu")) ?? [] {
                guard let vcpu = Int(name), vcpu > 0, vcpu < view.vcpus,
                      let availability = try? store.readIfPresent("cpu/\(name)/availability") else { continue }
                let wanted = availability == "online"
                if wanted != view.onlineVCPUs.contains(vcpu) { _ = try? xen.guestSetVCPU(domid, vcpu, online: wanted) }
            }
            if guest.agentUp { report(guest, store) }
        }

        /// Linux's shutdown watch (drivers/xen/manage.c): read the request, clear it in the same
        /// transaction, then act.
        private func checkShutdownRequest(_ guest: Guest, _ store: SimulatedXenStore) {
            guard let request = (try? store.readIfPresent("control/shutdown")).flatMap({ $0 }), !request.isEmpty else {
                return
            }
            let reason: ShutdownReason
            switch request {
            case "poweroff", "halt": reason = .poweroff
            case "reboot": reason = .reboot
            case "suspend": reason = .suspend
            default: return  // s3 and unknown requests are left alone
            }
            let acknowledged = (try? store.withTransaction { t -> Bool in
                guard try store.readIfPresent("control/shutdown", transaction: t) == request else { return false }
                try store.write("control/shutdown", value: "", transaction: t)
                return true
            }) ?? false
            guard acknowledged else { return }
            guest.acknowledged = reason
            guest.shutdownAt = monotonicNanoseconds() + Self.nanoseconds(guest.profile.shutdownDelay)
            timed.insert(guest.domid)
        }

        /// The balloon driver: one step of at most `balloonRate` × `balloonTick` towards the target,
        /// the next one timed; a host with no memory to give makes it retry more slowly.
        private func balloon(_ guest: Guest, _ view: SimulatedXen.GuestView, toPages target: UInt64) {
            guard let xen else { return }
            let goal = min(target, view.maxPages)
            guard goal != view.totalPages else {
                guest.balloonAt = nil
                return
            }
            var next = goal
            if let rate = guest.profile.balloonRate {
                let step = UInt64(max(1, rate / 4096 * Int64(Self.balloonTick) / 1_000_000_000))
                next = goal > view.totalPages ? min(goal, view.totalPages + step) : max(goal, view.totalPages - min(step, view.totalPages))
            }
            guard let now = try? xen.guestBalloon(guest.domid, toPages: next), now != goal else {
                guest.balloonAt = nil
                return
            }
            guest.balloonAt = monotonicNanoseconds() + (now == view.totalPages ? 10 * Self.balloonTick : Self.balloonTick)
            timed.insert(guest.domid)
        }

        static let balloonTick: UInt64 = 10_000_000

        /// Linux's sysrq watch (drivers/xen/manage.c): clear `control/sysrq` in a transaction,
        /// then handle the key.
        private func checkSysrq(_ guest: Guest, _ store: SimulatedXenStore) {
            guard let key = (try? store.readIfPresent("control/sysrq")).flatMap({ $0 }), !key.isEmpty else { return }
            let cleared = (try? store.withTransaction { t -> Bool in
                guard try store.readIfPresent("control/sysrq", transaction: t) == key else { return false }
                try store.write("control/sysrq", value: "", transaction: t)
                return true
            }) ?? false
            guard cleared, let xen else { return }
            xen.guestRemember(guest.domid, "sysrq", (xen.guestView(guest.domid)?.guestMemory["sysrq"] ?? "") + key)
            let reason: ShutdownReason? = switch key {
            case "c": .crash
            case "b": .reboot
            case "o": .poweroff
            default: nil
            }
            if let reason {
                guest.hasShutDown = true
                _ = try? xen.guestShutdown(guest.domid, reason: reason)
            }
        }

        /// The OS's ACPI handling: the power button starts an orderly poweroff (as a shutdown
        /// request would); the sleep button is ignored, as most guests are configured.
        private func acpi(_ guest: Guest) {
            guard let events = xen?.guestTakeACPIEvents(guest.domid), events.contains(.power),
                  guest.acknowledged == nil else { return }
            guest.acknowledged = .poweroff
            guest.shutdownAt = monotonicNanoseconds() + Self.nanoseconds(guest.profile.shutdownDelay)
            timed.insert(guest.domid)
        }

        /// blkfront/netfront: connect to a backend in InitWait, follow it to Connected, close when
        /// it closes.
        private func frontends(_ guest: Guest, _ store: SimulatedXenStore, kind: String) {
            let ids = (try? store.directoryIfPresent("device/\(kind)")) ?? []
            var present = Set<String>()
            for id in ids {
                let dir = "device/\(kind)/\(id)"
                present.insert(dir)
                guard let backend = (try? store.readIfPresent(dir + "/backend")).flatMap({ $0 }) else { continue }
                let backendState = backend + "/state"
                if guest.backendWatches[dir] != backendState {
                    if let old = guest.backendWatches[dir] { _ = try? store.unwatch(old, token: guest.token) }
                    guest.backendWatches[dir] = backendState
                    _ = try? store.watch(backendState, token: guest.token)
                }
                // xenbus_switch_state: read both ends and move in one transaction, so that a
                // backend changing meanwhile makes it run again.
                _ = try? store.withTransaction { t in
                    func read(_ p: String) throws -> Int? { try store.readIfPresent(p, transaction: t).flatMap { Int($0) } }
                    func write(_ key: String, _ value: String) throws {
                        try store.write(dir + "/" + key, value: value, transaction: t)
                    }
                    guard let state = try read(dir + "/state") else { return }
                    let other = try read(backendState)
                    let n = Int(id) ?? 0
                    switch (state, other) {
                    case (1, 2?):
                        if kind == "vbd" {
                            try write("ring-ref", String(8 + n % 1000))
                            try write("event-channel", String(10 + n % 100))
                            try write("protocol", "x86_64-abi")
                            try write("state", "3")
                        } else {
                            try write("tx-ring-ref", String(8 + n % 1000))
                            try write("rx-ring-ref", String(9 + n % 1000))
                            try write("event-channel", String(20 + n % 100))
                            try write("request-rx-copy", "1")
                            try write("feature-rx-notify", "1")
                            try write("feature-sg", "1")
                            try write("state", "4")
                        }
                    case (3, 4?):
                        try write("state", "4")
                    case (1...4, 5?), (1...5, 6?):
                        try write("state", "6")  // Closing and Closed in one step
                    default:
                        break
                    }
                }
            }
            for (dir, path) in guest.backendWatches where dir.hasPrefix("device/\(kind)/") && !present.contains(dir) {
                _ = try? store.unwatch(path, token: guest.token)
                guest.backendWatches[dir] = nil
            }
        }

        // MARK: The agent

        /// Writes what changed since the last report, then `data/updated`.
        private func report(_ guest: Guest, _ store: SimulatedXenStore) {
            guard let view = xen?.guestView(guest.domid) else { return }
            let p = guest.profile
            let v = p.pvAddonsVersion
            var values: [(String, String)] = [
                ("attr/PVAddons/MajorVersion", String(v.major)), ("attr/PVAddons/MinorVersion", String(v.minor)),
                ("attr/PVAddons/MicroVersion", String(v.micro)), ("attr/PVAddons/BuildVersion", String(v.build)),
                ("data/os_name", p.osName), ("data/os_uname", p.osUname), ("data/os_distro", p.osDistro),
                ("data/os_majorver", p.osMajorVersion), ("data/os_minorver", p.osMinorVersion),
                ("data/meminfo_total", String(view.totalPages * 4)),
                ("data/meminfo_free", String(view.totalPages * 4 / 2)),
                ("control/feature-shutdown", "1"), ("control/feature-vcpu-hotplug", "1"),
                ("control/feature-balloon", "1"), ("control/feature-static-ip-setting", "1"),
                ("feature/hotplug/vbd", "1"), ("feature/hotplug/vif", "1"),
            ]
            var vifs = Set<String>()
            for id in (try? store.directoryIfPresent("device/vif")) ?? [] {
                let dir = "device/vif/\(id)"
                guard (try? store.readIfPresent(dir + "/state")).flatMap({ $0 }) == "4",
                      let mac = (try? store.readIfPresent(dir + "/mac")).flatMap({ $0 }),
                      let addresses = Self.addresses(mac: mac, firstOctet: p.ipv4FirstOctet) else { continue }
                vifs.insert(id)
                values.append(("attr/vif/\(id)/ipv4/0", addresses.ipv4))
                values.append(("attr/vif/\(id)/ipv6/0", addresses.ipv6))
            }
            var changed = false
            for (path, value) in values where guest.reported[path] != value {
                if (try? store.write(path, value: value)) != nil {
                    guest.reported[path] = value
                    changed = true
                }
            }
            for id in (try? store.directoryIfPresent("attr/vif")) ?? [] where !vifs.contains(id) {
                _ = try? store.removeIfPresent("attr/vif/\(id)")
                guest.reported = guest.reported.filter { !$0.key.hasPrefix("attr/vif/\(id)/") }
                changed = true
            }
            if changed { _ = try? store.write("data/updated", value: "1") }
        }

        /// `10.b3.b4.b5` and the EUI-64 link-local address of a MAC `b0:…:b5`.
        static func addresses(mac: String, firstOctet: Int) -> (ipv4: String, ipv6: String)? {
            let bytes = mac.split(separator: ":").compactMap { UInt8($0, radix: 16) }
            guard bytes.count == 6 else { return nil }
            let ipv4 = "\(firstOctet).\(bytes[3]).\(bytes[4]).\(bytes[5])"
            let eui = [bytes[0] ^ 0x02, bytes[1], bytes[2], 0xff, 0xfe, bytes[3], bytes[4], bytes[5]]
            let groups = stride(from: 0, to: 8, by: 2).map { String(UInt16(eui[$0]) << 8 | UInt16(eui[$0 + 1]), radix: 16) }
            return (ipv4, "fe80::" + groups.joined(separator: ":"))
        }
    }
}
