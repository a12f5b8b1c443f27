// Where a server listens: plain TCP, TLS over TCP, or a Unix socket with symlinked aliases.

/// An address to listen on.
public enum ListenerAddress: Sendable, CustomStringConvertible {
    /// Plain HTTP. `host` is a numeric address or name (`0.0.0.0`, `::`, `127.0.0.1`); port 0
    /// picks a free port, reported by `HTTPServer.listen`.
    case tcp(host: String, port: UInt16)
    /// HTTPS with the given certificate.
    case tls(host: String, port: UInt16, TLSContext)
    /// HTTP over a Unix socket at `path`; each alias becomes a symlink to it (xapi's
    /// `/var/lib/xcp/xapi` with `/var/xapi/xapi`).
    case unix(path: String, aliases: [String] = [])

    /// The port of a TCP or TLS address; nil for a Unix socket.
    public var port: UInt16? {
        switch self {
        case .tcp(_, let port), .tls(_, let port, _): return port
        case .unix: return nil
        }
    }

    public var description: String {
        switch self {
        case .tcp(let host, let port): return "tcp \(Self.hostPort(host, port))"
        case .tls(let host, let port, _): return "tls \(Self.hostPort(host, port))"
        case .unix(let path, _): return "unix \(path)"
        }
    }

    private static func hostPort(_ host: String, _ port: UInt16) -> String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
