@testable import Events
import XCTest

final class BatchCacheTests: XCTestCase {
    func testBatchesAreSharedPerInterestAndTokenForAWhile() {
        let cache = BatchCache(capacity: 2, maxAge: 0.1)
        let key = BatchCache.Key(interest: "*", since: EventToken(generation: 5))
        let batch = EventBatch(events: [], validRefCounts: [("vm", 1)], token: EventToken(generation: 9))
        XCTAssertNil(cache.batch(for: key))
        cache.store(batch, for: key)
        XCTAssertEqual(cache.batch(for: key), batch)
        XCTAssertNil(cache.batch(for: BatchCache.Key(interest: "vm", since: EventToken(generation: 5))))
        XCTAssertNil(cache.batch(for: BatchCache.Key(interest: "*", since: EventToken(generation: 6))))
        Thread.sleep(forTimeInterval: 0.15)
        XCTAssertNil(cache.batch(for: key), "too old")
        // "" is never shared.
        let start = BatchCache.Key(interest: "*", since: .start)
        cache.store(batch, for: start)
        XCTAssertNil(cache.batch(for: start))
    }

    /// An entry stored by another thread after a reader took its clock reading is not "negative
    /// age" (this used to trap on UInt64 underflow).
    func testConcurrentStoresAndLookups() {
        let cache = BatchCache(capacity: 8, maxAge: 0.01)
        let batch = EventBatch(events: [], validRefCounts: [], token: EventToken(generation: 2))
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for i in 0..<20_000 {
                let key = BatchCache.Key(interest: "*", since: EventToken(generation: Int64(1 + i % 16)))
                if (i + worker) % 2 == 0 { cache.store(batch, for: key) } else { _ = cache.batch(for: key) }
            }
        }
    }

    func testInterestKeysIgnoreOrderAndCase() throws {
        let store = try Fixtures.makeStore()
        let catalog = EventCatalog(store: store)
        let a = try EventInterest(parsing: ["VM", "pool"], catalog: catalog)
        let b = try EventInterest(parsing: ["pool", "vm", "vm"], catalog: catalog)
        let c = try EventInterest(parsing: ["vm"], catalog: catalog)
        XCTAssertEqual(a.key, b.key)
        XCTAssertNotEqual(a.key, c.key)
    }
}
