// xapi-bench: a light load generator for the XenAPI over a Unix socket, TCP or TLS.
// One thread per keep-alive connection, blocking sockets, one request in flight per connection,
// pre-built request bytes, per-request latency from CLOCK_MONOTONIC, merged histograms.
import Glibc


func printErr(_ s: String) {
    let line = s + "\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
}

func printOut(_ s: String) {
    let line = s + "\n"
    _ = line.withCString { write(1, $0, strlen($0)) }
}

/// Fixed-point formatting without Foundation.
func fixed(_ x: Double, _ digits: Int) -> String {
    guard x.isFinite else { return "\(x)" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let v = (abs(x) * scale).rounded()
    let whole = UInt64(v / scale)
    let frac = UInt64(v - Double(whole) * scale)
    var fs = String(frac)
    while fs.count < digits { fs = "0" + fs }
    return (x < 0 ? "-" : "") + String(whole) + (digits > 0 ? "." + fs : "")
}

func ms(_ ns: Double) -> String {
    let v = ns / 1e6
    return fixed(v, v < 10 ? 3 : (v < 100 ? 2 : 1)) + "ms"
}

// MARK: Set-up

let opts: BenchOptions
do {
    opts = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    if !error.description.isEmpty { printErr("xapi-bench: \(error.description)\n") }
    printErr(BenchOptions.usage)
    exit(error.description.isEmpty ? 0 : 2)
}
signal(SIGPIPE, SIG_IGN)

let tls: TLSClientContext?
do {
    tls = opts.transport == .tls ? try TLSClientContext() : nil
} catch {
    printErr("xapi-bench: \(error.description)")
    exit(1)
}

let target = Target(kind: opts.transport, address: opts.address, tls: tls)

func connect() throws(BenchError) -> HTTPClient {
    try target.connect()
}

func buildRequest(method: String, path: String, body: [UInt8], contentType: String) -> [UInt8] {
    var head = "\(method) \(path) HTTP/1.1\r\nHost: \(opts.host)\r\nUser-Agent: xapi-bench\r\n"
    if !body.isEmpty || method == "POST" || method == "PUT" {
        head += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n"
    }
    head += "\r\n"
    return Array(head.utf8) + body
}

func xmlrpcRequest(_ method: String, _ params: [XMLRPC.Param]) -> [UInt8] {
    buildRequest(method: "POST", path: opts.path, body: Array(XMLRPC.call(method, params).utf8), contentType: "text/xml")
}

/// One XML-RPC call on the set-up connection; returns the body, or exits with a message.
func setupCall(_ client: inout HTTPClient, _ method: String, _ params: [XMLRPC.Param]) -> String {
    let req = xmlrpcRequest(method, params)
    do {
        try client.roundTrip(req)
    } catch {
        printErr("xapi-bench: \(method): transport error \(error)")
        exit(1)
    }
    let body = client.bodyString()
    guard client.status == 200, XMLRPC.isSuccess(body) else {
        printErr("xapi-bench: \(method) failed: HTTP \(client.status): \(XMLRPC.errorSummary(body))")
        exit(1)
    }
    if client.serverWillClose {
        do { client = try connect() } catch { printErr("xapi-bench: \(error.description)"); exit(1) }
    }
    return body
}

var setupClient: HTTPClient
do {
    setupClient = try connect()
} catch {
    printErr("xapi-bench: \(error.description)")
    exit(1)
}

var sessionRef: String? = nil
var vmRef: String? = nil
if let login = opts.login {
    let body = setupCall(&setupClient, "session.login_with_password",
                         [.string(login.user), .string(login.password), .string("2.6"), .string("xapi-bench")])
    guard let ref = XMLRPC.firstOpaqueRef(body) else {
        printErr("xapi-bench: no session reference in login response: \(body.prefix(300))")
        exit(1)
    }
    sessionRef = ref
}
if let from = opts.vmFrom, let session = sessionRef {
    let body = from == "dom0"
        ? setupCall(&setupClient, "VM.get_all_records_where",
                    [.string(session), .string("field \"is_control_domain\"=\"true\"")])
        : setupCall(&setupClient, "VM.get_all", [.string(session)])
    guard let ref = XMLRPC.firstOpaqueRef(body) else {
        printErr("xapi-bench: no VM reference found (\(from)): \(body.prefix(300))")
        exit(1)
    }
    vmRef = ref
}

let checkRPC = opts.expectRPCSuccess ?? (opts.rpcMethod != nil)
let requestBytes: [UInt8]
if let method = opts.rpcMethod {
    let params: [XMLRPC.Param] = opts.params.map {
        switch $0 {
        case .string(let s): return .string(s)
        case .int(let n): return .int(n)
        case .bool(let b): return .bool(b)
        case .double(let d): return .double(d)
        case .session: return .string(sessionRef!)
        case .vm: return .string(vmRef!)
        }
    }
    requestBytes = buildRequest(method: opts.httpMethod, path: opts.path,
                                body: Array(XMLRPC.call(method, params).utf8), contentType: "text/xml")
} else if let file = opts.bodyFile {
    guard let f = fopen(file, "rb") else {
        printErr("xapi-bench: cannot open \(file)")
        exit(1)
    }
    var body: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = fread(&chunk, 1, chunk.count, f)
        if n <= 0 { break }
        body += chunk[0..<n]
    }
    fclose(f)
    requestBytes = buildRequest(method: opts.httpMethod, path: opts.path, body: body, contentType: "text/xml")
} else {
    requestBytes = buildRequest(method: opts.httpMethod, path: opts.path, body: [], contentType: "text/xml")
}
let callName = opts.label ?? opts.rpcMethod ?? "\(opts.httpMethod)\(opts.path)"


