// xapi-bench-db: durable write throughput of the object store on a real file, with 1, 8 and 32
// writer threads (group commit lets concurrent writers share WAL fsyncs), next to relaxed writes
// (no fsync wait, as operation locks use) and synchronous=normal in the same run.
//
// Usage: xapi-bench-db [--seconds S] [--dir DIR]
import Database
import Datamodel
import Foundation

var seconds = 3.0
var directory = NSTemporaryDirectory()
var args = CommandLine.arguments.dropFirst()
while let a = args.popFirst() {
    switch a {
    case "--seconds": seconds = Double(args.popFirst() ?? "") ?? seconds
    case "--dir": directory = args.popFirst() ?? directory
    default:
        print("usage: xapi-bench-db [--seconds S] [--dir DIR]")
        exit(a == "-h" || a == "--help" ? 0 : 2)
    }
}

/// Per-thread write counts, each slot written by its own thread before `group.leave()`.
final class Counts: @unchecked Sendable {
    private var values: [Int]
    private let lock = NSLock()
    init(_ n: Int) { values = Array(repeating: 0, count: n) }
    func set(_ i: Int, _ v: Int) { lock.withLock { values[i] = v } }
    var total: Int { lock.withLock { values.reduce(0, +) } }
}

struct Row {
    let label: String
    let writesPerSecond: Double
    let fsyncs: UInt64
    let writes: Int
}

func run(_ label: String, threads: Int, synchronous: ObjectStore.Synchronous,
         durability: ObjectStore.Durability, seconds: Double, directory: String) throws -> Row {
    let dir = (directory as NSString).appendingPathComponent("xapi-bench-db-\(getpid())-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let store = try ObjectStore(path: dir + "/xapi.db", classes: Datamodel.classes, recordTypes: Datamodel.recordTypes,
                                relations: Datamodel.relations, synchronous: synchronous)
    // One VM per thread, renamed over and over: each write is a full-record upsert of a real VM.
    let refs = try (0..<threads).map { i in
        try store.write { tx in
            var vm = VMRecord()
            vm.nameLabel = "vm\(i)"
            return try tx.insert(vm)
        }
    }
    let syncsBefore = store.groupCommitSyncs
    let deadline = Date().addingTimeInterval(seconds)
    let counts = Counts(threads)
    let group = DispatchGroup()
    let start = Date()
    for t in 0..<threads {
        group.enter()
        Thread {
            var n = 0
            while Date() < deadline {
                do {
                    try store.write(durability: durability) { tx in try tx.update(refs[t]) { $0.nameLabel = "vm\(t)-\(n)" } }
                } catch {
                    fatalError("write failed: \(error)")
                }
                n += 1
            }
            counts.set(t, n)
            group.leave()
        }.start()
    }
    group.wait()
    let elapsed = Date().timeIntervalSince(start)
    let writes = counts.total
    return Row(label: label, writesPerSecond: Double(writes) / elapsed,
               fsyncs: store.groupCommitSyncs - syncsBefore, writes: writes)
}

let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
    .joined(separator: " ") ?? "?"
print("xapi-bench-db: \(seconds)s per run in \(directory), load average \(load)")
var rows: [Row] = []
for threads in [1, 8, 32] {
    rows.append(try run("durable (FULL, group commit), \(threads) writer(s)", threads: threads, synchronous: .full,
                        durability: .durable, seconds: seconds, directory: directory))
}
rows.append(try run("relaxed (no fsync wait), 8 writers", threads: 8, synchronous: .full, durability: .relaxed,
                    seconds: seconds, directory: directory))
rows.append(try run("synchronous=normal, 8 writers", threads: 8, synchronous: .normal, durability: .durable,
                    seconds: seconds, directory: directory))
let base = rows[0].writesPerSecond
print("")
print("run".padding(toLength: 48, withPad: " ", startingAt: 0) + "   writes/s   x 1 writer   writes/fsync")
for r in rows {
    let perSync = r.fsyncs > 0 ? String(format: "%12.1f", Double(r.writes) / Double(r.fsyncs)) : "           -"
    print(r.label.padding(toLength: 48, withPad: " ", startingAt: 0)
          + String(format: " %10.0f %12.2f", r.writesPerSecond, r.writesPerSecond / base) + "   " + perSync)
}
