// A server TLS configuration: certificate, key, protocol versions and ciphers. Immutable after
// init, so one context serves every connection of a listener from any thread.

/// A loaded certificate and key with the server's TLS policy (TLS 1.2 and 1.3, no
/// renegotiation, peers that close without close_notify treated as a clean end).
public final class TLSContext: @unchecked Sendable {
    /// ECDHE with AES-GCM first (the Go SDK accepts nothing else), then ChaCha20; TLS 1.3
    /// suites are OpenSSL's defaults.
    public static let defaultCipherList =
        "ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:"
        + "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES128-GCM-SHA256:"
        + "ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-CHACHA20-POLY1305"

    /// The SSL_CTX; never mutated after init (SSL_new on it is thread-safe).
    let handle: OpaquePointer
    public let certificatePath: String
    public let keyPath: String

    /// Loads a PEM certificate chain and private key (they may be the same file).
    public init(certificatePath: String, keyPath: String, cipherList: String = TLSContext.defaultCipherList)
        throws(TLSError)
    {
        self.certificatePath = certificatePath
        self.keyPath = keyPath
        handle = try OpenSSL.makeServerContext(
            certificatePath: certificatePath, keyPath: keyPath, cipherList: cipherList)
    }

    deinit {
        OpenSSL.freeContext(handle)
    }
}
