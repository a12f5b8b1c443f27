// event.register / unregister / next / get_current_id.
import Database
import Datamodel
import Events
import Wire
import XCTest

final class LegacyEventsTests: XCTestCase {
    var store: ObjectStore!
    var events: EventService!
    var session: String!

    override func setUpWithError() throws {
        store = try Fixtures.makeStore()
        events = EventService(store: store, settings: EventSettings(queueLength: 5))
        session = try Fixtures.insertSession(store)
    }

    func testNextWithoutRegisterIsSessionNotRegistered() {
        XCTAssertThrowsError(try events.next(session: session, trackID: "trackid=x")) {
            XCTAssertEqual($0 as? XenAPIError, XenAPIError("SESSION_NOT_REGISTERED", ["trackid=x"]))
        }
    }

    func testRegisterThenNextSeesEventsWithSnapshotsInOrder() throws {
        try events.register(session: session, classes: ["VM"])
        let firstID = events.currentID
        let vm = try Fixtures.insertVM(store, nameLabel: "a")
        try Fixtures.rename(store, vm, to: "b")
        _ = try store.write { try $0.insert(PoolRecord()) }   // not subscribed
        try store.write { try $0.delete(vm) }
        let got = try events.next(session: session, trackID: "")
        XCTAssertEqual(got.map { "\($0.className) \($0.operation.rawValue)" }, ["vm add", "vm mod", "vm del"])
        XCTAssertEqual(got.map(\.id), (firstID..<firstID + 3).map { String($0) })
        XCTAssertEqual(events.currentID, firstID + 3)
        // Each event carries the record as committed; del the last one.
        XCTAssertEqual(got.map { $0.snapshot?[member: "name_label"] }, ["a", "b", "b"])
        XCTAssertTrue(got[0].timestamp.hasSuffix("."))
    }

    func testNextBlocksUntilAnEvent() throws {
        try events.register(session: session, classes: ["*"])
        let events = self.events!, session = self.session!
        let call = Background { try events.next(session: session, trackID: "") }
        Thread.sleep(forTimeInterval: 0.1)
        XCTAssertFalse(call.isDone)
        let vm = try Fixtures.insertVM(store)
        XCTAssertEqual(try XCTUnwrap(call.wait()).get().map(\.ref), [vm.raw])
    }

    func testOverflowIsEventsLostOnceThenEventsFlowAgain() throws {
        try events.register(session: session, classes: ["vm"])
        for i in 0..<6 { try Fixtures.insertVM(store, nameLabel: "vm\(i)") }
        XCTAssertThrowsError(try events.next(session: session, trackID: "")) {
            XCTAssertEqual($0 as? XenAPIError, XenAPIError("EVENTS_LOST", []))
        }
        let vm = try Fixtures.insertVM(store)
        XCTAssertEqual(try events.next(session: session, trackID: "").map(\.ref), [vm.raw])
    }

    func testUnregisterStopsDelivery() throws {
        try events.register(session: session, classes: ["vm", "pool"])
        try events.unregister(session: session, classes: ["vm"])
        try Fixtures.insertVM(store)
        let pool = try store.write { try $0.insert(PoolRecord()) }
        XCTAssertEqual(try events.next(session: session, trackID: "").map(\.ref), [pool.raw])
    }

    func testSessionEndWakesNextWithSessionInvalid() throws {
        try events.register(session: session, classes: ["vm"])
        let events = self.events!, session = self.session!
        let call = Background { try events.next(session: session, trackID: "") }
        Thread.sleep(forTimeInterval: 0.1)
        try store.write { try $0.delete(class: SessionRecord.className, ref: session) }
        XCTAssertThrowsError(try XCTUnwrap(call.wait()).get()) {
            XCTAssertEqual($0 as? XenAPIError, .sessionInvalid(session))
        }
    }
}
