// The XML-RPC answers spliced from cached record encodings are byte for byte the encoding of the
// plain answers, stay current as records change, and make get_all_records of many VMs cheap.
import Foundation
import XCTest
@testable import API
import Database
import Datamodel
import Wire

extension DispatcherTests {
    func testXMLAnswersAreTheEncodingOfThePlainAnswers() throws {
        let s = login()
        let vms = try (0..<3).map { i in try makeVM(otherConfig: ["i": "\(i)", "<&>": "\"q\""]) }
        func check(_ method: String, _ params: [Value], line: UInt = #line) {
            let plain = call(method, params)
            let expected: [UInt8]
            switch plain {
            case .success(let v): expected = XMLRPC.encodeSuccess(v)
            case .failure(let e): expected = XMLRPC.encodeFailure(e)
            case .bare(let v): expected = XMLRPC.encodeBareResponse(v)
            }
            XCTAssertEqual(api.callXML(method: method, params: params, context: tcp), expected, method, line: line)
            if let fast = api.callXMLWithoutBlocking(method: method, params: params, context: tcp) {
                XCTAssertEqual(fast, expected, method, line: line)
            }
        }
        for _ in 0..<2 {  // cold, then from the cache
            check("VM.get_record", [s, vms[0]])
            check("VM.get_all_records", [s])
            check("VM.get_all_records_where", [s, "field \"name__label\" = \"vm\""])
        }
        check("VM.get_record", [s, "OpaqueRef:nonesuch"])
        check("system.listMethods", [])
        check("VM.get_name_label", [s, vms[1]])
        // A change is served at once, not the cached encoding.
        _ = value("VM.set_name_label", [s, vms[0], "renamed"])
        check("VM.get_record", [s, vms[0]])
        guard case .success(let record) = call("VM.get_record", [s, vms[0]]) else { return XCTFail() }
        XCTAssertEqual(record[member: "name_label"], "renamed")
        check("VM.get_all_records", [s])
    }

    func testGetAllRecordsOfAThousandVMsReusesTheCachedRecords() throws {
        let s = login()
        try api.store.write { tx in
            for i in 0..<1000 {
                var vm = VMRecord()
                vm.uuid = UUID.random()
                vm.nameLabel = "vm\(i)"
                vm.otherConfig = ["index": "\(i)"]
                _ = try tx.insert(vm)
            }
        }
        func timed(_ body: () -> [UInt8]) -> (bytes: [UInt8], ms: Double) {
            let start = DispatchTime.now().uptimeNanoseconds
            let bytes = body()
            return (bytes, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let plain = timed {
            guard case .success(let v) = call("VM.get_all_records", [s]) else { return [] }
            return XMLRPC.encodeSuccess(v)
        }
        let cold = timed { api.callXML(method: "VM.get_all_records", params: [s], context: tcp) }
        let warm = timed { api.callXML(method: "VM.get_all_records", params: [s], context: tcp) }
        XCTAssertEqual(cold.bytes, plain.bytes)
        XCTAssertEqual(warm.bytes, plain.bytes)
        print("VM.get_all_records of 1,000 VMs (\(warm.bytes.count / 1024) KiB): value + encoding \(plain.ms) ms; "
              + "XML from the cache: cold \(cold.ms) ms, warm \(warm.ms) ms")
    }
}
