// The direct reader agrees with the libxml2 reader on every document it accepts, accepts what
// clients send, and leaves everything unusual to libxml2 (differential, over fixed cases and
// seeded random mutations).
import XCTest
@testable import Wire

final class XMLRPCFastDecoderTests: XCTestCase {
    /// Pretty-printed as Python's xmlrpc.client writes a call with every scalar type.
    static let python = """
        <?xml version='1.0'?>
        <methodCall>
        <methodName>VM.add_to_other_config</methodName>
        <params>
        <param>
        <value><string>OpaqueRef:s</string></value>
        </param>
        <param>
        <value><array><data>
        <value><i8>-9</i8></value>
        <value><boolean>0</boolean></value>
        <value><double>2.5</double></value>
        <value><dateTime.iso8601>20240102T03:04:05Z</dateTime.iso8601></value>
        <value>bare text</value>
        <value><struct>
        <member>
        <name>folder</name>
        <value><string>/a/b</string></value>
        </member>
        </struct></value>
        </data></array></value>
        </param>
        </params>
        </methodCall>

        """

    /// Asserts both readers agree whenever the direct one answers; returns whether it did.
    @discardableResult
    func agree(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        let body = bytes(text)
        guard let fast = XMLRPCFastDecoder.decodeCall(body) else { return false }
        do {
            let full = try XMLRPCDecoder.decodeCall(body)
            XCTAssertEqual(fast, full, text, file: file, line: line)
        } catch {
            XCTFail("libxml2 rejects what the direct reader accepted (\(error)): \(text)", file: file, line: line)
        }
        return true
    }

    func testWhatClientsSendIsReadDirectly() {
        XCTAssertTrue(agree(Self.python))
        let ours = XMLRPC.encodeCall(RPCCall(method: "VM.get_record", params: [
            "OpaqueRef:s", .int(-5), .bool(true), .array([]), .structure([Member("k", "v")]), "ünïcødé ✓",
        ]))
        XCTAssertTrue(agree(text(ours)))
        XCTAssertTrue(agree("<methodCall><methodName>m</methodName><params></params></methodCall>"))
    }

    func testEdgeCasesAgreeOrFallBack() {
        let values = [
            "<value></value>", "<value> </value>", "<value>\n<string>x</string>\n</value>", "<value><string></string></value>",
            "<value><string> a </string></value>", "<value><array> </array></value>", "<value><array></array></value>",
            "<value><struct> </struct></value>", "<value><struct></struct></value>", "<value>ab<string>x</string></value>",
            "<value><int> 5</int></value>", "<value><int>+5</int></value>", "<value><int></int></value>",
            "<value><int>99999999999999999999</int></value>", "<value><boolean>true</boolean></value>",
            "<value><boolean>0</boolean></value>", "<value><double>1e3</double></value>",
            "<value><dateTime.iso8601>bad</dateTime.iso8601></value>", "<value><nil/></value>",
            "<value><base64>YWJj</base64></value>", "<value>a&amp;b</value>", "<value>a\r\nb</value>",
            "<value><![CDATA[x]]></value>", "<value><!-- c -->x</value>", "<value><string>x</string></value >",
            "<value><string>x</strin></value>", "<value><value>x</value></value>", "<value><unknown>x</unknown></value>",
            "<value><array><data><value>1</value><value><array><data></data></array></value></data></array></value>",
            "<value>\u{1}</value>", "<value>\u{FFFF}</value>", "<value>é</value>", "<value>a]]>b</value>",
            "<value><struct><member><name></name><value>v</value></member></struct></value>",
        ]
        for v in values {
            agree("<?xml version=\"1.0\"?><methodCall><methodName>m</methodName><params><param>\(v)</param></params></methodCall>")
        }
        for doc in [
            "<methodCall><methodName> m </methodName><params/></methodCall>",
            "<?xml version='1.0' encoding='UTF-8'?><methodCall><methodName>m</methodName><params></params></methodCall>",
            "<methodCall><methodName>m</methodName><params></params></methodCall>trailing",
            "<methodCall><methodName>m</methodName><params></params></methodCall>\n\n",
            "<methodCall><methodName>m</methodName></methodCall>",
            "<methodCall><methodName>m</methodName><params><param></param></params></methodCall>",
            "\u{FEFF}<methodCall><methodName>m</methodName><params></params></methodCall>",
            "", "<", "<methodCall>",
        ] {
            agree(doc)
        }
    }

    func testRandomMutationsAgree() {
        var rng = SplitMix64(seed: 42)
        let base = Array(Self.python.utf8)
        let alphabet = Array("<>/ \n\r\t&;abcvaluestringintstructmember01.é!?[]-".utf8)
        var accepted = 0
        for _ in 0..<3000 {
            var doc = base
            for _ in 0..<(1 + Int(rng.next() % 3)) {
                let at = Int(rng.next() % UInt64(doc.count))
                switch rng.next() % 3 {
                case 0: doc.remove(at: at)
                case 1: doc.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: at)
                default: doc[at] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                }
            }
            if agree(String(decoding: doc, as: UTF8.self)) { accepted += 1 }
        }
        XCTAssertGreaterThan(accepted, 100, "mutations of blank text are still read directly")
    }
}
