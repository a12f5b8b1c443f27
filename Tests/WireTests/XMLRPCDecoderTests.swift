// Decoding XML-RPC requests from literal bodies as real clients send them.
import Foundation
import XCTest
@testable import Wire

final class XMLRPCDecoderTests: XCTestCase {
    /// Python's xmlrpc.client, exactly as in xapi-semantics.md §1.6a.
    func testPythonLogin() throws {
        let body = """
            <?xml version='1.0'?>
            <methodCall><methodName>session.login_with_password</methodName><params>
            <param><value><string>root</string></value></param>
            <param><value><string>secret</string></value></param>
            <param><value><string>2.21</string></value></param>
            <param><value><string>mytool/1.0</string></value></param>
            </params></methodCall>

            """
        let call = try XMLRPC.decodeCall(bytes(body))
        XCTAssertEqual(call.method, "session.login_with_password")
        XCTAssertEqual(call.params, ["root", "secret", "2.21", "mytool/1.0"])
        XCTAssertNil(call.id)
        XCTAssertNil(call.jsonVersion)
    }

    /// Python's pretty-printed form of arrays, structs, ints, bools, doubles and None.
    func testPythonPrettyPrintedTypes() throws {
        let body = """
            <?xml version='1.0'?>
            <methodCall>
            <methodName>VM.set_other_config</methodName>
            <params>
            <param>
            <value><string>OpaqueRef:abc</string></value>
            </param>
            <param>
            <value><struct>
            <member>
            <name>a</name>
            <value><int>5</int></value>
            </member>
            <member>
            <name>b</name>
            <value><array><data>
            <value><boolean>1</boolean></value>
            <value><double>0.25</double></value>
            <value><nil/></value>
            </data></array></value>
            </member>
            </struct></value>
            </param>
            </params>
            </methodCall>

            """
        let call = try XMLRPC.decodeCall(bytes(body))
        XCTAssertEqual(call.method, "VM.set_other_config")
        XCTAssertEqual(call.params, [
            "OpaqueRef:abc",
            .structure([
                Member("a", .int(5)),
                Member("b", .array([.bool(true), .double(0.25), .null])),
            ]),
        ])
    }

    /// Xen Orchestra sends every int as a string and bare `<value>` text.
    func testXenOrchestraStyle() throws {
        let params = try XMLRPC.decodeParams(
            "<value>OpaqueRef:s</value>", "<value>2147483648</value>", "<value><string>12</string></value>")
        XCTAssertEqual(params, ["OpaqueRef:s", "2147483648", "12"])
    }

