// The daemon's settings: defaults, then `etc/xapi.conf`-style `key = value` file, then command-line
// overrides. Every key is documented in etc/xapi.conf.
import Foundation

struct Configuration: Sendable, Equatable {
    var dataDirectory = "/var/lib/xapi"
    var unixSocket = "/var/lib/xcp/xapi"
    var unixSocketAliases = ["/var/xapi/xapi"]
    var unixSocketMode = 0o600
    /// `ADDR:PORT`, empty to disable.
    var https = "0.0.0.0:443"
    var http = "0.0.0.0:80"
    var tlsCertificate = ""   // default: <data dir>/xapi-ssl.pem
    var tlsKey = ""           // default: <data dir>/xapi-ssl.key
    var hypervisor = "auto"
    /// `pam` or `file`.
    var authentication = "pam"
    var authFile = ""
    var pamService = "xapi"
    var maxRequestSize = 300 * 1024
    var idleTimeout = 300.0
    /// `full` or `normal` (see etc/xapi.conf).
    var databaseSynchronous = "full"
    var logLevel = "info"
    /// Seconds between pool heartbeat events; 0 disables them.
    var eventHeartbeatInterval = 30.0
    /// Events event.next keeps per session before the client gets EVENTS_LOST.
    var eventQueueLength = 10_000
    /// Least seconds between two event.from batches for one token (see etc/xapi.conf).
    var eventBatchInterval = 0.01
    /// Seconds between rescans of SRs whose other_config has auto-scan=true (xapi: 30).
    var srAutoScanInterval = 30.0

    var certificatePath: String { tlsCertificate.isEmpty ? dataDirectory + "/xapi-ssl.pem" : tlsCertificate }
    var keyPath: String { tlsKey.isEmpty ? dataDirectory + "/xapi-ssl.key" : tlsKey }
    var databasePath: String { dataDirectory + "/state.db" }

    struct Error: Swift.Error, CustomStringConvertible {
        let description: String
    }

    /// Applies one setting; unknown keys are an error so typos do not pass silently.
    mutating func set(_ key: String, _ value: String) throws {
        switch key {
        case "data-dir": dataDirectory = value
        case "unix-socket": unixSocket = value
        case "unix-socket-aliases":
            unixSocketAliases = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
        case "unix-socket-mode":
            guard let m = Int(value, radix: 8) else { throw Error(description: "unix-socket-mode: not octal: \(value)") }
            unixSocketMode = m
        case "https": https = value
        case "http": http = value
        case "tls-certificate": tlsCertificate = value
        case "tls-key": tlsKey = value
        case "hypervisor":
            guard ["auto", "xen", "simulated"].contains(value) else {
                throw Error(description: "hypervisor must be auto, xen or simulated, not \(value)")
            }
            hypervisor = value
        case "authentication":
            guard ["pam", "file"].contains(value) else { throw Error(description: "authentication must be pam or file") }
            authentication = value
        case "auth-file":
            authFile = value
            authentication = "file"
        case "pam-service": pamService = value
        case "max-request-size":
            guard let n = Int(value), n > 0 else { throw Error(description: "max-request-size: not a size: \(value)") }
            maxRequestSize = n
        case "idle-timeout":
            guard let t = Double(value), t > 0 else { throw Error(description: "idle-timeout: not seconds: \(value)") }
            idleTimeout = t
        case "database-synchronous":
            guard ["full", "normal"].contains(value) else { throw Error(description: "database-synchronous: full or normal") }
            databaseSynchronous = value
        case "log-level":
            guard ["debug", "info", "warning", "error"].contains(value) else {
                throw Error(description: "log-level: debug, info, warning or error")
            }
            logLevel = value
        case "event-heartbeat-interval":
            guard let t = Double(value), t >= 0, t.isFinite else {
                throw Error(description: "event-heartbeat-interval: not seconds: \(value)")
            }
            eventHeartbeatInterval = t
        case "event-queue-length":
            guard let n = Int(value), n > 0 else { throw Error(description: "event-queue-length: not a count: \(value)") }
            eventQueueLength = n
        case "event-batch-interval":
            guard let t = Double(value), t >= 0, t <= 1 else {
                throw Error(description: "event-batch-interval: seconds between 0 and 1: \(value)")
            }
            eventBatchInterval = t
        case "sr-auto-scan-interval":
            guard let t = Double(value), t > 0, t.isFinite else {
                throw Error(description: "sr-auto-scan-interval: not seconds: \(value)")
            }
            srAutoScanInterval = t
        default:
            throw Error(description: "unknown setting \(key)")
        }
    }

    /// Reads a config file: `key = value` lines, `#` comments, blank lines.
    mutating func load(file path: String) throws {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw Error(description: "cannot read \(path): \(error.localizedDescription)")
        }
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            guard let eq = line.firstIndex(of: "=") else {
                throw Error(description: "\(path):\(n + 1): expected key = value")
            }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            do {
                try set(key, value.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
            } catch let e as Error {
                throw Error(description: "\(path):\(n + 1): \(e.description)")
            }
        }
    }
}
