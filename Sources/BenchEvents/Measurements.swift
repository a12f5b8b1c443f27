// The two measurements: wake-up latency of blocked watchers, and a writer's throughput while
// watchers loop on event.from.
import Database
import Datamodel
import Events
import Foundation

/// When each commit (by its last generation) became visible, MonotonicClock ns.
final class CommitTimes: @unchecked Sendable {
    // Unchecked: `times` is only touched with `lock` held.
    private let lock = NSLock()
    private var times: [Int64: UInt64] = [:]

    func record(_ generation: Int64) {
        let now = MonotonicClock.now()
        lock.lock()
        times[generation] = now
        lock.unlock()
    }

    func time(of generation: Int64) -> UInt64? {
        lock.lock()
        defer { lock.unlock() }
        return times[generation]
    }
}

/// Latencies in milliseconds.
struct Samples {
    var values: [Double] = []
    var count: Int { values.count }
    var max: Double { values.max() ?? 0 }

    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank))]
    }
}

/// A value shared between the writer and the watcher threads.
final class Shared<T>: @unchecked Sendable {
    // Unchecked: `value` is only touched with `lock` held.
    private let lock = NSLock()
    private var value: T
    init(_ value: T) { self.value = value }
    func with<R>(_ body: (inout T) -> R) -> R {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

/// Starts `count` threads running `body`; returns a semaphore signalled as each ends.
func startWatchers(_ count: Int, _ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
    let finished = DispatchSemaphore(value: 0)
    for _ in 0..<count {
        let thread = Thread {
            body()
            finished.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }
    return finished
}

/// Round after round: wait until every watcher has returned from the previous round and is
/// blocked again in event.from, commit one rename, and let each watcher note how long after the
/// commit its call returned.
func measureLatency(store: ObjectStore, service: EventService, times: CommitTimes, vms: [Ref<VMRecord>],
                    watchers: Int, rounds: Int, classes: [String]) throws -> Samples {
    let samples = Shared(Samples())
    let completed = Shared(0)
    let stop = Shared(false)
    let finished = startWatchers(watchers) {
        var token = (try? service.from(classes: classes, token: "", timeout: 0, session: nil))?.token.description ?? ""
        var mine: [Double] = []
        while true {
            guard let batch = try? service.from(classes: classes, token: token, timeout: 30, session: nil) else { break }
            let returned = MonotonicClock.now()
            if stop.with({ $0 }) { break }
            token = batch.token.description
            if let id = batch.events.last.flatMap({ Int64($0.id) }), let committed = times.time(of: id),
               returned > committed {
                mine.append(Double(returned - committed) / 1e6)
            }
            completed.with { $0 += 1 }
        }
        samples.with { $0.values += mine }
    }
    for round in 0..<rounds {
        while completed.with({ $0 }) < round * watchers || service.waiters.count < watchers { usleep(100) }
        let vm = vms[round % vms.count]
        try store.write { tx in try tx.update(vm) { $0.nameLabel = "round \(round)" } }
    }
    while completed.with({ $0 }) < rounds * watchers { usleep(100) }
    stop.with { $0 = true }
    try store.write { tx in try tx.update(vms[0]) { $0.nameLabel = "stop" } }
    for _ in 0..<watchers { finished.wait() }
    return samples.with { $0 }
}

/// CPU time of the calling thread, seconds.
func threadCPUTime() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

struct Throughput {
    var commitsPerSecond: Double
    /// The writer thread's CPU time over the wall time of the run.
    var writerCPU: Double
    var batchesPerSecond: Double
    var eventsPerBatch: Double
}

/// One writer renames VMs (a different one each commit) as fast as it can for `duration`
/// seconds while `watchers` threads loop on event.from.
func measureThroughput(store: ObjectStore, service: EventService, vms: [Ref<VMRecord>],
                       watchers: Int, duration: Double, classes: [String]) throws -> Throughput {
    let stop = Shared(false)
    let counts = Shared((batches: 0, events: 0))
    let finished = startWatchers(watchers) {
        var token = (try? service.from(classes: classes, token: "", timeout: 0, session: nil))?.token.description ?? ""
        var batches = 0
        var events = 0
        while !stop.with({ $0 }) {
            guard let batch = try? service.from(classes: classes, token: token, timeout: 1, session: nil) else { break }
            token = batch.token.description
            batches += 1
            events += batch.events.count
        }
        counts.with { $0.batches += batches; $0.events += events }
    }
    while service.waiters.count < watchers { usleep(1_000) }
    let started = MonotonicClock.now()
    let cpuStarted = threadCPUTime()
    let end = started + UInt64(duration * 1e9)
    var commits = 0
    while MonotonicClock.now() < end {
        let vm = vms[commits % vms.count]
        let label = "commit \(commits)"
        try store.write { tx in try tx.update(vm) { $0.nameLabel = label } }
        commits += 1
    }
    let elapsed = Double(MonotonicClock.now() - started) / 1e9
    let cpu = threadCPUTime() - cpuStarted
    stop.with { $0 = true }
    for _ in 0..<watchers { finished.wait() }
    let c = counts.with { $0 }
    return Throughput(commitsPerSecond: Double(commits) / elapsed, writerCPU: cpu / elapsed,
                      batchesPerSecond: Double(c.batches) / elapsed,
                      eventsPerBatch: c.batches > 0 ? Double(c.events) / Double(c.batches) : 0)
}
