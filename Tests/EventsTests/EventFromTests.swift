// The event.from delta computed from snapshots: add/mod/del, coalescing, filters, counts.
import Database
import Datamodel
import Events
import Wire
import XCTest

final class EventFromTests: XCTestCase {
    var store: ObjectStore!
    var catalog: EventCatalog!

    override func setUpWithError() throws {
        store = try Fixtures.makeStore()
        catalog = EventCatalog(store: store)
    }

    func batch(_ classes: [String] = ["*"], since token: EventToken) throws -> EventBatch {
        let interest = try EventInterest(parsing: classes, catalog: catalog)
        return try store.read { try EventFrom.batch($0, catalog: catalog, interest: interest, since: token) }
    }

    var now: EventToken { EventToken(generation: store.generation) }

    func testEmptyTokenReturnsEveryObjectAsAdd() throws {
        let vms = try (0..<3).map { try Fixtures.insertVM(store, nameLabel: "vm\($0)") }
        let pool = try store.write { try $0.insert(PoolRecord()) }
        let b = try batch(since: .start)
        XCTAssertEqual(Set(b.events.map(\.ref)), Set(vms.map(\.raw) + [pool.raw]))
        XCTAssertTrue(b.events.allSatisfy { $0.operation == .add })
        XCTAssertEqual(b.token, now)
        let vm0 = b.events.first { $0.ref == vms[0].raw }
        XCTAssertEqual(vm0?.className, "vm")
        XCTAssertEqual(vm0?.timestamp, "0.0")
        XCTAssertEqual(vm0?.snapshot, store.read { $0.get(vms[0])?.wire })
        XCTAssertEqual(vm0?.snapshot?[member: "name_label"], "vm0")
        // Ids are generations, as decimal strings, in increasing order.
        let ids = b.events.map { Int64($0.id)! }
        XCTAssertEqual(ids, ids.sorted())
    }

    func testAddModDelAndCoalescing() throws {
        let old = try Fixtures.insertVM(store, nameLabel: "old")
        let doomed = try Fixtures.insertVM(store, nameLabel: "doomed")
        let t0 = now
        XCTAssertEqual(try batch(since: t0).events, [])

        try Fixtures.rename(store, old, to: "renamed")
        try Fixtures.rename(store, old, to: "renamed again")
        let fresh = try Fixtures.insertVM(store, nameLabel: "fresh")
        try Fixtures.rename(store, fresh, to: "fresh, renamed")
        try Fixtures.rename(store, doomed, to: "about to go")
        try store.write { try $0.delete(doomed) }
        let ephemeral = try Fixtures.insertVM(store, nameLabel: "ephemeral")
        try store.write { try $0.delete(ephemeral) }

        let b = try batch(since: t0)
        // One event per object, in its final state; the object born and gone since t0 is absent.
        XCTAssertEqual(b.summary, ["vm mod \(old.raw)", "vm add \(fresh.raw)", "vm del \(doomed.raw)"])
        XCTAssertEqual(b.events[0].snapshot?[member: "name_label"], "renamed again")
        // An add carries the current record and the generation of the creation.
        XCTAssertEqual(b.events[1].snapshot?[member: "name_label"], "fresh, renamed")
        XCTAssertEqual(b.events[1].id, String(store.read { $0.objectGenerations(class: "VM", ref: fresh.raw)!.created }))
        // del has no snapshot; its id is the deletion's generation.
        XCTAssertNil(b.events[2].snapshot)
        XCTAssertEqual(b.events[2].id, String(store.read { $0.deletions(since: t0.generation).first!.deleted }))
        XCTAssertEqual(b.events.map(\.wire[member: "snapshot"]).map { $0 == nil }, [false, false, true])
    }

