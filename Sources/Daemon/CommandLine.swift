// `xapi --config FILE` and the overrides the issue names; everything else lives in the file.

struct CommandLineOptions {
    var configFile: String?
    var overrides: [(String, String)] = []
    var showHelp = false

    static let usage = """
        Usage: xapi [--config FILE] [options]

        Serves the XenAPI over HTTPS, HTTP and a local Unix socket.

        Options (each overrides the same setting of the config file, see etc/xapi.conf):
          --config FILE                 read settings from FILE
          --data-dir DIR                database, certificate and local storage (default /var/lib/xapi)
          --unix-socket PATH            local socket (default /var/lib/xcp/xapi, alias /var/xapi/xapi)
          --https ADDR:PORT             TLS listener, "" to disable (default 0.0.0.0:443)
          --http ADDR:PORT              plain HTTP listener, "" to disable (default 0.0.0.0:80)
          --hypervisor simulated|xen|auto
                                        auto: xen when /dev/xen/privcmd opens, else simulated
          --auth-file FILE              authenticate from a user:password[:role] file instead of PAM
          --log-level LEVEL             debug, info, warning or error
          -h, --help                    show this help

        """

    struct Error: Swift.Error, CustomStringConvertible {
        let description: String
    }

    static func parse(_ args: [String]) throws -> CommandLineOptions {
        var options = CommandLineOptions()
        let keys = ["--data-dir": "data-dir", "--unix-socket": "unix-socket", "--https": "https", "--http": "http",
                    "--hypervisor": "hypervisor", "--auth-file": "auth-file", "--log-level": "log-level"]
        var i = 0
        while i < args.count {
            var arg = args[i]
            var inlineValue: String?
            if arg.hasPrefix("--"), let eq = arg.firstIndex(of: "=") {
                inlineValue = String(arg[arg.index(after: eq)...])
                arg = String(arg[..<eq])
            }
            func value() throws -> String {
                if let inlineValue { return inlineValue }
                i += 1
                guard i < args.count else { throw Error(description: "\(arg) needs a value") }
                return args[i]
            }
            switch arg {
            case "-h", "--help": options.showHelp = true
            case "--config": options.configFile = try value()
            default:
                guard let key = keys[arg] else { throw Error(description: "unknown option \(arg)") }
                options.overrides.append((key, try value()))
            }
            i += 1
        }
        return options
    }
}
