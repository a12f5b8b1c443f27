// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct ProbeResultRecord: XenRecord, Equatable, Sendable {
    public var configuration: [String: String]
    public var complete: Bool
    public var sr: Value?
    public var extraInfo: [String: String]

    public init() {
        self.configuration = [:]
        self.complete = false
        self.sr = nil
        self.extraInfo = [:]
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.configuration.wire
        case 1: return self.complete.wire
        case 2: return self.sr?.wire
        case 3: return self.extraInfo.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.configuration = try [String: String](wire: value)
        case 1: self.complete = try Bool(wire: value)
        case 2:
            if case .null = value {
                self.sr = nil
            } else {
                self.sr = value
            }
        case 3: self.extraInfo = try [String: String](wire: value)
        default: throw XenAPIError.internalError("probe_result has no field \(index)")
        }
    }
}

extension ProbeResultRecord {
    public static let spec = ClassSpec(
        name: "probe_result",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "lima",
        inDatabase: false,
        persistent: false,
        generatesEvents: false,
        exposesGetAll: false
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(4)
        fields.append(FieldSpec(
            name: "configuration", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: nil, release: "lima"))
        fields.append(FieldSpec(
            name: "complete", type: .bool, qualifier: .roRuntime, defaultValue: nil,
            release: "lima"))
        fields.append(FieldSpec(
            name: "sr", type: .option(.record("sr_stat")), qualifier: .roRuntime, defaultValue: nil,
            release: "lima"))
        fields.append(FieldSpec(
            name: "extra_info", type: .map(.string, .string), qualifier: .roRuntime,
            defaultValue: nil, release: "lima"))
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
