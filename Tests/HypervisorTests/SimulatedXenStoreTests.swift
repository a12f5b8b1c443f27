// The in-memory xenstored behaves as libxenstore callers expect: reads, writes, directories,
// removal, watches (initial fire, subtree, removal of an ancestor), transactions with EAGAIN.
import Glibc
import XCTest
@testable import Hypervisor

final class SimulatedXenStoreTests: XCTestCase {
    func testWriteCreatesParentsAndReadsBack() throws {
        let xs = SimulatedXenStore()
        try xs.write("/local/domain/3/device/vif/0/state", value: "1")
        XCTAssertEqual(try xs.read("/local/domain/3/device/vif/0/state"), "1")
        XCTAssertEqual(try xs.read("/local/domain/3/device"), "")
        XCTAssertEqual(try xs.directory("/local/domain/3/device/vif"), ["0"])
        try xs.write("/local/domain/3/device/vif/0/state", value: "4")
        XCTAssertEqual(try xs.read("/local/domain/3/device/vif/0/state"), "4")
    }

    func testDirectoryListsChildrenInCreationOrder() throws {
        let xs = SimulatedXenStore()
        for name in ["b", "a", "c"] { try xs.write("/d/\(name)", value: name) }
        XCTAssertEqual(try xs.directory("/d"), ["b", "a", "c"])
        XCTAssertEqual(try xs.directory("/d/a"), [])
    }

    func testMissingNodesAreENOENT() throws {
        let xs = SimulatedXenStore()
        XCTAssertThrowsError(try xs.read("/nope")) { XCTAssertEqual(($0 as? XenError)?.errno, ENOENT) }
        XCTAssertThrowsError(try xs.directory("/nope")) { XCTAssertEqual(($0 as? XenError)?.errno, ENOENT) }
        XCTAssertNil(try xs.readIfPresent("/nope"))
        // xenstored's do_rm: a missing node under an existing parent is already gone.
        XCTAssertNoThrow(try xs.rm("/nope"))
        XCTAssertThrowsError(try xs.rm("/nope/deeper")) { XCTAssertEqual(($0 as? XenError)?.errno, ENOENT) }
    }

    func testInvalidPathsAreEINVAL() {
        let xs = SimulatedXenStore()
        for bad in ["/a//b", "/a/", "/a b", "/a\u{e9}"] {
            XCTAssertThrowsError(try xs.write(bad, value: "x"), bad) { XCTAssertEqual(($0 as? XenError)?.errno, EINVAL) }
        }
    }

    func testRmRemovesTheSubtree() throws {
        let xs = SimulatedXenStore()
        try xs.write("/vm/u/a/b", value: "1")
        try xs.write("/vm/u/c", value: "2")
        try xs.rm("/vm/u")
        XCTAssertNil(try xs.readIfPresent("/vm/u/a/b"))
        XCTAssertEqual(try xs.directory("/vm"), [])
        XCTAssertEqual(xs.daemon.dump("/vm").keys.sorted(), ["/vm"])
    }

    func testMkdirIsIdempotent() throws {
        let xs = SimulatedXenStore()
        try xs.write("/a/b", value: "v")
        try xs.mkdir("/a/b")
        XCTAssertEqual(try xs.read("/a/b"), "v")
        try xs.mkdir("/x/y/z")
        XCTAssertEqual(try xs.directory("/x/y"), ["z"])
    }

    func testWatchFiresInitiallyThenForChangesAtOrBelow() throws {
        let xs = SimulatedXenStore()
        try xs.watch("/local/domain/1/control", token: "t1")
        XCTAssertEqual(try xs.readWatch(timeout: .zero), XenStoreWatchEvent(path: "/local/domain/1/control", token: "t1"))
        XCTAssertNil(try xs.readWatch(timeout: .zero))

        try xs.write("/local/domain/1/control/shutdown", value: "poweroff")
        XCTAssertEqual(try xs.readWatch(timeout: .zero)?.path, "/local/domain/1/control/shutdown")
        try xs.write("/local/domain/1/control", value: "")
        XCTAssertEqual(try xs.readWatch(timeout: .zero)?.path, "/local/domain/1/control")
        try xs.write("/local/domain/1/controlx", value: "")  // a sibling with a common prefix
        try xs.write("/local/domain/1/data/x", value: "")
        XCTAssertNil(try xs.readWatch(timeout: .zero))
    }

