// Small helpers shared by the Wire tests: literal strings in, bytes out and back.
import XCTest
@testable import Wire

func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

/// Asserts that `body` throws an `RPCParseError` and returns it for further checks.
@discardableResult
func assertParseError<T>(
    _ body: @autoclosure () throws -> T, file: StaticString = #filePath, line: UInt = #line
) -> RPCParseError? {
    do {
        let value = try body()
        XCTFail("expected RPCParseError, got \(value)", file: file, line: line)
    } catch let error as RPCParseError {
        return error
    } catch {
        XCTFail("expected RPCParseError, got \(error)", file: file, line: line)
    }
    return nil
}

extension XMLRPC {
    /// The params of a call made of `params` XML (each a `<value>…</value>`).
    static func decodeParams(_ params: String...) throws -> [Value] {
        let body = "<?xml version='1.0'?><methodCall><methodName>m</methodName><params>"
            + params.map { "<param>\($0)</param>" }.joined() + "</params></methodCall>"
        return try decodeCall(bytes(body)).params
    }

    /// The single value `<value>…</value>` decodes to.
    static func decodeSingle(_ value: String) throws -> Value {
        let params = try decodeParams(value)
        guard params.count == 1 else { throw RPCParseError("expected one param, got \(params.count)") }
        return params[0]
    }
}

/// A tiny seeded generator so the mutations are the same on every run.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
