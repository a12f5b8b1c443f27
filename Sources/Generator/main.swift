// xapi-gen: xenapi.json (+ datamodel/overlay.json) -> Sources/Datamodel/Generated/.
// Usage: xapi-gen [--datamodel PATH] [--overlay PATH] [--out DIR] [--check]
// --check compares instead of writing and exits 1 when the committed output is stale.
import Foundation

struct Options {
    var datamodel = "datamodel/xenapi.json"
    var overlay = "datamodel/overlay.json"
    var out = "Sources/Datamodel/Generated"
    var check = false

    init(_ arguments: [String]) throws {
        var args = arguments[...]
        while let a = args.popFirst() {
            switch a {
            case "--datamodel", "--overlay", "--out":
                guard let v = args.popFirst() else {
                    throw ModelError(description: "\(a) needs a value")
                }
                if a == "--datamodel" {
                    datamodel = v
                } else if a == "--overlay" {
                    overlay = v
                } else {
                    out = v
                }
            case "--check":
                check = true
            case "-h", "--help":
                print(
                    "usage: xapi-gen [--datamodel datamodel/xenapi.json] [--overlay datamodel/overlay.json] "
                        + "[--out Sources/Datamodel/Generated] [--check]")
                exit(0)
            default:
                throw ModelError(description: "unknown argument \(a)")
            }
        }
    }
}

/// Every output file, in a fixed order.
func generate(_ model: Model) throws -> [OutputFile] {
    [EmitEnums.emit(model), EmitRegistry.emit(model), try RoleSets.emit(model)]
        + EmitRecords.emit(model)
}

func run() throws -> Int32 {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    let (json, overlay) = try Input.load(
        datamodel: URL(fileURLWithPath: options.datamodel),
        overlay: URL(fileURLWithPath: options.overlay))
    let model = try Model(classes: json, overlay: overlay)
    let files = try generate(model)

    let fm = FileManager.default
    let outDir = URL(fileURLWithPath: options.out, isDirectory: true)
    let existing = Set(
        ((try? fm.contentsOfDirectory(atPath: outDir.path)) ?? []).filter { $0.hasSuffix(".swift") }
    )
    let wanted = Set(files.map(\.name))
    var stale: [String] = []
    for f in files {
        let url = outDir.appendingPathComponent(f.name)
        let current = try? String(contentsOf: url, encoding: .utf8)
        if current != f.text { stale.append(f.name) }
    }
    let extra = existing.subtracting(wanted).sorted()

    if options.check {
        for name in stale { print("stale: \(name)") }
        for name in extra { print("not generated: \(name)") }
        return stale.isEmpty && extra.isEmpty ? 0 : 1
    }
    try fm.createDirectory(at: outDir, withIntermediateDirectories: true)
    for f in files where stale.contains(f.name) {
        try f.text.write(
            to: outDir.appendingPathComponent(f.name), atomically: true, encoding: .utf8)
    }
    for name in extra {
        // Only remove what this generator wrote.
        let url = outDir.appendingPathComponent(name)
        if let text = try? String(contentsOf: url, encoding: .utf8),
            text.hasPrefix(OutputFile.header)
        {
            try fm.removeItem(at: url)
        }
    }
    let source = overlay == nil ? "no overlay" : "overlay \(options.overlay)"
    print(
        "xapi-gen: \(model.classes.count) classes, \(model.enums.count) enums, "
            + "\(model.classes.reduce(0) { $0 + $1.fields.count }) fields, "
            + "\(model.classes.reduce(0) { $0 + $1.messages.count }) messages (\(source)); "
            + "\(stale.count) file(s) written to \(options.out)")
    return 0
}

do {
    exit(try run())
} catch {
    FileHandle.standardError.write(Data("xapi-gen: \(error)\n".utf8))
    exit(2)
}
