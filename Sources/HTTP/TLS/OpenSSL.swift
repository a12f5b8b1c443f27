// The only file that calls OpenSSL. Wrappers are named after the C calls they make; handles are
// OpaquePointers owned by TLSContext (SSL_CTX) and TLSTransport (SSL). OpenSSL's error queue is
// per thread and connections move between pool threads, so every call clears it first.

import COpenSSL

enum OpenSSL {
    // MARK: Contexts

    /// Builds a server SSL_CTX: TLS 1.2 minimum, no renegotiation, no compression, server cipher
    /// order, unexpected EOF treated as a clean close, partial writes from a moving buffer.
    static func makeServerContext(certificatePath: String, keyPath: String, cipherList: String)
        throws(TLSError) -> OpaquePointer
    {
        ERR_clear_error()
        guard let ctx = SSL_CTX_new(TLS_server_method()) else {
            throw TLSError(operation: "SSL_CTX_new", details: drainErrors())
        }
        func fail(_ operation: String) -> TLSError {
            let error = TLSError(operation: operation, details: drainErrors())
            SSL_CTX_free(ctx)
            return error
        }
        guard copenssl_set_min_proto(ctx, TLS1_2_VERSION) == 1 else { throw fail("SSL_CTX_set_min_proto_version") }
        _ = SSL_CTX_set_options(
            ctx,
            copenssl_op_ignore_unexpected_eof() | copenssl_op_no_renegotiation()
                | copenssl_op_cipher_server_preference() | copenssl_op_no_compression())
        _ = copenssl_ctx_set_mode(ctx, Int(SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER))
        guard SSL_CTX_set_cipher_list(ctx, cipherList) == 1 else { throw fail("SSL_CTX_set_cipher_list(\(cipherList))") }
        guard SSL_CTX_use_certificate_chain_file(ctx, certificatePath) == 1 else {
            throw fail("loading certificate \(certificatePath)")
        }
        guard SSL_CTX_use_PrivateKey_file(ctx, keyPath, SSL_FILETYPE_PEM) == 1 else {
            throw fail("loading private key \(keyPath)")
        }
        guard SSL_CTX_check_private_key(ctx) == 1 else { throw fail("certificate and key do not match") }
        let sessionContext: [UInt8] = Array("xapi".utf8)
        _ = SSL_CTX_set_session_id_context(ctx, sessionContext, UInt32(sessionContext.count))
        return ctx
    }

    /// Wraps `SSL_CTX_free`.
    static func freeContext(_ ctx: OpaquePointer) {
        SSL_CTX_free(ctx)
    }

    // MARK: Sessions

    /// Wraps `SSL_new` + `SSL_set_fd` + `SSL_set_accept_state`.
    static func makeSession(context: OpaquePointer, fd: Int32) -> OpaquePointer? {
        ERR_clear_error()
        guard let ssl = SSL_new(context) else { return nil }
        guard SSL_set_fd(ssl, fd) == 1 else {
            SSL_free(ssl)
            return nil
        }
        SSL_set_accept_state(ssl)
        return ssl
    }

    /// Wraps `SSL_free`.
    static func freeSession(_ ssl: OpaquePointer) {
        SSL_free(ssl)
    }

    /// Wraps `SSL_do_handshake`.
    static func handshake(_ ssl: OpaquePointer) -> TransportResult {
        ERR_clear_error()
        let rc = SSL_do_handshake(ssl)
        if rc == 1 { return .transferred(0) }
        return classify(ssl, rc)
    }

    /// Wraps `SSL_read`; returns buffered plaintext before asking the socket for more.
    static func read(_ ssl: OpaquePointer, into buffer: UnsafeMutableRawBufferPointer) -> TransportResult {
        ERR_clear_error()
        let rc = SSL_read(ssl, buffer.baseAddress, Int32(clamping: buffer.count))
        if rc > 0 { return .transferred(Int(rc)) }
        return classify(ssl, rc)
    }

    /// Wraps `SSL_write` (partial writes enabled).
    static func write(_ ssl: OpaquePointer, _ buffer: UnsafeRawBufferPointer) -> TransportResult {
        guard buffer.count > 0 else { return .transferred(0) }
        ERR_clear_error()
        let rc = SSL_write(ssl, buffer.baseAddress, Int32(clamping: buffer.count))
        if rc > 0 { return .transferred(Int(rc)) }
        return classify(ssl, rc)
    }

    /// Wraps `SSL_shutdown`: sends close_notify, best effort, without waiting for the peer's.
    static func shutdown(_ ssl: OpaquePointer) {
        ERR_clear_error()
        _ = SSL_shutdown(ssl)
        ERR_clear_error()
    }

    private static func classify(_ ssl: OpaquePointer, _ rc: Int32) -> TransportResult {
        let error = SSL_get_error(ssl, rc)
        switch error {
        case SSL_ERROR_WANT_READ: return .wantRead
        case SSL_ERROR_WANT_WRITE: return .wantWrite
        case SSL_ERROR_ZERO_RETURN: return .endOfFile
        case SSL_ERROR_SYSCALL:
            let details = drainErrors()
            return details.isEmpty ? .endOfFile : .failed(details.joined(separator: "; "))
        default:
            let details = drainErrors()
            return .failed(details.isEmpty ? "SSL error \(error)" : details.joined(separator: "; "))
        }
    }

