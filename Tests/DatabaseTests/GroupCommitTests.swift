// Group commit: durable writes share WAL fsyncs, relaxed writes wait for none, and nothing
// acknowledged is lost across a reopen.
@testable import Database
import Datamodel
import Foundation
import Wire
import XCTest

final class GroupCommitTests: XCTestCase {
    private var dir: TemporaryDirectory!

    override func setUp() { dir = TemporaryDirectory() }
    override func tearDown() { dir = nil }

    private var dbPath: String { dir.file("xapi.db") }

    func testEveryDurableWriteIsSyncedBeforeItReturns() throws {
        let store = try Fixtures.makeStore(path: dbPath)
        let before = store.groupCommitSyncs
        for i in 0..<3 {
            var vm = TestVM()
            vm.nameLabel = "vm\(i)"
            try store.write { tx in try tx.insert(vm) }
            XCTAssertEqual(store.groupCommitSyncs, before + UInt64(i + 1), "one writer: one fsync per write")
        }
    }

    func testRelaxedWritesWaitForNoFsync() throws {
        let store = try Fixtures.makeStore(path: dbPath)
        let ref = try store.write { tx in try tx.insert(TestVM()) }
        let before = store.groupCommitSyncs
        for i in 0..<20 {
            try store.write(durability: .relaxed) { tx in try tx.update(ref) { $0.nameLabel = "n\(i)" } }
        }
        XCTAssertEqual(store.groupCommitSyncs, before)
        XCTAssertEqual(store.read { $0.get(ref)?.nameLabel }, "n19", "visible at once")
        try store.write { tx in try tx.update(ref) { $0.memory = 1 } }
        XCTAssertEqual(store.groupCommitSyncs, before + 1, "the next durable write carries them")
    }

    func testConcurrentWritersShareFsyncsAndLoseNothing() throws {
        let writers = 8, perWriter = 40
        do {
            let store = try Fixtures.makeStore(path: dbPath)
            let before = store.groupCommitSyncs
            // Threads, not concurrentPerform: that runs only as many at once as there are CPUs.
            let group = DispatchGroup()
            for w in 0..<writers {
                group.enter()
                Thread {
                    defer { group.leave() }
                    for i in 0..<perWriter {
                        var vm = TestVM()
                        vm.nameLabel = "w\(w)-\(i)"
                        do { try store.write { tx in try tx.insert(vm) } } catch { XCTFail("\(error)") }
                    }
                }.start()
            }
            group.wait()
            let syncs = store.groupCommitSyncs - before
            XCTAssertLessThan(syncs, UInt64(writers * perWriter), "some writes shared an fsync")
            print("group commit: \(writers * perWriter) durable writes by \(writers) writers took \(syncs) fsyncs")
        }
        let reopened = try Fixtures.makeStore(path: dbPath)
        let names = Set(reopened.read { $0.all(TestVM.self).map(\.1.nameLabel) })
        XCTAssertEqual(names.count, writers * perWriter)
    }

    func testNormalAndInMemoryStoresDoNotSync() throws {
        let normal = try Fixtures.makeStore(path: dbPath, synchronous: .normal)
        try normal.write { tx in try tx.insert(TestVM()) }
        XCTAssertEqual(normal.groupCommitSyncs, 0)
        let memory = try Fixtures.makeStore(path: nil)
        try memory.write { tx in try tx.insert(TestVM()) }
        XCTAssertEqual(memory.groupCommitSyncs, 0)
    }
}
