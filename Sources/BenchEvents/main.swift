// xapi-bench-events: event wake-up latency (commit → event.from return) with 1 and 100 blocked
// watchers, and mutation throughput with 0 and 100 watchers looping on event.from, in one run.
// In-process over Database + Events, so the figures are the event machinery's own, without RPC.
import Database
import Datamodel
import Events
import Foundation

let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bench-events-\(getpid())")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

/// A fresh store with `vms` VMs, a host and a pool, and the event service on it.
func makeService() throws -> (ObjectStore, EventService, CommitTimes, [Ref<VMRecord>]) {
    let path = directory.appendingPathComponent("state-\(UUID.random()).db").path
    let store = try ObjectStore(path: options.inMemory ? nil : path, classes: Datamodel.classes, recordTypes: Datamodel.recordTypes,
                                relations: Datamodel.relations, synchronous: options.synchronous)
    // Registered first, so it runs first: "commit" is the moment the change became visible.
    let times = CommitTimes()
    store.addObserver { info in times.record(info.generations.upperBound) }
    let vms = try store.write { tx in
        _ = try tx.insert(PoolRecord())
        _ = try tx.insert(HostRecord())
        return try (0..<options.vms).map { i in
            var vm = VMRecord()
            vm.nameLabel = "bench vm \(i)"
            return try tx.insert(vm)
        }
    }
    let service = EventService(store: store, settings: EventSettings(batchInterval: options.batchInterval))
    return (store, service, times, vms)
}

func loadAverage() -> String {
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
        .joined(separator: " ") ?? "?"
}

let cpus = ProcessInfo.processInfo.activeProcessorCount
let subscription = options.classes.map { "\"\($0)\"" }.joined(separator: ", ")
let database = options.inMemory ? "in-memory SQLite" : "SQLite file, synchronous=\(options.synchronous.rawValue)"
print("xapi-bench-events: \(options.vms) VMs, \(database), "
      + "batch interval \(options.batchInterval * 1000) ms, \(cpus) CPUs, load average \(loadAverage())")

if !options.latencyWatchers.isEmpty {
    print("")
    print("wake-up latency: commit -> event.from([\(subscription)]) returns, every watcher blocked at commit time")
}
for watchers in options.latencyWatchers {
    let (store, service, times, vms) = try makeService()
    let samples = try measureLatency(store: store, service: service, times: times, vms: vms, watchers: watchers,
                                     rounds: watchers == 1 ? options.rounds * 4 : options.rounds,
                                     classes: options.classes)
    print(String(format: "  %3d watcher%@  p50 %7.3f ms   p99 %7.3f ms   max %7.3f ms   (%d wake-ups)",
                 watchers, watchers == 1 ? " " : "s", samples.percentile(50), samples.percentile(99),
                 samples.max, samples.count))
}

if !options.throughputWatchers.isEmpty {
    print("")
    print("mutation throughput: one writer renaming a different VM per commit for \(options.duration) s, "
          + "watchers looping on event.from([\(subscription)]); median of \(options.repeats) interleaved runs")
}
var results: [Int: [Throughput]] = [:]
for _ in 0..<options.repeats {
    for watchers in options.throughputWatchers {
        let (store, service, _, vms) = try makeService()
        results[watchers, default: []].append(try measureThroughput(
            store: store, service: service, vms: vms, watchers: watchers, duration: options.duration,
            classes: options.classes))
    }
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
let baseline = results[0].map { median($0.map(\.commitsPerSecond)) }
for watchers in options.throughputWatchers {
    guard let runs = results[watchers] else { continue }
    let commits = median(runs.map(\.commitsPerSecond))
    var line = String(format: "  %3d watcher%@  %8.0f commits/s   writer on CPU %3.0f%%", watchers,
                      watchers == 1 ? " " : "s", commits, 100 * median(runs.map(\.writerCPU)))
    if watchers > 0 {
        line += String(format: "   %7.0f batches/s   %5.1f events/batch", median(runs.map(\.batchesPerSecond)),
                       median(runs.map(\.eventsPerBatch)))
        if let baseline { line += String(format: "   cost %4.1f%%", 100 * (1 - commits / baseline)) }
    }
    line += "   (runs: " + runs.map { String(format: "%.0f", $0.commitsPerSecond) }.joined(separator: ", ") + ")"
    print(line)
}
print("")
print("load average at the end: \(loadAverage())")
