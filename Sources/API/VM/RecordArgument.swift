// A constructor's struct argument as a typed record, the way xapi's generated server reads it:
// every field a client may set is taken from the struct, optional ones default, and a missing
// mandatory one is xapi's Dispatcher_FieldNotFound.
import Datamodel
import Wire

enum RecordArgument {
    static func decode<R: XenRecord>(_ value: Value, as _: R.Type = R.self) throws -> R {
        guard case .structure = value else { throw XenAPIError.typeError(expected: "struct", got: value) }
        var record = R()
        for (i, field) in R.spec.fields.enumerated() where field.qualifier != .roRuntime {
            if let v = value[member: field.name] {
                try record.setWireValue(field: i, to: v)
            } else if field.defaultValue == nil {
                throw XenAPIError.internalError("Server_helpers.Dispatcher_FieldNotFound(\"\(field.name)\")")
            }
        }
        return record
    }
}
