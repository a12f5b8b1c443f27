// Hostile input never crashes the decoders: every truncation and thousands of seeded random
// mutations of valid bodies either decode or throw RPCParseError.
import XCTest
@testable import Wire

final class RobustnessTests: XCTestCase {
    private let value = Value.structure([
        Member("name", "a <b> & \"c\""),
        Member("n", .int(-42)),
        Member("f", .double(0.5)),
        Member("ok", .bool(true)),
        Member("when", .dateTime(XenDate(secondsSince1970: 1_704_164_645))),
        Member("list", .array(["x", .array([]), .structure([Member("k", "v")])])),
    ])

    func testEveryXMLTruncationThrows() {
        let body = XMLRPC.encodeCall(RPCCall(method: "VM.set_other_config", params: ["OpaqueRef:x", value]))
        for n in 0..<body.count {
            XCTAssertNotNil(assertParseError(try XMLRPC.decodeCall(Array(body[..<n]))), "prefix \(n)")
        }
        XCTAssertNoThrow(try XMLRPC.decodeCall(body))
    }

    func testEveryJSONTruncationThrows() {
        let body = JSONRPC.encodeCall(RPCCall(method: "VM.set_other_config", params: ["OpaqueRef:x", value], id: .int(1), jsonVersion: .v2))
        for n in 0..<body.count {
            XCTAssertNotNil(assertParseError(try JSONRPC.decodeCall(Array(body[..<n]))), "prefix \(n)")
        }
        XCTAssertNoThrow(try JSONRPC.decodeCall(body))
    }

    func testRandomMutationsOfXML() {
        let body = XMLRPC.encodeCall(RPCCall(method: "VM.set_other_config", params: ["OpaqueRef:x", value]))
        var rng = SplitMix64(seed: 0x5EED)
        let alphabet = Array("<>/&;\"'!-[]?=#x0 \n\u{0}".utf8) + [0xC3, 0xFF, 0x80]
        for _ in 0..<3_000 {
            var mutated = body
            for _ in 0..<Int(rng.next() % 4 + 1) {
                let i = Int(rng.next() % UInt64(mutated.count))
                switch rng.next() % 3 {
                case 0: mutated[i] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                case 1: mutated.remove(at: i)
                default: mutated.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: i)
                }
            }
            do { _ = try XMLRPC.decodeCall(mutated) } catch {}
        }
    }

    func testRandomMutationsOfJSON() {
        let body = JSONRPC.encodeCall(RPCCall(method: "VM.set_other_config", params: ["OpaqueRef:x", value], id: "i", jsonVersion: .v1))
        var rng = SplitMix64(seed: 0xF00D)
        let alphabet = Array("{}[],:\"\\u0123456789eE+-.tfnrNI \n".utf8) + [0x00, 0xC3, 0xFF, 0xED]
        for _ in 0..<5_000 {
            var mutated = body
            for _ in 0..<Int(rng.next() % 4 + 1) {
                let i = Int(rng.next() % UInt64(mutated.count))
                switch rng.next() % 3 {
                case 0: mutated[i] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                case 1: mutated.remove(at: i)
                default: mutated.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: i)
                }
            }
            do { _ = try JSONRPC.decodeCall(mutated) } catch {}
            do { _ = try JSONRPC.decodeResponse(mutated) } catch {}
        }
    }
}
