// Typed object references: `Ref<VMRecord>` wraps the `OpaqueRef:…` string, as FileDescriptor wraps a CInt.
import Wire

/// A reference to an object of the record type `R`.
public struct Ref<R>: Sendable, Hashable, CustomStringConvertible {
    public let raw: String
    public init(_ raw: String) { self.raw = raw }

    public static var null: Ref<R> { Ref("OpaqueRef:NULL") }
    public var isNull: Bool { raw == "OpaqueRef:NULL" || raw.isEmpty }
    public var description: String { raw }
}

/// Fresh reference strings.
public enum OpaqueRef {
    public static let null = "OpaqueRef:NULL"
    /// `OpaqueRef:` + a random UUID (xapi Ref.make).
    public static func make() -> String { "OpaqueRef:" + UUID.random() }
}
