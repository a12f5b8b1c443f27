// Command-line options of xapi-bench.
import Glibc

enum TransportKind: String {
    case unix, tcp, tls
}

struct BenchOptions {
    var transport: TransportKind = .unix
    var address = ""                 // socket path, or HOST:PORT
    var connections = 1
    var duration = 5.0               // seconds of measurement (ignored when requests > 0)
    var requests = 0                 // total requests across connections (0: use duration)
    var warmup = 1.0                 // seconds before measurement starts
    var path = "/"
    var httpMethod = "POST"
    var rpcMethod: String? = nil     // XML-RPC method name
    var params: [ParamToken] = []
    var bodyFile: String? = nil
    var login: (user: String, password: String)? = nil
    var vmFrom: String? = nil        // "dom0" | "first"
    var label: String? = nil
    var host = "localhost"           // Host header
    var expectRPCSuccess: Bool? = nil
    var quiet = false
    var serverPid: Int32? = nil      // sample this process's CPU time over the measured window

    static let usage = """
        Usage: xapi-bench TRANSPORT [options]
          TRANSPORT: --unix PATH | --tcp HOST:PORT | --tls HOST:PORT  (TLS: no verification, TLS 1.2+)
          --connections N        concurrent keep-alive connections, one thread each (default 1)
          --duration SECONDS     measured time (default 5), or
          --requests N           total requests across all connections
          --warmup SECONDS       load before measurement starts (default 1; 0 with --requests)
          --method M             XML-RPC method, e.g. VM.get_record
          --params LIST          JSON-ish list: ["literal", 42, true, session, vm]
                                 (bare session / vm are replaced by the login session / VM ref)
          --login USER:PASSWORD  session.login_with_password first (logout at the end)
          --vm-from dom0|first   find a VM ref: the control domain (VM.get_all_records_where
                                 is_control_domain) or the first of VM.get_all
          --body FILE            raw request body instead of --method
          --path /P              request target (default /)
          --http-method M        POST (default), GET, OPTIONS, ...
          --check-rpc / --no-check-rpc
                                 require <value>Success</value> in every body (default: on for --method)
          --label NAME           call name printed in the result line
          --host NAME            Host header (default localhost)
          --server-pid PID       also report the server's CPU time per call over the measured window
                                 (srv_us/call, srv_cpus) from /proc/PID/stat; the client's own is
                                 always reported (cli_us/call)
        Prints one line: transport=… conns=… call=… calls/s=… p50=… p90=… p99=… max=… errors=…

        """

    static func parse(_ args: [String]) throws(BenchError) -> BenchOptions {
        var o = BenchOptions()
        var sawTransport = false
        var sawWarmup = false
        var i = 0
        func value() throws(BenchError) -> String {
            i += 1
            guard i < args.count else { throw BenchError("\(args[i - 1]) needs a value") }
            return args[i]
        }
        func number(_ s: String) throws(BenchError) -> Double {
            guard let d = Double(s), d >= 0 else { throw BenchError("not a number: \(s)") }
            return d
        }
        func integer(_ s: String) throws(BenchError) -> Int {
            guard let n = Int(s), n >= 0 else { throw BenchError("not a count: \(s)") }
            return n
        }
        while i < args.count {
            let a = args[i]
            switch a {
            case "--unix", "--tcp", "--tls":
                o.transport = TransportKind(rawValue: String(a.dropFirst(2)))!
                o.address = try value()
                sawTransport = true
            case "--connections", "-c": o.connections = max(1, try integer(try value()))
            case "--duration", "-d": o.duration = try number(try value())
            case "--requests", "-n": o.requests = try integer(try value())
            case "--warmup": o.warmup = try number(try value()); sawWarmup = true
            case "--path": o.path = try value()
            case "--http-method": o.httpMethod = try value().uppercased()
            case "--method": o.rpcMethod = try value()
            case "--params": o.params = try ParamToken.parseList(try value())
            case "--body": o.bodyFile = try value()
            case "--login":
                let v = try value()
                guard let colon = v.firstIndex(of: ":") else { throw BenchError("--login wants USER:PASSWORD") }
                o.login = (String(v[..<colon]), String(v[v.index(after: colon)...]))
            case "--vm-from":
                let v = try value()
                guard v == "dom0" || v == "first" else { throw BenchError("--vm-from wants dom0 or first") }
                o.vmFrom = v
            case "--label": o.label = try value()
            case "--host": o.host = try value()
            case "--check-rpc": o.expectRPCSuccess = true
            case "--no-check-rpc": o.expectRPCSuccess = false
            case "--quiet", "-q": o.quiet = true
            case "--server-pid":
                let v = try value()
                guard let pid = Int32(v), pid > 0 else { throw BenchError("--server-pid wants a process id") }
                o.serverPid = pid
            case "-h", "--help": throw BenchError("")
            default: throw BenchError("unknown argument \(a)")
            }
            i += 1
        }
        guard sawTransport else { throw BenchError("one of --unix, --tcp, --tls is required") }
        if o.rpcMethod != nil && o.bodyFile != nil { throw BenchError("--method and --body exclude each other") }
        if o.requests > 0 && !sawWarmup { o.warmup = 0 }
        if o.params.contains(.session) && o.login == nil { throw BenchError("params use session but no --login") }
        if o.params.contains(.vm) && o.vmFrom == nil { throw BenchError("params use vm but no --vm-from") }
        if o.vmFrom != nil && o.login == nil { throw BenchError("--vm-from needs --login") }
        return o
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// One element of `--params`.
enum ParamToken: Equatable {
    case string(String), int(Int), bool(Bool), double(Double), session, vm

    /// Parses `["a", 1, true, session, vm]` (brackets optional; strings in double or single quotes).
    static func parseList(_ text: String) throws(BenchError) -> [ParamToken] {
        var s = Substring(text).drop(while: { $0 == " " })
        if s.first == "[" { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\n" { s = s.dropLast() }
        if s.last == "]" { s = s.dropLast() }
        var out: [ParamToken] = []
        let chars = Array(s)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "," || c == "\t" || c == "\n" { i += 1; continue }
            if c == "\"" || c == "'" {
                var v = ""
                i += 1
                while i < chars.count && chars[i] != c {
                    if chars[i] == "\\" && i + 1 < chars.count { i += 1 }
                    v.append(chars[i]); i += 1
                }
                guard i < chars.count else { throw BenchError("unterminated string in --params") }
                i += 1
                out.append(.string(v))
                continue
            }
            var word = ""
            while i < chars.count && chars[i] != "," && chars[i] != " " { word.append(chars[i]); i += 1 }
            switch word {
            case "session", "$session", "SESSION": out.append(.session)
            case "vm", "$vm", "VM": out.append(.vm)
            case "true": out.append(.bool(true))
            case "false": out.append(.bool(false))
            default:
                if let n = Int(word) { out.append(.int(n)) }
                else if let d = Double(word) { out.append(.double(d)) }
                else { throw BenchError("cannot parse parameter \(word) (quote strings)") }
            }
        }
        return out
    }
}
