// The generated tables hold what xenapi.json holds (notes/xapi-semantics.md §12) plus the
// wire-only implicit messages (§3.1).
import Datamodel
import Wire
import XCTest

final class RegistryTests: XCTestCase {
    func testCounts() {
        XCTAssertEqual(Datamodel.classes.count, 67)
        XCTAssertEqual(Datamodel.enums.count, 64)
        XCTAssertEqual(Datamodel.classes.reduce(0) { $0 + $1.fields.count }, 845)
        let messages = Datamodel.classes.flatMap(\.messages)
        XCTAssertEqual(messages.filter { !$0.implicit }.count, 479)
        // 1349 implicit in xenapi.json + get_all_records_where and get_all_where for 57 classes.
        XCTAssertEqual(messages.filter(\.implicit).count, 1349 + 2 * 57)
        XCTAssertEqual(Datamodel.classes.filter(\.exposesGetAll).count, 57)
        XCTAssertEqual(Datamodel.recordTypes.count, 67)
    }

    func testFieldCountsPerClass() {
        XCTAssertEqual(Datamodel.classSpec(named: "VM")?.fields.count, 90)
        XCTAssertEqual(Datamodel.classSpec(named: "host")?.fields.count, 70)
        XCTAssertEqual(Datamodel.classSpec(named: "auth")?.fields.count, 0)
        // event counts its synthetic snapshot field.
        XCTAssertEqual(Datamodel.classSpec(named: "event")?.fields.count, 7)
        XCTAssertEqual(
            Datamodel.classSpec(named: "event")?.field(named: "snapshot")?.type,
            .option(.record("<class>")))
    }

    func testRecordTypesMatchSpecs() {
        for (name, type) in Datamodel.recordTypes {
            XCTAssertEqual(type.spec.name, name)
        }
        for c in Datamodel.classes {
            XCTAssertNotNil(Datamodel.recordTypes[c.name], c.name)
        }
        XCTAssertTrue(Datamodel.recordTypes["VM"] == VMRecord.self)
    }

    func testClassFlags() throws {
        let session = try XCTUnwrap(Datamodel.classSpec(named: "session"))
        XCTAssertFalse(session.persistent)
        XCTAssertFalse(session.generatesEvents)
        XCTAssertTrue(session.inDatabase)
        let vm = try XCTUnwrap(Datamodel.classSpec(named: "VM"))
        XCTAssertTrue(vm.inDatabase && vm.persistent && vm.generatesEvents && vm.exposesGetAll)
        XCTAssertEqual(vm.release, "rio")
        XCTAssertFalse(try XCTUnwrap(Datamodel.classSpec(named: "event")).inDatabase)
    }

    func testEnumsSortedAndComplete() {
        let names = Datamodel.enums.map(\.name)
        XCTAssertEqual(names, names.sorted())
        XCTAssertEqual(
            Datamodel.enumSpec(named: "vm_power_state")?.values,
            ["Halted", "Paused", "Running", "Suspended"])
        XCTAssertEqual(
            Datamodel.enumSpec(named: "bond_mode")?.values,
            ["balance-slb", "active-backup", "lacp"])
    }

    func testRelations() {
        XCTAssertTrue(
            Datamodel.relations.contains {
                $0.oneClass == "VBD" && $0.oneField == "VM" && $0.manyClass == "VM"
                    && $0.manyField == "VBDs"
            })
        for r in Datamodel.relations {
            XCTAssertNotNil(
                Datamodel.classSpec(named: r.oneClass)?.field(named: r.oneField),
                "\(r.oneClass).\(r.oneField)")
            XCTAssertNotNil(
                Datamodel.classSpec(named: r.manyClass)?.field(named: r.manyField),
                "\(r.manyClass).\(r.manyField)")
        }
    }
}
