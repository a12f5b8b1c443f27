// Command-line options of xapi-bench-events.
import Database
import Events
import Foundation

struct BenchOptions {
    var vms = 200
    var rounds = 200
    var duration = 2.0
    var repeats = 3
    var batchInterval = EventSettings().batchInterval
    var synchronous = ObjectStore.Synchronous.normal
    /// A private in-memory SQLite database: no disk in the commit path.
    var inMemory = false
    var latencyWatchers = [1, 100]
    var throughputWatchers = [0, 100]
    /// What the watchers subscribe to.
    var classes = ["*"]

    static let usage = """
        Usage: xapi-bench-events [--vms N] [--rounds N] [--duration S] [--repeat N] [--batch-interval S]
                                 [--synchronous normal|full | --in-memory] [--latency-watchers 1,100]
                                 [--throughput-watchers 0,100] [--classes *]
        """

    static func parse(_ args: [String]) -> BenchOptions {
        var o = BenchOptions()
        var i = 0
        func value() -> String {
            i += 1
            guard i < args.count else { fail("\(args[i - 1]) needs a value") }
            return args[i]
        }
        func list(_ s: String) -> [Int] { s.split(separator: ",").compactMap { Int($0) } }
        while i < args.count {
            switch args[i] {
            case "--vms": o.vms = Int(value()) ?? o.vms
            case "--rounds": o.rounds = Int(value()) ?? o.rounds
            case "--duration": o.duration = Double(value()) ?? o.duration
            case "--repeat": o.repeats = max(1, Int(value()) ?? o.repeats)
            case "--batch-interval": o.batchInterval = Double(value()) ?? o.batchInterval
            case "--in-memory": o.inMemory = true
            case "--synchronous": o.synchronous = ObjectStore.Synchronous(rawValue: value().uppercased()) ?? o.synchronous
            case "--classes": o.classes = value().split(separator: ",").map(String.init)
            case "--latency-watchers": o.latencyWatchers = list(value())
            case "--throughput-watchers": o.throughputWatchers = list(value())
            case "-h", "--help":
                print(usage)
                exit(0)
            default: fail("unknown option \(args[i])")
            }
            i += 1
        }
        return o
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("xapi-bench-events: \(message)\n\(usage)\n".utf8))
        exit(2)
    }
}
