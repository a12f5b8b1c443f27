// Registry.swift: the `Datamodel` namespace listing every class spec (xenapi.json order), enum spec
// (by name), relation (sorted) and the record type of each class.

enum EmitRegistry {
    static func emit(_ model: Model) -> OutputFile {
        var w = SourceWriter()
        w.line("public enum Datamodel {")
        w.line("    public static let classes: [ClassSpec] = [")
        for c in model.classes { w.line("        \(c.recordTypeName).spec,") }
        w.line("    ]")
        w.line()
        w.line("    public static let enums: [EnumSpec] = [")
        for e in model.enums {
            w.call(
                indent: 8, "EnumSpec(",
                [
                    .text("name: \(SwiftNames.literal(e.name))"),
                    .list(label: "values", elements: e.labels.map(SwiftNames.literal)),
                ], "),")
        }
        w.line("    ]")
        w.line()
        if model.relations.isEmpty {
            w.line("    public static let relations: [RelationSpec] = []")
        } else {
            w.line("    public static let relations: [RelationSpec] = [")
            for r in model.relations {
                w.call(
                    indent: 8, "RelationSpec(",
                    [
                        .text("oneClass: \(SwiftNames.literal(r.oneClass))"),
                        .text("oneField: \(SwiftNames.literal(r.oneField))"),
                        .text("manyClass: \(SwiftNames.literal(r.manyClass))"),
                        .text("manyField: \(SwiftNames.literal(r.manyField))"),
                    ], "),")
            }
            w.line("    ]")
        }
        w.line()
        // One table of every class: the store takes the types of the classes it holds, which the
        // API may widen (messages live in the store although xapi keeps them outside its database).
        w.line("    /// Record types of every class by class name, `event` and `sr_stat` included.")
        w.line("    public static let recordTypes: [String: any XenRecord.Type] = [")
        for c in model.classes.sorted(by: { $0.name < $1.name }) {
            w.line("        \(SwiftNames.literal(c.name)): \(c.recordTypeName).self,")
        }
        w.line("    ]")
        w.line("}")
        return OutputFile(name: "Registry.swift", text: w.text)
    }
}