    func testEmptyAndBareStrings() throws {
        XCTAssertEqual(try XMLRPC.decodeSingle("<value/>"), "")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value></value>"), "")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><string/></value>"), "")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><string></string></value>"), "")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value>bare</value>"), "bare")
    }

    /// Whitespace inside a string is data; only blank text around elements is layout.
    func testWhitespaceInsideStringsIsPreserved() throws {
        XCTAssertEqual(try XMLRPC.decodeSingle("<value>  two  spaces </value>"), "  two  spaces ")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value>   </value>"), "   ")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value>\n</value>"), "\n")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><string> a\tb\n </string></value>"), " a\tb\n ")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><string>\n</string></value>"), "\n")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value>\n  <string>x</string>\n</value>"), "x")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value>a\r\nb</value>"), "a\nb")  // XML line-end normalisation
    }

    func testEntitiesCharacterReferencesAndCDATA() throws {
        XCTAssertEqual(try XMLRPC.decodeSingle("<value>&lt;a&gt; &amp; &quot;q&quot; &apos;</value>"), "<a> & \"q\" '")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value>&#233;&#x263A;</value>"), "é☺")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><![CDATA[<raw & text>]]></value>"), "<raw & text>")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value>a<!-- note -->b</value>"), "ab")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value>日本語 ünïcödé 🎉</value>"), "日本語 ünïcödé 🎉")
    }

    func testIntegers() throws {
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><int>42</int></value>"), .int(42))
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><i4>-7</i4></value>"), .int(-7))
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><i8>9223372036854775807</i8></value>"), .int(.max))
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><i8>-9223372036854775808</i8></value>"), .int(.min))
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><int>+3</int></value>"), .int(3))
        assertParseError(try XMLRPC.decodeSingle("<value><i8>9223372036854775808</i8></value>"))
        assertParseError(try XMLRPC.decodeSingle("<value><int>12a</int></value>"))
        assertParseError(try XMLRPC.decodeSingle("<value><int> 1</int></value>"))
        assertParseError(try XMLRPC.decodeSingle("<value><int></int></value>"))
        assertParseError(try XMLRPC.decodeSingle("<value><int/></value>"))
    }

    func testBooleansOnlyOneIsTrue() throws {
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><boolean>1</boolean></value>"), .bool(true))
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><boolean>0</boolean></value>"), .bool(false))
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><boolean>true</boolean></value>"), .bool(false))
        XCTAssertEqual(try XMLRPC.decodeSingle("<value>true</value>"), "true")
        assertParseError(try XMLRPC.decodeSingle("<value><boolean/></value>"))
    }

    func testDoubles() throws {
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><double>1</double></value>"), .double(1))
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><double>-0.5e3</double></value>"), .double(-500))
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><double>inf</double></value>"), .double(.infinity))
        guard case .double(let nan) = try XMLRPC.decodeSingle("<value><double>nan</double></value>") else {
            return XCTFail("nan")
        }
        XCTAssertTrue(nan.isNaN)
        assertParseError(try XMLRPC.decodeSingle("<value><double>one</double></value>"))
    }

    func testDateTimes() throws {
        let expected = Value.dateTime(XenDate(secondsSince1970: 1_704_164_645))  // 2024-01-02T03:04:05Z
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><dateTime.iso8601>20240102T03:04:05Z</dateTime.iso8601></value>"), expected)
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><dateTime.iso8601>20240102T03:04:05</dateTime.iso8601></value>"), expected)
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><dateTime.iso8601>2024-01-02T04:04:05+01:00</dateTime.iso8601></value>"), expected)
        assertParseError(try XMLRPC.decodeSingle("<value><dateTime.iso8601>yesterday</dateTime.iso8601></value>"))
    }

    func testBase64DecodesToString() throws {
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><base64>aGVsbG8gd29ybGQ=</base64></value>"), "hello world")
        // Python's Binary wraps lines and ends with a newline.
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><base64>\naGVs\nbG8=\n</base64></value>"), "hello")
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><base64></base64></value>"), "")
        assertParseError(try XMLRPC.decodeSingle("<value><base64>a*b=</base64></value>"))
        assertParseError(try XMLRPC.decodeSingle("<value><base64>/w==</base64></value>"))  // 0xFF is not UTF-8
    }

    func testArraysAndStructs() throws {
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><array><data></data></array></value>"), .array([]))
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><array><data/></array></value>"), .array([]))
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><array/></value>"), .array([]))
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><struct/></value>"), .structure([]))
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><struct></struct></value>"), .structure([]))
        let nested = """
            <value><struct>
              <member><name>z</name><value>last</value></member>
              <member><name>a</name><value><array><data><value>1</value><value><array><data/></array></value></data></array></value></member>
              <member><name>z</name><value>dup</value></member>
              <member><name> spaced </name><value/></member>
            </struct></value>
            """
        XCTAssertEqual(try XMLRPC.decodeSingle(nested), .structure([
            Member("z", "last"),
            Member("a", .array(["1", .array([])])),
            Member("z", "dup"),
            Member(" spaced ", ""),
        ]))
    }

    func testNil() throws {
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><nil/></value>"), .null)
        XCTAssertEqual(try XMLRPC.decodeSingle("<value><nil></nil></value>"), .null)
    }

    func testNoParamsAndMethodNameVerbatim() throws {
        let call = try XMLRPC.decodeCall(bytes("<methodCall><methodName>system.listMethods</methodName><params/></methodCall>"))
        XCTAssertEqual(call.method, "system.listMethods")
        XCTAssertEqual(call.params, [])
        let spaced = try XMLRPC.decodeCall(bytes("<methodCall><methodName> VM.start </methodName><params></params></methodCall>"))
        XCTAssertEqual(spaced.method, " VM.start ")
    }

    func testEncodingDeclarationIsHonoured() throws {
        let latin1: [UInt8] = bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><methodCall><methodName>m</methodName><params><param><value>caf")
            + [0xE9] + bytes("</value></param></params></methodCall>")
        XCTAssertEqual(try XMLRPC.decodeCall(latin1).params, ["café"])
    }

    func testLargeStringSurvivesReaderChunking() throws {
        let big = String(repeating: "ab&<>\"cd\n", count: 20_000)
        let body = XMLRPC.encodeCall(RPCCall(method: "m", params: [.string(big), .string(big)]))
        XCTAssertEqual(try XMLRPC.decodeCall(body).params, [.string(big), .string(big)])
    }

    // MARK: Malformed and unsafe input

    /// xapi: `Xmlrpc.Parse_error("close_tag", "open_tag", _)` when `<params>` is missing.
    func testMissingParamsIsAParseError() {
        let error = assertParseError(try XMLRPC.decodeCall(bytes("<methodCall><methodName>m</methodName></methodCall>")))
        XCTAssertEqual(error?.description, #"Xmlrpc.Parse_error("close_tag", "open_tag", _)"#)
    }

    func testMalformedDocuments() {
        let cases = [
            "",
            "   ",
            "not xml",
            "<methodCall><methodName>m</methodName><params>",  // truncated
            "<methodCall><methodName>m</methodName><params><param><value>x</param></params></methodCall>",
            "<methodCall><methodName>m</methodName><params></params></methodCall><extra/>",
            "<methodCall><methodName>m</methodName><params></params></methodCall>junk",
            "<methodCall><params></params></methodCall>",
            "<methodCall><methodName>m</methodName><params><param></param></params></methodCall>",
            "<methodCall><methodName>m</methodName><params><param><value>a</value><value>b</value></param></params></methodCall>",
            "<methodCall><methodName>m</methodName><params>text<param><value/></param></params></methodCall>",
            "<methodCall><methodName>m</methodName><params><param><value>a<string>b</string></value></param></params></methodCall>",
            "<methodCall><methodName>m</methodName><params><param><value><unknown>1</unknown></value></param></params></methodCall>",
            "<methodCall><methodName>m</methodName><params><param><value><struct><member><value>1</value></member></struct></value></param></params></methodCall>",
            "<methodCall><methodName>m</methodName><params><param><value><struct><member><name>k</name></member></struct></value></param></params></methodCall>",
            "<methodCall><methodName>m</methodName><params><param><value><array><value>1</value></array></value></param></params></methodCall>",
            "<methodCall><methodName>m</methodName><params><param><value>&undefined;</value></param></params></methodCall>",
            "<methodCall><methodName>m</methodName><params><param><value>&#1;</value></param></params></methodCall>",
            "<methodResponse><params></params></methodResponse>",
        ]
        for body in cases {
            assertParseError(try XMLRPC.decodeCall(bytes(body)))
        }
        assertParseError(try XMLRPC.decodeCall([0x3C, 0x61, 0xFF, 0xFE, 0x3E]))  // invalid UTF-8
    }

    func testDoctypeAndEntitiesAreRejected() {
        let billionLaughs = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <methodCall><methodName>&lol2;</methodName><params/></methodCall>
            """
        assertParseError(try XMLRPC.decodeCall(bytes(billionLaughs)))
        let external = """
            <?xml version="1.0"?><!DOCTYPE m SYSTEM "file:///etc/passwd"><methodCall><methodName>m</methodName><params/></methodCall>
            """
        assertParseError(try XMLRPC.decodeCall(bytes(external)))
    }

    func testDeepNestingIsRefused() {
        let depth = 10_000
        let body = "<methodCall><methodName>m</methodName><params><param>"
            + String(repeating: "<value><array><data>", count: depth) + String(repeating: "</data></array></value>", count: depth)
            + "</param></params></methodCall>"
        assertParseError(try XMLRPC.decodeCall(bytes(body)))
        // libxml2 itself stops at 256 nested elements (three per array level) without XML_PARSE_HUGE.
        let ok = 80
        let fine = "<methodCall><methodName>m</methodName><params><param>"
            + String(repeating: "<value><array><data>", count: ok) + String(repeating: "</data></array></value>", count: ok)
            + "</param></params></methodCall>"
        XCTAssertNoThrow(try XMLRPC.decodeCall(bytes(fine)))
    }

    func testDecodingOnManyThreadsAtOnce() {
        let body = XMLRPC.encodeCall(RPCCall(method: "VM.get_record", params: ["OpaqueRef:x", .structure([Member("k", .int(1))])]))
        let failures = Counter()
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            for _ in 0..<50 {
                do {
                    if try XMLRPC.decodeCall(body).method != "VM.get_record" { failures.increment() }
                } catch {
                    failures.increment()
                }
                do {
                    _ = try XMLRPC.decodeCall(bytes("<methodCall><methodName>m</methodName>"))
                    failures.increment()
                } catch {}
            }
        }
        XCTAssertEqual(failures.value, 0)
    }
}

/// A thread-safe tally for the concurrency test.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() { lock.lock(); count += 1; lock.unlock() }
    var value: Int { lock.lock(); defer { lock.unlock() }; return count }
}