/// Probe once so a misconfigured run says why before the load starts.
var probeResponseBytes = 0
do {
    try setupClient.roundTrip(requestBytes)
    probeResponseBytes = setupClient.withBody { $0.count }
    let ok = setupClient.status == 200 && (!checkRPC || setupClient.bodyHasRPCSuccess())
    if !ok {
        printErr("xapi-bench: warning: probe request got HTTP \(setupClient.status): "
                 + XMLRPC.errorSummary(setupClient.bodyString()))
    }
    if setupClient.serverWillClose { setupClient = try connect() }
} catch let e as RoundTripError {
    printErr("xapi-bench: probe request failed: \(e)")
} catch {
    printErr("xapi-bench: \(error)")
    exit(1)
}

// MARK: Load

var clients: [HTTPClient] = []
do {
    clients.append(setupClient)
    for _ in 1..<opts.connections { clients.append(try connect()) }
} catch {
    printErr("xapi-bench: \(error.description)")
    exit(1)
}

let t0 = nowNanos()
let warmupEnd = t0 + UInt64(opts.warmup * 1e9)
let shared = Shared(warmupEnd: warmupEnd,
                    end: opts.requests > 0 ? .max : warmupEnd + UInt64(opts.duration * 1e9),
                    requests: opts.requests)
let requestBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: requestBytes.count, alignment: 16)
requestBuffer.copyBytes(from: requestBytes)
let workers = clients.map {
    Worker(client: $0, shared: shared, target: target, checkRPC: checkRPC, request: UnsafeRawBufferPointer(requestBuffer))
}
clients.removeAll()
setupClient = workers[0].client   // keeps the set-up connection alive for logout

var threads: [pthread_t] = []
for w in workers {
    guard let tid = spawnThread(w) else {
        printErr("xapi-bench: pthread_create failed")
        exit(1)
    }
    threads.append(tid)
}
// CPU time of the server and of this client over the measured window (duration mode), or over
// the whole run (--requests mode, where the window's end is not known in advance).
var serverCPUStart: UInt64? = nil
var clientCPUStart: UInt64 = 0
var cpuWindowStart = nowNanos()
if opts.requests == 0 {
    sleepUntil(warmupEnd)
    cpuWindowStart = nowNanos()
}
serverCPUStart = opts.serverPid.flatMap(processCPUNanos)
clientCPUStart = selfCPUNanos()
var serverCPUEnd: UInt64? = nil
var clientCPUEnd: UInt64 = 0
var cpuWindowEnd: UInt64 = 0
if opts.requests == 0 {
    sleepUntil(shared.end)
    serverCPUEnd = opts.serverPid.flatMap(processCPUNanos)
    clientCPUEnd = selfCPUNanos()
    cpuWindowEnd = nowNanos()
}
for t in threads { pthread_join(t, nil) }
if opts.requests > 0 {
    serverCPUEnd = opts.serverPid.flatMap(processCPUNanos)
    clientCPUEnd = selfCPUNanos()
    cpuWindowEnd = nowNanos()
}

// MARK: Report

var merged = Histogram()
var errors = 0
var reconnects = 0
var firstStart: UInt64 = .max
var lastFinish: UInt64 = 0
var firstError: String? = nil
for w in workers {
    merged.merge(w.histogram)
    errors += w.errors
    reconnects += w.reconnects
    firstStart = min(firstStart, w.firstStart)
    lastFinish = max(lastFinish, w.lastFinish)
    if firstError == nil { firstError = w.firstError }
}
let windowStart = opts.requests > 0 ? min(firstStart, lastFinish) : warmupEnd
let window = Double(lastFinish > windowStart ? lastFinish - windowStart : 1) / 1e9
let rate = Double(merged.total) / window

var line = "transport=\(opts.transport.rawValue) conns=\(opts.connections) call=\(callName)"
line += " calls/s=\(Int(rate.rounded()))"
line += " p50=\(ms(merged.percentile(0.50))) p90=\(ms(merged.percentile(0.90))) p99=\(ms(merged.percentile(0.99)))"
line += " max=\(ms(Double(merged.maxValue))) mean=\(ms(merged.mean))"
line += " errors=\(errors) requests=\(merged.total) secs=\(fixed(window, 2)) resp_bytes=\(probeResponseBytes)"
let calls = Double(max(1, merged.total + UInt64(errors)))
line += " cli_us/call=\(fixed(Double(clientCPUEnd &- clientCPUStart) / 1000 / calls, 1))"
if let a = serverCPUStart, let b = serverCPUEnd {
    let cpu = Double(b &- a)
    line += " srv_us/call=\(fixed(cpu / 1000 / calls, 1))"
    line += " srv_cpus=\(fixed(cpu / Double(max(1, cpuWindowEnd &- cpuWindowStart)), 2))"
}
if reconnects > 0 { line += " reconnects=\(reconnects)" }
if errors > 0 { line += " RESULT=ERRORS" }
printOut(line)
if let e = firstError { printErr("xapi-bench: first error: \(e)") }

// Log out the session on a connection of its own (the workers' may be mid-close).
if let session = sessionRef {
    if var c = try? connect() {
        _ = setupCall(&c, "session.logout", [.string(session)])
    }
}
exit(errors > 0 ? 3 : 0)