    func testRemovingAnAncestorFiresTheWatchedPath() throws {
        let xs = SimulatedXenStore()
        try xs.write("/local/domain/1/control/shutdown", value: "")
        try xs.watch("/local/domain/1/control/shutdown", token: "ack")
        _ = try xs.readWatch(timeout: .zero)
        try xs.rm("/local/domain/1")
        XCTAssertEqual(try xs.readWatch(timeout: .zero),
                       XenStoreWatchEvent(path: "/local/domain/1/control/shutdown", token: "ack"))
    }

    func testWatchesAreDeliveredToTheConnectionThatSetThem() throws {
        let daemon = SimulatedXenstored()
        let watcher = daemon.connect()
        let writer = daemon.connect()
        try watcher.watch("/backend", token: "b")
        _ = try watcher.readWatch(timeout: .zero)
        try writer.write("/backend/vbd/1/51712/state", value: "2")
        XCTAssertEqual(try watcher.readWatch(timeout: .zero)?.path, "/backend/vbd/1/51712/state")
        XCTAssertNil(try writer.readWatch(timeout: .zero))
    }

    func testRelativeWatchesReportRelativePaths() throws {
        let xs = SimulatedXenstored().connect(domid: 0)
        try xs.watch("memory/target", token: "m")
        XCTAssertEqual(try xs.readWatch(timeout: .zero)?.path, "memory/target")
        try xs.write("/local/domain/0/memory/target", value: "1024")
        XCTAssertEqual(try xs.readWatch(timeout: .zero)?.path, "memory/target")
    }

    func testUnwatchStopsEventsAndDropsQueuedOnes() throws {
        let xs = SimulatedXenStore()
        try xs.watch("/a", token: "t")
        try xs.write("/a/b", value: "1")
        try xs.unwatch("/a", token: "t")
        XCTAssertNil(try xs.readWatch(timeout: .zero))
        try xs.write("/a/b", value: "2")
        XCTAssertNil(try xs.readWatch(timeout: .zero))
        XCTAssertThrowsError(try xs.unwatch("/a", token: "t")) { XCTAssertEqual(($0 as? XenError)?.errno, ENOENT) }
    }

    func testSpecialWatches() throws {
        let xs = SimulatedXenStore()
        try xs.watch("@releaseDomain", token: "r")
        XCTAssertEqual(try xs.readWatch(timeout: .zero)?.path, "@releaseDomain")
        try xs.write("/local/domain/5/name", value: "x")
        XCTAssertNil(try xs.readWatch(timeout: .zero))
        xs.daemon.fireSpecial("@releaseDomain")
        XCTAssertEqual(try xs.readWatch(timeout: .zero), XenStoreWatchEvent(path: "@releaseDomain", token: "r"))
    }

    func testReadWatchWaitsForAnotherThread() throws {
        let daemon = SimulatedXenstored()
        let xs = daemon.connect()
        try xs.watch("/wake", token: "w")
        _ = try xs.readWatch(timeout: .zero)
        let start = ContinuousClock.now
        XCTAssertNil(try xs.readWatch(timeout: .milliseconds(50)))
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - start, .milliseconds(45))

