import Dispatch
import Foundation
import Synchronization
import XCTest
@testable import HTTP

final class WorkerPoolTests: XCTestCase {
    func testBlockingJobsRunConcurrently() {
        let pool = WorkerPool(maxThreads: 64, idleTimeout: .seconds(5))
        let group = DispatchGroup()
        let start = Date()
        for _ in 0..<20 {
            group.enter()
            pool.submit {
                Thread.sleep(forTimeInterval: 0.5)
                group.leave()
            }
        }
        XCTAssertEqual(group.wait(timeout: .now() + 5), .success)
        XCTAssertLessThan(Date().timeIntervalSince(start), 1.5)
        XCTAssertEqual(pool.threadCount, 20)
    }

    func testIdleThreadsAreReused() {
        let pool = WorkerPool(maxThreads: 64, idleTimeout: .seconds(5))
        for _ in 0..<10 {
            let done = DispatchSemaphore(value: 0)
            pool.submit { done.signal() }
            done.wait()
            Thread.sleep(forTimeInterval: 0.01)
        }
        XCTAssertEqual(pool.threadCount, 1)
    }

    func testCapQueuesJobs() {
        let pool = WorkerPool(maxThreads: 2, idleTimeout: .seconds(5))
        let count = Mutex(0)
        let group = DispatchGroup()
        for _ in 0..<10 {
            group.enter()
            pool.submit {
                Thread.sleep(forTimeInterval: 0.02)
                count.withLock { $0 += 1 }
                group.leave()
            }
        }
        XCTAssertEqual(group.wait(timeout: .now() + 5), .success)
        XCTAssertEqual(count.withLock { $0 }, 10)
        XCTAssertLessThanOrEqual(pool.threadCount, 2)
    }

    func testIdleThreadsExit() {
        let pool = WorkerPool(maxThreads: 8, idleTimeout: .milliseconds(200))
        let group = DispatchGroup()
        for _ in 0..<4 {
            group.enter()
            pool.submit {
                Thread.sleep(forTimeInterval: 0.05)
                group.leave()
            }
        }
        group.wait()
        XCTAssertEqual(pool.threadCount, 4)
        Thread.sleep(forTimeInterval: 0.6)
        XCTAssertEqual(pool.threadCount, 0)
        let done = DispatchSemaphore(value: 0)
        pool.submit { done.signal() }
        XCTAssertEqual(done.wait(timeout: .now() + 2), .success)
    }
}
