// First-start certificate generation, as xapi does when its PEM is missing
// (ocaml/gencert): a fresh RSA-2048 key and a self-signed SHA-256 certificate for 10 years.

/// Creates a self-signed server certificate and key if they do not exist yet.
public enum SelfSignedCertificate {
    /// Writes a new key (mode 0600) and certificate (mode 0644) unless both exist. If the paths
    /// are equal, one file (mode 0600) holds the key followed by the certificate, as xapi's
    /// `xapi-ssl.pem` does. Subject alternative names that are IP literals become `IP:`
    /// entries, the others `DNS:`. Returns whether files were created.
    @discardableResult
    public static func ensure(
        certificatePath: String, keyPath: String, commonName: String, subjectAltNames: [String],
        validityDays: Int = 3650
    ) throws -> Bool {
        if FileSystem.exists(certificatePath) && FileSystem.exists(keyPath) { return false }
        let generated = try OpenSSL.makeSelfSignedCertificate(
            commonName: commonName, subjectAltNames: subjectAltNames, days: validityDays)
        do {
            if certificatePath == keyPath {
                try writeAtomically(certificatePath, generated.privateKey + generated.certificate, mode: 0o600)
            } else {
                try writeAtomically(keyPath, generated.privateKey, mode: 0o600)
                try writeAtomically(certificatePath, generated.certificate, mode: 0o644)
            }
        } catch {
            throw TLSError(
                operation: "writing \(certificatePath)",
                details: ["\(error.call): \(Socket.errorText(error.errno))"])
        }
        return true
    }

    /// Writes to a temporary file beside `path`, then renames it into place, so a crash never
    /// leaves a truncated PEM that would stop the next start.
    private static func writeAtomically(_ path: String, _ bytes: [UInt8], mode: UInt32) throws(SocketError) {
        let temporary = path + ".tmp"
        FileSystem.remove(temporary)
        try FileSystem.createFile(temporary, contents: bytes, mode: mode)
        do {
            try FileSystem.rename(temporary, to: path)
        } catch {
            FileSystem.remove(temporary)
            throw error
        }
    }
}
