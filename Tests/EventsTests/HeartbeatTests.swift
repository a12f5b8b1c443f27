import Database
import Datamodel
import Events
import XCTest

final class HeartbeatTests: XCTestCase {
    func testTouchesThePoolEveryIntervalUntilStopped() throws {
        let store = try Fixtures.makeStore()
        let events = EventService(store: store)
        let pool = try store.write { try $0.insert(PoolRecord()) }
        let t = EventToken(generation: store.generation).description
        let heartbeat = events.startHeartbeat(interval: 0.1)
        let started = Date()
        let b = try events.from(classes: ["pool"], token: t, timeout: 5, session: nil)
        XCTAssertEqual(b.summary, ["pool mod \(pool.raw)"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 1)
        heartbeat.stop()
        Thread.sleep(forTimeInterval: 0.05)
        let g = store.generation
        Thread.sleep(forTimeInterval: 0.3)
        XCTAssertEqual(store.generation, g)
    }
}
