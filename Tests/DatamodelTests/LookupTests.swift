// Datamodel+Lookup.swift: classes by exact and case-insensitive name, messages by wire name.
import Datamodel
import Wire
import XCTest

final class LookupTests: XCTestCase {
    func testClassLookup() {
        XCTAssertEqual(Datamodel.classSpec(named: "VM")?.name, "VM")
        XCTAssertNil(Datamodel.classSpec(named: "vm"))
        XCTAssertEqual(Datamodel.classSpec(caseInsensitiveName: "vm")?.name, "VM")
        XCTAssertEqual(
            Datamodel.classSpec(caseInsensitiveName: "HOST_METRICS")?.name, "host_metrics")
        XCTAssertNil(Datamodel.classSpec(caseInsensitiveName: "nonsense"))
    }

    func testVMStart() throws {
        let m = try XCTUnwrap(Datamodel.message(wireName: "VM.start"))
        XCTAssertTrue(m.takesSession)
        XCTAssertEqual(m.params.map(\.name), ["vm", "start_paused", "force"])
        XCTAssertEqual(m.params.map(\.type), [.ref("VM"), .bool, .bool])
        XCTAssertNil(m.result)
        XCTAssertTrue(m.isAsync)
        XCTAssertFalse(m.implicit)
        XCTAssertTrue(m.errors.contains("VM_BAD_POWER_STATE"))
        XCTAssertEqual(m.roles, [.poolAdmin, .poolOperator, .vmPowerAdmin, .vmAdmin, .vmOperator])
        XCTAssertEqual(m.permission, "vm.start")
    }

    func testLoginWithPasswordDefaults() throws {
        let m = try XCTUnwrap(Datamodel.message(wireName: "session.login_with_password"))
        XCTAssertFalse(m.takesSession)
        XCTAssertFalse(m.isAsync)
        XCTAssertEqual(m.params.map(\.name), ["uname", "pwd", "version", "originator"])
        XCTAssertEqual(m.params.map(\.defaultValue), [nil, nil, .string("1.1"), .string("")])
        XCTAssertEqual(m.result, .ref("session"))
    }

    func testImplicitMessages() throws {
        let getRecord = try XCTUnwrap(Datamodel.message(wireName: "VM.get_record"))
        XCTAssertTrue(getRecord.implicit)
        XCTAssertFalse(getRecord.isAsync)
        XCTAssertEqual(getRecord.result, .record("VM"))
        let create = try XCTUnwrap(Datamodel.message(wireName: "VM.create"))
        XCTAssertTrue(create.implicit && create.isAsync)
        XCTAssertEqual(create.params.map(\.type), [.record("VM")])
    }

    func testWireOnlyGetAllWhere() throws {
        let getAll = try XCTUnwrap(Datamodel.message(wireName: "VM.get_all"))
        let recordsWhere = try XCTUnwrap(Datamodel.message(wireName: "VM.get_all_records_where"))
        XCTAssertEqual(recordsWhere.params.map(\.name), ["expr"])
        XCTAssertEqual(recordsWhere.params.map(\.type), [.string])
        XCTAssertEqual(recordsWhere.result, .map(.ref("VM"), .record("VM")))
        XCTAssertEqual(recordsWhere.roles, getAll.roles)
        XCTAssertTrue(recordsWhere.implicit && recordsWhere.takesSession && !recordsWhere.isAsync)
        let allWhere = try XCTUnwrap(Datamodel.message(wireName: "VM.get_all_where"))
        XCTAssertEqual(allWhere.result, .set(.ref("VM")))
        for c in Datamodel.classes {
            XCTAssertEqual(
                Datamodel.message(wireName: c.name + ".get_all_where") != nil, c.exposesGetAll,
                c.name)
        }
    }

    func testProseResultIsOpaque() throws {
        let from = try XCTUnwrap(Datamodel.message(wireName: "event.from"))
        XCTAssertEqual(from.result, .opaque("an event batch"))
        XCTAssertEqual(from.params.map(\.type), [.set(.string), .string, .float])
    }

    func testEveryMessageIsIndexed() {
        let all = Datamodel.classes.flatMap(\.messages)
        XCTAssertEqual(Datamodel.messagesByWireName.count, all.count)
    }
}
