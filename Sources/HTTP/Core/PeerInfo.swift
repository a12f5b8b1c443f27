// Who is on the other end of a connection, as far as the socket says.

/// The transport a request arrived on and the peer's address.
public struct PeerInfo: Sendable, Hashable, CustomStringConvertible {
    public enum Transport: String, Sendable, Hashable {
        case unix
        case tcp
        case tls
    }

    public var transport: Transport
    /// The peer's IP address for TCP and TLS (IPv4-mapped IPv6 shown as IPv4, as xapi does);
    /// for a Unix socket, the path of the listening socket it connected to.
    public var address: String
    /// The peer's port; 0 on a Unix socket.
    public var port: UInt16

    public init(transport: Transport, address: String, port: UInt16 = 0) {
        self.transport = transport
        self.address = address
        self.port = port
    }

    public var description: String {
        switch transport {
        case .unix: return "unix:\(address)"
        case .tcp, .tls:
            let host = address.contains(":") ? "[\(address)]" : address
            return "\(transport.rawValue):\(host):\(port)"
        }
    }
}
