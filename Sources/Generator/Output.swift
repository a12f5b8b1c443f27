// One generated file (its name under the output directory and its text), and the writer that lays
// out generated Swift in lines of at most 100 columns where it can.

struct OutputFile {
    static let header = "// Generated from xenapi.json by xapi-gen. Do not edit.\n"

    let name: String
    let text: String
}

/// An argument of a wrapped call: text, or an array literal that may be spread over lines.
enum Argument {
    case text(String)
    /// `label: [e1, e2]`, written one element per line when it does not fit.
    case list(label: String, elements: [String])

    var inline: String {
        switch self {
        case .text(let s): return s
        case .list(let label, let elements):
            return "\(label): [\(elements.joined(separator: ", "))]"
        }
    }
}

/// Accumulates Swift source line by line.
struct SourceWriter {
    static let width = 100

    private(set) var text = OutputFile.header

    mutating func line(_ s: String = "") {
        text += s
        text += "\n"
    }

    /// `head` + arguments + `tail` on one line when it fits; otherwise `head`, then the arguments
    /// packed into lines indented one level deeper, the last followed by `tail`.
    mutating func call(indent: Int, _ head: String, _ arguments: [Argument], _ tail: String) {
        let pad = String(repeating: " ", count: indent)
        let oneLine = pad + head + arguments.map(\.inline).joined(separator: ", ") + tail
        if oneLine.count <= Self.width {
            line(oneLine)
            return
        }
        line(pad + head)
        let inner = String(repeating: " ", count: indent + 4)
        var current = ""
        func flush() {
            if !current.isEmpty { line(inner + current) }
            current = ""
        }
        for (i, argument) in arguments.enumerated() {
            let end = i == arguments.count - 1 ? tail : ","
            let piece = argument.inline + end
            let joined = current.isEmpty ? piece : current + " " + piece
            if inner.count + joined.count <= Self.width {
                current = joined
                continue
            }
            flush()
            if inner.count + piece.count <= Self.width {
                current = piece
            } else if case .list(let label, let elements) = argument {
                line(inner + label + ": [")
                for e in elements { line(inner + "    " + e + ",") }
                line(inner + "]" + end)
            } else {
                line(inner + piece)
            }
        }
        flush()
    }
}
