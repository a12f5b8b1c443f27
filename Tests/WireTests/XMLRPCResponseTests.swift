// Decoding responses (the client side, used by tests and pool tooling).
import XCTest
@testable import Wire

final class XMLRPCResponseTests: XCTestCase {
    func testSuccessAndFailure() throws {
        XCTAssertEqual(try XMLRPC.decodeResponse(XMLRPC.encodeSuccess("OpaqueRef:x")), .success("OpaqueRef:x"))
        XCTAssertEqual(try XMLRPC.decodeResponse(XMLRPC.encodeSuccess(.void)), .success(""))
        let error = XenAPIError("MESSAGE_PARAMETER_COUNT_MISMATCH", ["VM.start", "3", "1"])
        XCTAssertEqual(try XMLRPC.decodeResponse(XMLRPC.encodeFailure(error)), .failure(error))
        XCTAssertEqual(try XMLRPC.decodeResponse(XMLRPC.encodeFailure(XenAPIError("X"))), .failure(XenAPIError("X")))
    }

    func testBareResponse() throws {
        XCTAssertEqual(try XMLRPC.decodeResponse(XMLRPC.encodeBareResponse(.array(["a", "b"]))), .success(.array(["a", "b"])))
    }

    func testFault() throws {
        let body = """
            <?xml version="1.0"?>
            <methodResponse>
              <fault><value><struct>
                <member><name>faultCode</name><value><int>4</int></value></member>
                <member><name>faultString</name><value><string>Too many parameters.</string></value></member>
              </struct></value></fault>
            </methodResponse>
            """
        XCTAssertEqual(try XMLRPC.decodeResponse(bytes(body)), .failure(XenAPIError("fault", ["4", "Too many parameters."])))
    }

    func testMalformedResponses() {
        assertParseError(try XMLRPC.decodeResponse(bytes("<methodResponse></methodResponse>")))
        assertParseError(try XMLRPC.decodeResponse(bytes("<methodResponse><params><param>")))
        assertParseError(try XMLRPC.decodeResponse(bytes(
            "<methodResponse><params><param><value><struct><member><name>Status</name><value>Failure</value></member><member><name>ErrorDescription</name><value><int>1</int></value></member></struct></value></param></params></methodResponse>")))
    }
}

final class RPCParseErrorTests: XCTestCase {
    func testMessagesQuoteLikeOCamlAndStayShort() {
        let long = String(repeating: "x", count: 10_000)
        let error = assertParseError(try XMLRPC.decodeCall(bytes("<methodCall><methodName>m</methodName><params>\(long)</params></methodCall>")))
        XCTAssertEqual(error?.description, "Xmlrpc.Parse_error(\"data(\(String(repeating: "x", count: 77))...)\", \"open_tag\", _)")
        let quoted = assertParseError(try XMLRPC.decodeCall(bytes("<methodCall><methodName>m</methodName><params>a\"b\\c\tz</params></methodCall>")))
        XCTAssertEqual(quoted?.description, #"Xmlrpc.Parse_error("data(a\"b\\c\tz)", "open_tag", _)"#)
        let notXML = assertParseError(try XMLRPC.decodeCall(bytes("<a>")))
        XCTAssertTrue(notXML?.description.hasPrefix("Xmlm.Error((1, ") ?? false, notXML?.description ?? "")
    }
}
