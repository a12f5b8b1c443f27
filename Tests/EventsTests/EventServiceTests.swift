// event.from as callers see it: blocking until something matches, timeouts, logout, inject.
import Database
import Datamodel
import Events
import Wire
import XCTest

final class EventServiceTests: XCTestCase {
    var store: ObjectStore!
    var events: EventService!

    override func setUpWithError() throws {
        store = try Fixtures.makeStore()
        events = EventService(store: store, settings: EventSettings(batchInterval: 0))
    }

    var token: String { EventToken(generation: store.generation).description }

    func testReturnsAtOnceWhenSomethingIsNew() throws {
        let vm = try Fixtures.insertVM(store)
        let started = Date()
        let b = try events.from(classes: ["vm"], token: "", timeout: 30, session: nil)
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        XCTAssertEqual(b.summary, ["vm add \(vm.raw)"])
    }

    func testBlocksUntilARelevantCommitAndIgnoresOthers() throws {
        let vm = try Fixtures.insertVM(store)
        let t = token
        let events = self.events!
        let call = Background { try events.from(classes: ["vm"], token: t, timeout: 30, session: nil) }
        Thread.sleep(forTimeInterval: 0.1)
        // A commit to another class does not end the wait.
        try store.write { try $0.insert(PoolRecord()) }
        Thread.sleep(forTimeInterval: 0.1)
        XCTAssertFalse(call.isDone)
        XCTAssertEqual(events.waiters.count, 1)
        try Fixtures.rename(store, vm, to: "x")
        let b = try XCTUnwrap(call.wait()).get()
        XCTAssertEqual(b.summary, ["vm mod \(vm.raw)"])
        XCTAssertEqual(b.token.generation, store.generation)
        XCTAssertEqual(events.waiters.count, 0)
    }

    func testObjectFilterWaitsForThatObjectOnly() throws {
        let a = try Fixtures.insertVM(store, nameLabel: "a")
        let b = try Fixtures.insertVM(store, nameLabel: "b")
        let t = token
        let events = self.events!
        let call = Background { try events.from(classes: ["vm/" + b.raw], token: t, timeout: 30, session: nil) }
        Thread.sleep(forTimeInterval: 0.1)
        try Fixtures.rename(store, a, to: "a2")
        Thread.sleep(forTimeInterval: 0.1)
        XCTAssertFalse(call.isDone)
        try store.write { try $0.delete(b) }
        XCTAssertEqual(try XCTUnwrap(call.wait()).get().summary, ["vm del \(b.raw)"])
    }

    func testTimeoutReturnsAnEmptyBatchOnTime() throws {
        let started = Date()
        let b = try events.from(classes: ["*"], token: token, timeout: 0.3, session: nil)
        let elapsed = Date().timeIntervalSince(started)
        XCTAssertEqual(b.events, [])
        XCTAssertEqual(b.token.generation, store.generation)
        XCTAssertGreaterThanOrEqual(elapsed, 0.3)
        XCTAssertLessThan(elapsed, 0.33)
        XCTAssertFalse(b.validRefCounts.isEmpty)
    }

    func testZeroTimeoutPollsAndNegativeTimeoutWaits() throws {
        let started = Date()
        XCTAssertEqual(try events.from(classes: ["*"], token: token, timeout: 0, session: nil).events, [])
        XCTAssertLessThan(Date().timeIntervalSince(started), 0.05)
        let t = token
        let events = self.events!
        let call = Background { try events.from(classes: ["*"], token: t, timeout: -1, session: nil) }
        Thread.sleep(forTimeInterval: 0.2)
        XCTAssertFalse(call.isDone)
        let vm = try Fixtures.insertVM(store)
        XCTAssertEqual(try XCTUnwrap(call.wait()).get().summary, ["vm add \(vm.raw)"])
    }

    func testBadArgumentsFail() {
        XCTAssertThrowsError(try events.from(classes: ["*"], token: "nope", timeout: 0, session: nil)) {
            XCTAssertEqual($0 as? XenAPIError, XenAPIError("EVENT_FROM_TOKEN_PARSE_FAILURE", ["nope"]))
        }
        XCTAssertThrowsError(try events.from(classes: [""], token: "", timeout: 0, session: nil)) {
            XCTAssertEqual($0 as? XenAPIError, XenAPIError("EVENT_SUBSCRIPTION_PARSE_FAILURE", [""]))
        }
    }

    func testSessionEndWakesABlockedCallWithSessionInvalid() throws {
        let session = try Fixtures.insertSession(store)
        let t = token
        let events = self.events!
        let call = Background { try events.from(classes: ["*"], token: t, timeout: 30, session: session) }
        Thread.sleep(forTimeInterval: 0.1)
        let started = Date()
        // Deleting the session record (logout, expiry) is what wakes it.
        try store.write { try $0.delete(class: SessionRecord.className, ref: session) }
        let result = try XCTUnwrap(call.wait())
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        XCTAssertThrowsError(try result.get()) {
            XCTAssertEqual($0 as? XenAPIError, .sessionInvalid(session))
        }
        // A call made with an ended session fails at once.
        XCTAssertThrowsError(try events.from(classes: ["*"], token: t, timeout: 30, session: session)) {
            XCTAssertEqual($0 as? XenAPIError, .sessionInvalid(session))
        }
    }

