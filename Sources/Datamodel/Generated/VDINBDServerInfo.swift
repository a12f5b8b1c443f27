// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VDINBDServerInfoRecord: XenRecord, Equatable, Sendable {
    public var exportname: String
    public var address: String
    public var port: Int64
    public var cert: String
    public var subject: String

    public init() {
        self.exportname = ""
        self.address = ""
        self.port = 0
        self.cert = ""
        self.subject = ""
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.exportname.wire
        case 1: return self.address.wire
        case 2: return self.port.wire
        case 3: return self.cert.wire
        case 4: return self.subject.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.exportname = try String(wire: value)
        case 1: self.address = try String(wire: value)
        case 2: self.port = try Int64(wire: value)
        case 3: self.cert = try String(wire: value)
        case 4: self.subject = try String(wire: value)
        default: throw XenAPIError.internalError("vdi_nbd_server_info has no field \(index)")
        }
    }
}

extension VDINBDServerInfoRecord {
    public static let spec = ClassSpec(
        name: "vdi_nbd_server_info",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "inverness",
        inDatabase: false,
        persistent: false,
        generatesEvents: false,
        exposesGetAll: false
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(5)
        fields.append(FieldSpec(
            name: "exportname", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "inverness"))
        fields.append(FieldSpec(
            name: "address", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "inverness"))
        fields.append(FieldSpec(
            name: "port", type: .int, qualifier: .roRuntime, defaultValue: nil,
            release: "inverness"))
        fields.append(FieldSpec(
            name: "cert", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "inverness"))
        fields.append(FieldSpec(
            name: "subject", type: .string, qualifier: .roRuntime, defaultValue: nil,
            release: "inverness"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(0)
        return messages
    }
}
