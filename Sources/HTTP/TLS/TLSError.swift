// Failures of OpenSSL set-up and certificate generation, with OpenSSL's own error queue.

/// An OpenSSL operation that failed, with the entries of OpenSSL's error queue.
public struct TLSError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var details: [String]

    public init(operation: String, details: [String] = []) {
        self.operation = operation
        self.details = details
    }

    public var description: String {
        details.isEmpty ? operation : "\(operation): \(details.joined(separator: "; "))"
    }
}
