// Floating-point text for both codecs: XML-RPC copies ocaml-rpc's `%.16g` (so 1.0 is `1`),
// JSON needs a fraction or exponent on every float so it reads back as a float.
import Glibc

extension ByteWriter {
    /// C's `%.16g` as ocaml-rpc's `xmlrpc.ml` prints `<double>`: `1`, `0.25`, `1e+20`, `nan`, `inf`.
    mutating func append(printfG16 value: Double) {
        if value.isNaN {
            append("nan")  // glibc would print `-nan` for a negative NaN; OCaml prints `nan`
            return
        }
        var scratch: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &scratch) { buf in
            guard let base = buf.baseAddress?.assumingMemoryBound(to: CChar.self) else { return }
            let n = withVaList([value]) { vsnprintf(base, buf.count, "%.16g", $0) }
            guard n > 0 else { return }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buf[0..<min(Int(n), buf.count - 1)]))
        }
    }

    /// A JSON number that stays a float: Swift's shortest round-trip digits (`1.0`, `0.1`,
    /// `1e+20`). NaN and ±∞ have no JSON spelling; like xapi (Yojson's non-standard output) they
    /// go out as `NaN`, `Infinity`, `-Infinity`, which Newtonsoft and Python's json accept.
    mutating func append(jsonDouble value: Double) {
        if value.isNaN {
            append("NaN")
        } else if value.isInfinite {
            append(value < 0 ? "-Infinity" : "Infinity")
        } else {
            append(raw: value.description)
        }
    }
}