        let writer = daemon.connect()
        let thread = Thread {
            usleep(20_000)
            do { try writer.write("/wake", value: "now") } catch { XCTFail("\(error)") }
        }
        thread.start()
        XCTAssertEqual(try xs.readWatch(timeout: .seconds(5))?.path, "/wake")
        XCTAssertNil(try xs.readWatch(timeout: .zero))
    }

    func testTransactionIsIsolatedUntilCommit() throws {
        let daemon = SimulatedXenstored()
        let a = daemon.connect()
        let b = daemon.connect()
        try b.watch("/vm", token: "v")
        _ = try b.readWatch(timeout: .zero)
        let t = try a.transactionStart()
        try a.write("/vm/u/name", value: "guest", transaction: t)
        XCTAssertEqual(try a.read("/vm/u/name", transaction: t), "guest")
        XCTAssertNil(try b.readIfPresent("/vm/u/name"), "not visible before commit")
        XCTAssertNil(try b.readWatch(timeout: .zero), "no event before commit")
        XCTAssertTrue(try a.transactionEnd(t, abort: false))
        XCTAssertEqual(try b.read("/vm/u/name"), "guest")
        XCTAssertEqual(try b.readWatch(timeout: .zero)?.path, "/vm/u/name")
    }

    func testConflictingTransactionFailsWithEAGAIN() throws {
        let daemon = SimulatedXenstored()
        let a = daemon.connect()
        let b = daemon.connect()
        try a.write("/local/domain/1/device/vbd/51712/state", value: "1")
        let t = try a.transactionStart()
        XCTAssertEqual(try a.read("/local/domain/1/device/vbd/51712/state", transaction: t), "1")
        try a.write("/local/domain/1/device/vbd/51712/state", value: "5", transaction: t)
        try b.write("/local/domain/1/device/vbd/51712/state", value: "4")  // changes what t read
        XCTAssertFalse(try a.transactionEnd(t, abort: false))
        XCTAssertEqual(try a.read("/local/domain/1/device/vbd/51712/state"), "4", "nothing of t applied")
    }

    func testUnrelatedChangesDoNotConflict() throws {
        let daemon = SimulatedXenstored()
        let a = daemon.connect()
        let b = daemon.connect()
        try a.write("/x/a", value: "1")
        try a.write("/x/b", value: "1")
        let t = try a.transactionStart()
        try a.write("/x/a", value: "2", transaction: t)
        try b.write("/x/b", value: "3")
        XCTAssertTrue(try a.transactionEnd(t, abort: false))
        XCTAssertEqual(try a.read("/x/a"), "2")
        XCTAssertEqual(try a.read("/x/b"), "3")
    }

    func testCreatingUnderAChangedParentConflicts() throws {
        let daemon = SimulatedXenstored()
        let a = daemon.connect()
        let b = daemon.connect()
        try a.mkdir("/local/domain")
        let t = try a.transactionStart()
        try a.write("/local/domain/7/name", value: "new", transaction: t)
        try b.write("/local/domain/7/name", value: "racer")
        XCTAssertFalse(try a.transactionEnd(t, abort: false))
    }

    func testAbortDiscards() throws {
        let xs = SimulatedXenStore()
        let t = try xs.transactionStart()
        try xs.write("/gone", value: "x", transaction: t)
        XCTAssertTrue(try xs.transactionEnd(t, abort: true))
        XCTAssertNil(try xs.readIfPresent("/gone"))
        XCTAssertThrowsError(try xs.transactionEnd(t, abort: false)) { XCTAssertEqual(($0 as? XenError)?.errno, ENOENT) }
    }

    func testWithTransactionRetriesAfterAConflict() throws {
        let xs = SimulatedXenStore()
        xs.daemon.injectTransactionConflicts(2)
        var runs = 0
        try xs.withTransaction { t in
            runs += 1
            try xs.write("/retried", value: String(runs), transaction: t)
        }
        XCTAssertEqual(runs, 3)
        XCTAssertEqual(try xs.read("/retried"), "3")
    }

    func testWithTransactionAbortsWhenTheBodyThrows() throws {
        let xs = SimulatedXenStore()
        struct Stop: Error {}
        XCTAssertThrowsError(try xs.withTransaction { t in
            try xs.write("/half", value: "x", transaction: t)
            throw Stop()
        })
        XCTAssertNil(try xs.readIfPresent("/half"))
    }
}
