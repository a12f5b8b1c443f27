// <Class>.swift: the record struct of one class (a typed stored property per field, datamodel
// defaults, field access by position) and its ClassSpec (fields and messages in xenapi.json order).

enum EmitRecords {
    static func emit(_ model: Model) -> [OutputFile] {
        let render = Render(model: model)
        return model.classes.map { emit($0, render) }
    }

    private static let qualifiers = [
        "RW": ".rw", "RO/constructor": ".roConstructor", "RO/runtime": ".roRuntime",
    ]

    /// The expression decoding `value` into the Swift type of `t`; records stay wire values.
    private static func decode(_ t: DMType, _ render: Render) -> String {
        switch t {
        case .record, .opaque: return "value"
        default: return "try \(render.swiftType(t))(wire: value)"
        }
    }

    private static func emit(_ c: Model.Class, _ render: Render) -> OutputFile {
        var w = SourceWriter()
        let type = c.recordTypeName
        w.line("import Wire")
        w.line()
        w.line("public struct \(type): XenRecord, Equatable, Sendable {")
        for f in c.fields {
            w.line("    public var \(SwiftNames.escaped(f.swiftName)): \(render.swiftType(f.type))")
        }
        if !c.fields.isEmpty { w.line() }

        w.line("    public init() {")
        for f in c.fields {
            let value =
                f.defaultValue.map { render.swiftExpression($0, f.type) }
                ?? render.zeroExpression(f.type)
            w.line("        self.\(SwiftNames.escaped(f.swiftName)) = \(value)")
        }
        w.line("    }")
        w.line()

        w.line("    public func wireValue(field index: Int) -> Value? {")
        if c.fields.isEmpty {
            w.line("        nil")
        } else {
            w.line("        switch index {")
            for (i, f) in c.fields.enumerated() {
                let name = SwiftNames.escaped(f.swiftName)
                if case .option = f.type {
                    w.line("        case \(i): return self.\(name)?.wire")
                } else {
                    w.line("        case \(i): return self.\(name).wire")
                }
            }
            w.line("        default: return nil")
            w.line("        }")
        }
        w.line("    }")
        w.line()

        w.line("    public mutating func setWireValue(field index: Int, to value: Value) throws {")
        if !c.fields.isEmpty {
            w.line("        switch index {")
            for (i, f) in c.fields.enumerated() {
                let name = SwiftNames.escaped(f.swiftName)
                if case .option(let inner) = f.type {
                    w.line("        case \(i):")
                    w.line("            if case .null = value {")
                    w.line("                self.\(name) = nil")
                    w.line("            } else {")
                    w.line("                self.\(name) = \(decode(inner, render))")
                    w.line("            }")
                } else {
                    w.line("        case \(i): self.\(name) = \(decode(f.type, render))")
                }
            }
            w.line(
                "        default: throw XenAPIError.internalError(\"\(c.name) has no field \\(index)\")"
            )
            w.line("        }")
        } else {
            w.line("        throw XenAPIError.internalError(\"\(c.name) has no field \\(index)\")")
        }
        w.line("    }")
        w.line("}")
        w.line()

        w.line("extension \(type) {")
        w.line("    public static let spec = ClassSpec(")
        w.line("        name: \(SwiftNames.literal(c.name)),")
        w.line("        fields: fieldSpecs,")
        w.line("        messages: messageSpecs,")
        w.line("        release: \(SwiftNames.literal(c.release)),")
        w.line("        inDatabase: \(c.inDatabase),")
        w.line("        persistent: \(c.persistent),")
        w.line("        generatesEvents: \(c.generatesEvents),")
        w.line("        exposesGetAll: \(c.exposesGetAll)")
        w.line("    )")
        w.line()
        // One `append` per spec: a single array literal holding them all is one constraint system
        // (seconds of type checking per class). The builders run once and are not optimised: at -O,
        // COWArrayOpt is quadratic in a function this long (minutes for the module).
        w.line("    private static let fieldSpecs: [FieldSpec] = makeFieldSpecs()")
        w.line()
        w.line("    @_optimize(none)")
        w.line("    private static func makeFieldSpecs() -> [FieldSpec] {")
        w.line("        var fields: [FieldSpec] = []")
        w.line("        fields.reserveCapacity(\(c.fields.count))")
        for f in c.fields {
            w.call(
                indent: 8, "fields.append(FieldSpec(",
                [
                    .text("name: \(SwiftNames.literal(f.wireName))"),
                    .text("type: \(render.xenType(f.type))"),
                    .text("qualifier: \(qualifiers[f.qualifier]!)"),
                    .text("defaultValue: \(f.defaultValue.map(render.valueLiteral) ?? "nil")"),
                    .text("release: \(SwiftNames.literal(f.release))"),
                ], "))")
        }
        w.line("        return fields")
        w.line("    }")
        w.line()
        w.line("    private static let messageSpecs: [MessageSpec] = makeMessageSpecs()")
        w.line()
        w.line("    @_optimize(none)")
        w.line("    private static func makeMessageSpecs() -> [MessageSpec] {")
        w.line("        var messages: [MessageSpec] = []")
        w.line("        messages.reserveCapacity(\(c.messages.count))")
        for m in c.messages {
            let params = m.params.map { p -> String in
                var s =
                    "ParamSpec(name: \(SwiftNames.literal(p.name)), type: \(render.xenType(p.type))"
                if let d = p.defaultValue { s += ", defaultValue: \(render.valueLiteral(d))" }
                return s + ")"
            }
            var arguments: [Argument] = [
                .text("className: \(SwiftNames.literal(c.name))"),
                .text("name: \(SwiftNames.literal(m.name))"),
                .text("takesSession: \(m.takesSession)"),
                .list(label: "params", elements: params),
                .text("result: \(m.result.map(render.xenType) ?? "nil")"),
                .list(label: "errors", elements: m.errors.map(SwiftNames.literal)),
                .text("roles: RoleSets.\(RoleSets.name(m.roles))"),
                .text("implicit: \(m.implicit)"),
                .text("isAsync: \(m.isAsync)"),
                .text("release: \(SwiftNames.literal(m.release))"),
            ]
            if !m.protectedKeys.isEmpty {
                let keys = m.protectedKeys.map {
                    "ProtectedKey(\(SwiftNames.literal($0.key)), roles: RoleSets.\(RoleSets.name($0.roles)))"
                }
                arguments.append(.list(label: "protectedKeys", elements: keys))
            }
            w.call(indent: 8, "messages.append(MessageSpec(", arguments, "))")
        }
        w.line("        return messages")
        w.line("    }")
        w.line("}")
        return OutputFile(name: c.swiftName + ".swift", text: w.text)
    }
}
