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
        // Integral values below 10^16 print as plain integers under %.16g (no exponent, every
        // digit exact); most datamodel floats are such (1.0 multipliers, byte counts).
        if value.magnitude < 1e16 && value.rounded(.towardZero) == value {
            if value == 0 && value.sign == .minus {
                append("-0")
            } else {
                append(decimal: Int64(value))
            }
            return
        }
        var scratch: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0)
        let length = withUnsafeMutableBytes(of: &scratch) { buf -> Int in
            guard let chars = buf.baseAddress?.assumingMemoryBound(to: CChar.self) else { return 0 }
            let n = withVaList([value]) { vsnprintf(chars, buf.count, "%.16g", $0) }
            return min(max(Int(n), 0), buf.count - 1)
        }
        withUnsafeBytes(of: &scratch) { buf in
            append(UnsafeBufferPointer(rebasing: buf.bindMemory(to: UInt8.self)[0..<length]))
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