    /// Empties this thread's OpenSSL error queue into strings.
    static func drainErrors() -> [String] {
        var messages: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            messages.append(String(decoding: bytes, as: UTF8.self))
        }
        return messages
    }

    // MARK: Certificates

    /// Generates an RSA-2048 key and a self-signed X.509 v3 certificate (SHA-256) for a TLS
    /// server, valid from now for `days`; returns both as PEM.
    static func makeSelfSignedCertificate(
        commonName: String, subjectAltNames: [String], days: Int
    ) throws(TLSError) -> (certificate: [UInt8], privateKey: [UInt8]) {
        ERR_clear_error()
        guard let key = copenssl_rsa_gen(2048) else {
            throw TLSError(operation: "EVP_RSA_gen(2048)", details: drainErrors())
        }
        defer { EVP_PKEY_free(key) }
        guard let cert = X509_new() else { throw TLSError(operation: "X509_new", details: drainErrors()) }
        defer { X509_free(cert) }

        guard X509_set_version(cert, 2) == 1 else { throw TLSError(operation: "X509_set_version", details: drainErrors()) }
        // A random positive 127-bit serial (RFC 5280 §4.1.2.2: at most 20 octets, unique).
        guard let serial = BN_new() else { throw TLSError(operation: "BN_new", details: drainErrors()) }
        defer { BN_free(serial) }
        guard BN_rand(serial, 127, -1, 0) == 1,
            BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(cert)) != nil
        else { throw TLSError(operation: "serial number", details: drainErrors()) }
        guard X509_gmtime_adj(X509_getm_notBefore(cert), 0) != nil,
            X509_gmtime_adj(X509_getm_notAfter(cert), days * 86_400) != nil
        else { throw TLSError(operation: "validity", details: drainErrors()) }
        guard X509_set_pubkey(cert, key) == 1 else { throw TLSError(operation: "X509_set_pubkey", details: drainErrors()) }

        guard let name = X509_get_subject_name(cert) else { throw TLSError(operation: "X509_get_subject_name") }
        let cn = Array(commonName.utf8)
        guard X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, cn, Int32(cn.count), -1, 0) == 1,
            X509_set_issuer_name(cert, name) == 1
        else { throw TLSError(operation: "subject name \(commonName)", details: drainErrors()) }

        var ctx = X509V3_CTX()
        X509V3_set_ctx(&ctx, cert, cert, nil, nil, 0)
        var extensions: [(Int32, String)] = [
            (NID_basic_constraints, "critical,CA:FALSE"),
            (NID_key_usage, "critical,digitalSignature,keyEncipherment"),
            (NID_ext_key_usage, "serverAuth"),
            (NID_subject_key_identifier, "hash"),
        ]
        if !subjectAltNames.isEmpty {
            let sans = subjectAltNames.map { (isIPAddress($0) ? "IP:" : "DNS:") + $0 }
            extensions.append((NID_subject_alt_name, sans.joined(separator: ",")))
        }
        for (nid, value) in extensions {
            guard let ext = X509V3_EXT_conf_nid(nil, &ctx, nid, value) else {
                throw TLSError(operation: "extension \(value)", details: drainErrors())
            }
            defer { X509_EXTENSION_free(ext) }
            guard X509_add_ext(cert, ext, -1) == 1 else {
                throw TLSError(operation: "X509_add_ext \(value)", details: drainErrors())
            }
        }
        guard X509_sign(cert, key, EVP_sha256()) > 0 else { throw TLSError(operation: "X509_sign", details: drainErrors()) }

        let certificatePEM = try pem("PEM_write_bio_X509") { PEM_write_bio_X509($0, cert) }
        let keyPEM = try pem("PEM_write_bio_PrivateKey") { PEM_write_bio_PrivateKey($0, key, nil, nil, 0, nil, nil) }
        return (certificatePEM, keyPEM)
    }

    /// Runs a PEM writer into a memory BIO and returns the bytes.
    private static func pem(_ operation: String, _ write: (OpaquePointer) -> Int32) throws(TLSError) -> [UInt8] {
        guard let bio = BIO_new(BIO_s_mem()) else { throw TLSError(operation: "BIO_new", details: drainErrors()) }
        defer { BIO_free(bio) }
        guard write(bio) == 1 else { throw TLSError(operation: operation, details: drainErrors()) }
        var data: UnsafeMutablePointer<CChar>?
        let length = copenssl_bio_get_mem_data(bio, &data)
        guard length > 0, let data else { throw TLSError(operation: operation) }
        return data.withMemoryRebound(to: UInt8.self, capacity: length) {
            Array(UnsafeBufferPointer(start: $0, count: length))
        }
    }

    /// Whether `s` is a literal IPv4 or IPv6 address (for `IP:` rather than `DNS:` SANs).
    static func isIPAddress(_ s: String) -> Bool {
        if s.contains(":") { return true }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in
            !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCII) && part.allSatisfy(\.isNumber)
                && (Int(part) ?? 256) <= 255
        }
    }
}
