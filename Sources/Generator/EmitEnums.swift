// Enums.swift: one Swift enum per datamodel enum, raw values = wire labels (sorted by datamodel
// name; cases in datamodel order, so the first case is the zero value).

enum EmitEnums {
    static func emit(_ model: Model) -> OutputFile {
        var w = SourceWriter()
        for (i, e) in model.enums.enumerated() {
            if i > 0 { w.line() }
            w.line("public enum \(e.swiftName): String, XenEnum, Sendable {")
            for (label, name) in zip(e.labels, e.caseNames) {
                w.line("    case \(SwiftNames.escaped(name)) = \(SwiftNames.literal(label))")
            }
            w.line()
            w.line("    public static let enumName = \(SwiftNames.literal(e.name))")
            w.line("}")
        }
        return OutputFile(name: "Enums.swift", text: w.text)
    }
}
