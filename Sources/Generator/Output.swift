// One generated file: its name under the output directory and its full text.

struct OutputFile {
    static let header = "// Generated from xenapi.json by xapi-gen. Do not edit.\n"

    let name: String
    let text: String
}

/// Accumulates Swift source line by line.
struct SourceWriter {
    private(set) var text = OutputFile.header

    mutating func line(_ s: String = "") {
        text += s
        text += "\n"
    }
}
