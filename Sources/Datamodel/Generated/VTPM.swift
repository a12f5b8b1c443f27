// Generated from xenapi.json by xapi-gen. Do not edit.
import Wire

public struct VTPMRecord: XenRecord, Equatable, Sendable {
    public var uuid: String
    public var allowedOperations: [VTPMOperations]
    public var currentOperations: [String: VTPMOperations]
    public var vm: Ref<VMRecord>
    public var backend: Ref<VMRecord>
    public var persistenceBackend: PersistenceBackend
    public var isUnique: Bool
    public var isProtected: Bool

    public init() {
        self.uuid = ""
        self.allowedOperations = []
        self.currentOperations = [:]
        self.vm = .null
        self.backend = .null
        self.persistenceBackend = .xapi
        self.isUnique = false
        self.isProtected = false
    }

    public func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return self.uuid.wire
        case 1: return self.allowedOperations.wire
        case 2: return self.currentOperations.wire
        case 3: return self.vm.wire
        case 4: return self.backend.wire
        case 5: return self.persistenceBackend.wire
        case 6: return self.isUnique.wire
        case 7: return self.isProtected.wire
        default: return nil
        }
    }

    public mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: self.uuid = try String(wire: value)
        case 1: self.allowedOperations = try [VTPMOperations](wire: value)
        case 2: self.currentOperations = try [String: VTPMOperations](wire: value)
        case 3: self.vm = try Ref<VMRecord>(wire: value)
        case 4: self.backend = try Ref<VMRecord>(wire: value)
        case 5: self.persistenceBackend = try PersistenceBackend(wire: value)
        case 6: self.isUnique = try Bool(wire: value)
        case 7: self.isProtected = try Bool(wire: value)
        default: throw XenAPIError.internalError("VTPM has no field \(index)")
        }
    }
}

extension VTPMRecord {
    public static let spec = ClassSpec(
        name: "VTPM",
        fields: fieldSpecs,
        messages: messageSpecs,
        release: "22.26.0",
        inDatabase: true,
        persistent: true,
        generatesEvents: true,
        exposesGetAll: true
    )

    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()

    @_optimize(none)
    private static func makeFieldSpecs() -> [FieldSpec] {
        var fields: [FieldSpec] = []
        fields.reserveCapacity(8)
        fields.append(FieldSpec(
            name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"))
        fields.append(FieldSpec(
            name: "allowed_operations", type: .set(.enumeration("vtpm_operations")),
            qualifier: .roRuntime, defaultValue: .array([]), release: "rio"))
        fields.append(FieldSpec(
            name: "current_operations", type: .map(.string, .enumeration("vtpm_operations")),
            qualifier: .roRuntime, defaultValue: .structure([]), release: "rio"))
        fields.append(FieldSpec(
            name: "VM", type: .ref("VM"), qualifier: .roConstructor, defaultValue: nil,
            release: "rio"))
        fields.append(FieldSpec(
            name: "backend", type: .ref("VM"), qualifier: .roRuntime,
            defaultValue: .string("OpaqueRef:NULL"), release: "rio"))
        fields.append(FieldSpec(
            name: "persistence_backend", type: .enumeration("persistence_backend"),
            qualifier: .roRuntime, defaultValue: .string("xapi"), release: "22.26.0"))
        fields.append(FieldSpec(
            name: "is_unique", type: .bool, qualifier: .roConstructor, defaultValue: .bool(false),
            release: "22.26.0"))
        fields.append(FieldSpec(
            name: "is_protected", type: .bool, qualifier: .roRuntime, defaultValue: .bool(false),
            release: "22.26.0"))
        return fields
    }

    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()

    @_optimize(none)
    private static func makeMessageSpecs() -> [MessageSpec] {
        var messages: [MessageSpec] = []
        messages.reserveCapacity(16)
        messages.append(MessageSpec(
            className: "VTPM", name: "get_all_records", takesSession: true, params: [],
            result: .map(.ref("VTPM"), .record("VTPM")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "22.26.0"))
        messages.append(MessageSpec(
            className: "VTPM", name: "get_all", takesSession: true, params: [],
            result: .set(.ref("VTPM")), errors: [], roles: RoleSets.readOnlyClientCert,
            implicit: true, isAsync: false, release: "22.26.0"))
        messages.append(MessageSpec(
            className: "VTPM", name: "destroy", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VTPM"))], result: nil, errors: [],
            roles: RoleSets.vmAdmin, implicit: false, isAsync: true, release: "22.26.0"))
        messages.append(MessageSpec(
            className: "VTPM", name: "create", takesSession: true,
            params: [
                ParamSpec(name: "vM", type: .ref("VM")),
                ParamSpec(name: "is_unique", type: .bool),
            ],
            result: .ref("VTPM"), errors: [], roles: RoleSets.vmAdmin, implicit: false,
            isAsync: true, release: "22.26.0"))
        messages.append(MessageSpec(
            className: "VTPM", name: "get_is_protected", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VTPM"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "22.26.0"))
        messages.append(MessageSpec(
            className: "VTPM", name: "get_is_unique", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VTPM"))], result: .bool, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "22.26.0"))
        messages.append(MessageSpec(
            className: "VTPM", name: "get_persistence_backend", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VTPM"))],
            result: .enumeration("persistence_backend"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "22.26.0"))
        messages.append(MessageSpec(
            className: "VTPM", name: "get_backend", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VTPM"))], result: .ref("VM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VTPM", name: "get_VM", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VTPM"))], result: .ref("VM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VTPM", name: "get_current_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VTPM"))],
            result: .map(.string, .enumeration("vtpm_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VTPM", name: "get_allowed_operations", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VTPM"))],
            result: .set(.enumeration("vtpm_operations")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VTPM", name: "get_uuid", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VTPM"))], result: .string, errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "rio"))
        messages.append(MessageSpec(
            className: "VTPM", name: "get_by_uuid", takesSession: true,
            params: [ParamSpec(name: "uuid", type: .string)], result: .ref("VTPM"), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "22.26.0"))
        messages.append(MessageSpec(
            className: "VTPM", name: "get_record", takesSession: true,
            params: [ParamSpec(name: "self", type: .ref("VTPM"))], result: .record("VTPM"),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "22.26.0"))
        messages.append(MessageSpec(
            className: "VTPM", name: "get_all_records_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)],
            result: .map(.ref("VTPM"), .record("VTPM")), errors: [],
            roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false, release: "22.26.0"))
        messages.append(MessageSpec(
            className: "VTPM", name: "get_all_where", takesSession: true,
            params: [ParamSpec(name: "expr", type: .string)], result: .set(.ref("VTPM")),
            errors: [], roles: RoleSets.readOnlyClientCert, implicit: true, isAsync: false,
            release: "22.26.0"))
        return messages
    }
}
