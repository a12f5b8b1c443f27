// The load: one pthread per connection, each running Worker.run until the deadline or until the
// shared request budget is spent. Nothing here touches main.swift's (main-actor) globals.
import Glibc
import Synchronization

@inline(__always)
func nowNanos() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// Where and how to connect.
final class Target: @unchecked Sendable {   // immutable; TLSClientContext is thread-safe
    let kind: TransportKind
    let address: String
    let tls: TLSClientContext?

    init(kind: TransportKind, address: String, tls: TLSClientContext?) {
        self.kind = kind
        self.address = address
        self.tls = tls
    }

    func connect() throws(BenchError) -> HTTPClient {
        HTTPClient(connection: try Connection(kind: kind, address: address, tls: tls))
    }
}

final class Shared: Sendable {
    let warmupEnd: UInt64
    let end: UInt64              // .max in --requests mode
    let remaining: Atomic<Int>   // requests left to measure, in --requests mode
    let requestMode: Bool

    init(warmupEnd: UInt64, end: UInt64, requests: Int) {
        self.warmupEnd = warmupEnd
        self.end = end
        self.remaining = Atomic(requests)
        self.requestMode = requests > 0
    }
}

/// One connection's thread. Its fields are written only by its thread and read by main after join.
final class Worker {
    var client: HTTPClient
    let shared: Shared
    let target: Target
    let checkRPC: Bool
    let request: UnsafeRawBufferPointer   // shared, read-only, never freed
    var histogram = Histogram()
    var measured = 0
    var errors = 0
    var reconnects = 0
    var firstError: String? = nil
    var firstStart: UInt64 = .max
    var lastFinish: UInt64 = 0

    init(client: HTTPClient, shared: Shared, target: Target, checkRPC: Bool, request: UnsafeRawBufferPointer) {
        self.client = client
        self.target = target
        self.checkRPC = checkRPC
        self.shared = shared
        self.request = request
    }

    func noteError(_ s: String, measuring: Bool) {
        if measuring { errors += 1 }
        if firstError == nil { firstError = s }
    }

    func run() {
        let req = request
        do {
            while true {
                let t1 = nowNanos()
                if t1 >= shared.end { break }
                let measuring = t1 >= shared.warmupEnd
                if measuring && shared.requestMode {
                    if shared.remaining.subtract(1, ordering: .relaxed).newValue < 0 { break }
                }
                var ok = true
                do {
                    try client.roundTrip(req)
                } catch {
                    ok = false
                    noteError("transport: \(error)", measuring: measuring)
                    if !reconnect() { break }
                    continue
                }
                let t2 = nowNanos()
                if client.status != 200 {
                    ok = false
                    noteError("HTTP \(client.status): \(client.bodyString().prefix(200))", measuring: measuring)
                } else if checkRPC && !client.bodyHasRPCSuccess() {
                    ok = false
                    noteError("RPC failure: \(XMLRPC.errorSummary(client.bodyString()))", measuring: measuring)
                }
                if measuring {
                    if ok {
                        histogram.record(t2 - t1)
                        measured += 1
                    }
                    if t1 < firstStart { firstStart = t1 }
                    lastFinish = t2
                }
                if client.serverWillClose {
                    if !reconnect() { break }
                }
            }
        }
    }

    func reconnect() -> Bool {
        reconnects += 1
        client.connection.close()
        do {
            client = try target.connect()
            return true
        } catch {
            noteError("reconnect: \(error.description)", measuring: true)
            return false
        }
    }
}


/// Starts a thread running `worker.run()`.
func spawnThread(_ worker: Worker) -> pthread_t? {
    var tid = pthread_t()
    let arg = Unmanaged.passRetained(worker).toOpaque()
    let rc = pthread_create(&tid, nil, { arg in
        let w = Unmanaged<Worker>.fromOpaque(arg!).takeRetainedValue()
        w.run()
        return nil
    }, arg)
    if rc != 0 {
        Unmanaged<Worker>.fromOpaque(arg).release()
        return nil
    }
    return tid
}

/// CPU time (user + system) of process `pid` in nanoseconds, from /proc/PID/stat; nil if unreadable.
func processCPUNanos(_ pid: Int32) -> UInt64? {
    guard let f = fopen("/proc/\(pid)/stat", "r") else { return nil }
    defer { fclose(f) }
    var buf = [UInt8](repeating: 0, count: 4096)
    let n = fread(&buf, 1, buf.count - 1, f)
    guard n > 0 else { return nil }
    let text = String(decoding: buf[0..<n], as: UTF8.self)
    // The command name (field 2) may hold spaces; fields resume after the last ')'.
    guard let close = text.lastIndex(of: ")") else { return nil }
    let fields = text[text.index(after: close)...].split(separator: " ")
    // After ')': field 3 is fields[0]; utime is field 14, stime field 15.
    guard fields.count > 13, let utime = UInt64(fields[11]), let stime = UInt64(fields[12]) else { return nil }
    let ticks = UInt64(max(1, sysconf(Int32(_SC_CLK_TCK))))
    return (utime + stime) * 1_000_000_000 / ticks
}

/// This process's CPU time (user + system) in nanoseconds.
func selfCPUNanos() -> UInt64 {
    var u = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
    let us = (Int64(u.ru_utime.tv_sec) + Int64(u.ru_stime.tv_sec)) * 1_000_000
        + Int64(u.ru_utime.tv_usec) + Int64(u.ru_stime.tv_usec)
    return UInt64(max(0, us)) * 1000
}

/// Sleeps until the monotonic clock reaches `deadline` (ns).
func sleepUntil(_ deadline: UInt64) {
    while true {
        let now = nowNanos()
        if now >= deadline { return }
        let left = deadline - now
        var ts = timespec(tv_sec: Int(left / 1_000_000_000), tv_nsec: Int(left % 1_000_000_000))
        _ = nanosleep(&ts, nil)
    }
}