    func testClassAndObjectFilters() throws {
        let a = try Fixtures.insertVM(store, nameLabel: "a")
        let b = try Fixtures.insertVM(store, nameLabel: "b")
        let t0 = now
        try Fixtures.rename(store, a, to: "a2")
        try Fixtures.rename(store, b, to: "b2")
        let pool = try store.write { try $0.insert(PoolRecord()) }
        XCTAssertEqual(try batch(["VM"], since: t0).summary, ["vm mod \(a.raw)", "vm mod \(b.raw)"])
        XCTAssertEqual(try batch(["pool"], since: t0).summary, ["pool add \(pool.raw)"])
        XCTAssertEqual(try batch(["vm/" + b.raw], since: t0).summary, ["vm mod \(b.raw)"])
        XCTAssertEqual(try batch(["host", "vm/" + a.raw], since: t0).summary, ["vm mod \(a.raw)"])
        XCTAssertEqual(try batch(["nonsense"], since: t0).events, [])
        // An object filter sees its object's deletion too.
        try store.write { try $0.delete(b) }
        XCTAssertEqual(try batch(["vm/" + b.raw], since: t0).summary, ["vm del \(b.raw)"])
    }

    func testClassesWithoutEventsAreNeverReported() throws {
        _ = try Fixtures.insertSession(store)
        let b = try batch(["*", "session"], since: .start)
        XCTAssertFalse(b.events.contains { $0.className == "session" })
        // ... but their tables are counted.
        XCTAssertEqual(b.validRefCounts.first { $0.name == "session" }?.count, 1)
    }

    func testValidRefCountsCoverEveryTableLowerCasedAsInt32() throws {
        try Fixtures.insertVM(store)
        try Fixtures.insertVM(store)
        let b = try batch(["pool"], since: .start)
        let names = b.validRefCounts.map(\.name)
        XCTAssertEqual(names, store.read { $0.classNames }.map { $0.lowercased() }.sorted())
        XCTAssertTrue(names.contains("task") && names.contains("vm") && names.contains("session"))
        XCTAssertEqual(b.validRefCounts.first { $0.name == "vm" }?.count, 2)
        guard case .structure(let members)? = b.wire[member: "valid_ref_counts"] else { return XCTFail() }
        XCTAssertEqual(members.first { $0.name == "vm" }?.value, .int32(2))
        XCTAssertEqual(b.wire[member: "token"], .string(b.token.description))
    }

    func testParentsOfOneToManyRelationsGetAMod() throws {
        let vm = try Fixtures.insertVM(store)
        let vdi = try store.write { try $0.insert(VDIRecord()) }
        let t0 = now
        var vbdRecord = VBDRecord()
        vbdRecord.vm = vm
        vbdRecord.vdi = vdi
        let vbd = try store.write { try $0.insert(vbdRecord) }
        let b = try batch(since: t0)
        XCTAssertEqual(Set(b.summary), ["vbd add \(vbd.raw)", "vm mod \(vm.raw)", "vdi mod \(vdi.raw)"])
        XCTAssertEqual(b.events.first { $0.className == "vm" }?.snapshot?[member: "VBDs"], .array([.string(vbd.raw)]))
        let t1 = now
        try store.write { try $0.delete(vbd) }
        XCTAssertEqual(Set(try batch(since: t1).summary), ["vbd del \(vbd.raw)", "vm mod \(vm.raw)", "vdi mod \(vdi.raw)"])
    }

    func testTokenOlderThanTheTombstoneLogIsEventsLost() throws {
        store = try Fixtures.makeStore(tombstoneCapacity: 2)
        catalog = EventCatalog(store: store)
        let vms = try (0..<4).map { try Fixtures.insertVM(store, nameLabel: "vm\($0)") }
        let t0 = now
        for vm in vms { try store.write { try $0.delete(vm) } }
        XCTAssertThrowsError(try batch(since: t0)) { error in
            XCTAssertEqual(error as? XenAPIError, XenAPIError("EVENTS_LOST", []))
        }
        // From "" nothing can have been missed.
        XCTAssertEqual(try batch(since: .start).events.count, 0)
    }

    func testMessageHalfOfTheTokenIsKeptOnlyForMessageSubscribers() throws {
        let t = EventToken(generation: store.generation, messageGeneration: 42)
        XCTAssertEqual(try batch(["vm", "message"], since: t).token.messageGeneration, 42)
        XCTAssertEqual(try batch(["vm"], since: t).token.messageGeneration, 0)
    }
}