    func testInjectTouchesTheRowAndReturnsATokenThatYieldsIt() throws {
        let pool = try store.write { try $0.insert(PoolRecord()) }
        let before = store.generation
        let t = try events.inject(class: PoolRecord.className, ref: pool.raw)
        XCTAssertEqual(store.generation, before + 1)
        XCTAssertEqual(t, EventToken(generation: before).description)
        let b = try events.from(classes: ["pool"], token: t, timeout: 0, session: nil)
        XCTAssertEqual(b.summary, ["pool mod \(pool.raw)"])
        XCTAssertEqual(b.events[0].id, String(before + 1))
        // The table name is exact, as in xapi.
        XCTAssertThrowsError(try events.inject(class: "Pool", ref: pool.raw)) {
            XCTAssertEqual($0 as? XenAPIError, .handleInvalid(class: "Pool", ref: pool.raw))
        }
        XCTAssertThrowsError(try events.inject(class: "VM", ref: pool.raw)) {
            XCTAssertEqual($0 as? XenAPIError, .handleInvalid(class: "VM", ref: pool.raw))
        }
    }

    func testBatchIntervalGroupsChangesThatFollowAReturnedToken() throws {
        events = EventService(store: store, settings: EventSettings(batchInterval: 0.2))
        let vm = try Fixtures.insertVM(store)
        // A token event.from handed out just now: the next read waits out the interval.
        try Fixtures.rename(store, vm, to: "1")
        let t = try events.from(classes: ["vm"], token: token, timeout: 0, session: nil).token.description
        try Fixtures.rename(store, vm, to: "2")
        var started = Date()
        var b = try events.from(classes: ["vm"], token: t, timeout: 5, session: nil)
        XCTAssertGreaterThan(Date().timeIntervalSince(started), 0.15)
        XCTAssertEqual(b.summary, ["vm mod \(vm.raw)"])
        // An old token is answered at once.
        Thread.sleep(forTimeInterval: 0.25)
        try Fixtures.rename(store, vm, to: "3")
        started = Date()
        b = try events.from(classes: ["vm"], token: b.token.description, timeout: 5, session: nil)
        XCTAssertLessThan(Date().timeIntervalSince(started), 0.1)
        XCTAssertEqual(b.events.first?.snapshot?[member: "name_label"], "3")
        // A token nobody was handed lately (event.inject's, here) is not held back.
        Thread.sleep(forTimeInterval: 0.25)
        let injected = try events.inject(class: VMRecord.className, ref: vm.raw)
        started = Date()
        XCTAssertEqual(try events.from(classes: ["vm"], token: injected, timeout: 5, session: nil).events.count, 1)
        XCTAssertLessThan(Date().timeIntervalSince(started), 0.1)
    }

    func testManyIdleWaitersAndOneWakeUp() throws {
        let vm = try Fixtures.insertVM(store)
        let t = token
        let events = self.events!
        let hosts = (0..<200).map { _ in
            Background { try events.from(classes: ["host"], token: t, timeout: 30, session: nil) }
        }
        let watcher = Background { try events.from(classes: ["vm"], token: t, timeout: 30, session: nil) }
        let deadline = Date().addingTimeInterval(5)
        while events.waiters.count < 201 && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        XCTAssertEqual(events.waiters.count, 201)
        try Fixtures.rename(store, vm, to: "go")
        XCTAssertEqual(try XCTUnwrap(watcher.wait()).get().summary, ["vm mod \(vm.raw)"])
        XCTAssertEqual(events.waiters.count, 200)
        XCTAssertTrue(hosts.allSatisfy { !$0.isDone })
        let host = try store.write { try $0.insert(HostRecord()) }
        for h in hosts { XCTAssertEqual(try XCTUnwrap(h.wait()).get().summary, ["host add \(host.raw)"]) }
    }

    func testCallersWithTheSameTokenShareOneBatch() throws {
        let vm = try Fixtures.insertVM(store)
        let t = token
        try Fixtures.rename(store, vm, to: "first")
        let a = try events.from(classes: ["vm"], token: t, timeout: 0, session: nil)
        try Fixtures.rename(store, vm, to: "second")
        // The same question gets the same (still correct) answer; its token leads to the news.
        let b = try events.from(classes: ["vm"], token: t, timeout: 0, session: nil)
        XCTAssertEqual(a, b)
        XCTAssertEqual(b.events.first?.snapshot?[member: "name_label"], "first")
        let c = try events.from(classes: ["vm"], token: b.token.description, timeout: 0, session: nil)
        XCTAssertEqual(c.events.first?.snapshot?[member: "name_label"], "second")
        // Another interest is another question.
        let d = try events.from(classes: ["*"], token: t, timeout: 0, session: nil)
        XCTAssertEqual(d.events.first?.snapshot?[member: "name_label"], "second")
    }

    func testShutDownAnswersBlockedCallsAtOnce() throws {
        let t = token
        let events = self.events!
        let session = try Fixtures.insertSession(store)
        try events.register(session: session, classes: ["*"])
        let from = Background { try events.from(classes: ["*"], token: t, timeout: 30, session: nil) }
        let next = Background { try events.next(session: session, trackID: "") }
        Thread.sleep(forTimeInterval: 0.1)
        let started = Date()
        events.shutDown()
        XCTAssertEqual(try XCTUnwrap(from.wait()).get().events, [])
        XCTAssertEqual(try XCTUnwrap(next.wait()).get(), [])
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        // Later calls do not block either.
        XCTAssertEqual(try events.from(classes: ["*"], token: t, timeout: 30, session: nil).events, [])
    }
}
