// The object store: persistence across reopen, relations, rollback, indexes, generations, observers.
@testable import Database
import Datamodel
import Foundation
import Wire
import XCTest

final class ObjectStoreTests: XCTestCase {
    private var dir: TemporaryDirectory!

    override func setUp() {
        dir = TemporaryDirectory()
    }

    override func tearDown() {
        dir = nil
    }

    private var dbPath: String { dir.file("xapi.db") }

    private func fullVM() -> TestVM {
        var vm = TestVM()
        vm.nameLabel = "it's a \"VM\" \\ with (parens)"
        vm.nameDescription = "line1\nline2\ttab"
        vm.powerState = .running
        vm.memory = -(1 << 40)
        vm.ratio = 0.1
        vm.isATemplate = true
        vm.created = XenDate(secondsSince1970: 1_742_357_784)
        vm.otherConfig = ["a": "1", "quote'": "back\\slash", "empty": ""]
        vm.tags = ["x", "y'z", ""]
        vm.vcpuUtilisation = [0: 0.25, 1: 1e-5]
        return vm
    }

    // MARK: - Persistence

    func testRoundTripAcrossReopenForEveryFieldType() throws {
        var vm = fullVM()
        let ref: Ref<TestVM>
        do {
            let store = try Fixtures.makeStore(path: dbPath)
            ref = try store.write { try $0.insert(vm) }
            vm.uuid = try XCTUnwrap(store.read { $0.get(ref) }).uuid
            XCTAssertTrue(UUID.isValid(vm.uuid))
        }
        let reopened = try Fixtures.makeStore(path: dbPath)
        let loaded = try XCTUnwrap(reopened.read { $0.get(ref) })
        XCTAssertEqual(loaded, vm)
        XCTAssertEqual(reopened.read { $0.ref(class: "VM", uuid: vm.uuid) }, ref.raw)
        XCTAssertEqual(reopened.read { $0.classOf(ref: ref.raw) }, "VM")
    }

    func testUpdateAndDeletePersist() throws {
        let keep: Ref<TestVM>
        let gone: Ref<TestVM>
        do {
            let store = try Fixtures.makeStore(path: dbPath)
            (keep, gone) = try store.write { tx in
                (try tx.insert(Fixtures.makeVM(nameLabel: "keep")), try tx.insert(Fixtures.makeVM(nameLabel: "gone")))
            }
            try store.write { tx in
                try tx.update(keep) { $0.nameLabel = "kept"; $0.otherConfig["x"] = "y" }
                try tx.delete(gone)
            }
        }
        let store = try Fixtures.makeStore(path: dbPath)
        store.read { s in
            XCTAssertEqual(s.get(keep)?.nameLabel, "kept")
            XCTAssertEqual(s.get(keep)?.otherConfig, ["x": "y"])
            XCTAssertNil(s.get(gone))
            XCTAssertNil(s.classOf(ref: gone.raw))
            XCTAssertEqual(s.count(class: "VM"), 1)
        }
    }

    func testInMemoryStoreWorksWithoutAPath() throws {
        let store = try Fixtures.makeStore()
        let ref = try store.write { try $0.insert(Fixtures.makeVM()) }
        XCTAssertNotNil(store.read { $0.get(ref) })
    }

    func testSynchronousNormalAlsoPersists() throws {
        let ref: Ref<TestVM>
        do {
            let store = try Fixtures.makeStore(path: dbPath, synchronous: .normal)
            ref = try store.write { try $0.insert(Fixtures.makeVM(nameLabel: "n")) }
        }
        XCTAssertEqual(try Fixtures.makeStore(path: dbPath).read { $0.get(ref)?.nameLabel }, "n")
    }

    func testNonPersistentClassesLiveOnlyInMemory() throws {
        let session: Ref<TestSession>
        do {
            let store = try Fixtures.makeStore(path: dbPath)
            session = try store.write { try $0.insert(TestSession()) }
            XCTAssertNotNil(store.read { $0.get(session) })
            XCTAssertGreaterThan(store.read { $0.objectGenerations(class: "session", ref: session.raw)?.created ?? 0 }, 0)
        }
        let store = try Fixtures.makeStore(path: dbPath)
        XCTAssertNil(store.read { $0.get(session) })
        XCTAssertEqual(store.read { $0.count(class: "session") }, 0)
    }

    func testExplicitRefIsUsedAndDuplicatesAreRejected() throws {
        let store = try Fixtures.makeStore()
        let ref = Ref<TestVM>("OpaqueRef:fixed")
        XCTAssertEqual(try store.write { try $0.insert(Fixtures.makeVM(), ref: ref) }, ref)
        XCTAssertThrowsError(try store.write { try $0.insert(Fixtures.makeVM(), ref: ref) })
        XCTAssertThrowsError(try store.write { try $0.insert(class: "VBD", ref: ref.raw, record: TestVBD()) })
        XCTAssertThrowsError(try store.write { try $0.insert(class: "VM", ref: "OpaqueRef:x", record: TestVBD()) })
        XCTAssertThrowsError(try store.write { try $0.insert(class: "nope", ref: "OpaqueRef:y", record: TestVBD()) })
    }

    // MARK: - uuid index

    func testUUIDIndex() throws {
        let store = try Fixtures.makeStore()
        var vm = Fixtures.makeVM()
        vm.uuid = "11111111-2222-4333-8444-555555555555"
        let ref = try store.write { try $0.insert(vm) }
        XCTAssertEqual(store.read { $0.ref(class: "VM", uuid: vm.uuid) }, ref.raw)
        XCTAssertNil(store.read { $0.ref(class: "VBD", uuid: vm.uuid) })

        // Duplicate uuid rejected, inside one transaction too.
        XCTAssertThrowsError(try store.write { try $0.insert(vm) })
        var other = Fixtures.makeVM()
        other.uuid = "99999999-2222-4333-8444-555555555555"
        XCTAssertThrowsError(try store.write { tx in
            try tx.insert(other)
            try tx.insert(other)
        })

        // Changing the uuid moves the index entry; the transaction sees its own change.
        try store.write { tx in
            try tx.update(ref) { $0.uuid = "aaaaaaaa-2222-4333-8444-555555555555" }
            XCTAssertNil(tx.ref(class: "VM", uuid: vm.uuid))
            XCTAssertEqual(tx.ref(class: "VM", uuid: "aaaaaaaa-2222-4333-8444-555555555555"), ref.raw)
        }
        XCTAssertNil(store.read { $0.ref(class: "VM", uuid: vm.uuid) })
        XCTAssertEqual(store.read { $0.ref(class: "VM", uuid: "aaaaaaaa-2222-4333-8444-555555555555") }, ref.raw)

        try store.write { try $0.delete(ref) }
        XCTAssertNil(store.read { $0.ref(class: "VM", uuid: "aaaaaaaa-2222-4333-8444-555555555555") })
    }

    func testUUIDsCanMoveBetweenObjectsInOneTransaction() throws {
        let store = try Fixtures.makeStore()
        let (u1, u2, u3) = ("00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002",
                            "00000000-0000-4000-8000-000000000003")
        let (a, b) = try store.write { tx in
            var x = Fixtures.makeVM(nameLabel: "a")
            x.uuid = u1
            var y = Fixtures.makeVM(nameLabel: "b")
            y.uuid = u2
            return (try tx.insert(x), try tx.insert(y))
        }
        try store.write { tx in
            try tx.update(a) { $0.uuid = u3 }
            try tx.update(b) { $0.uuid = u1 }
            XCTAssertEqual(tx.ref(class: "VM", uuid: u1), b.raw)
            XCTAssertNil(tx.ref(class: "VM", uuid: u2))
            XCTAssertEqual(tx.ref(class: "VM", uuid: u3), a.raw)
            // The freed uuid can be taken by a new object.
            var c = Fixtures.makeVM(nameLabel: "c")
            c.uuid = u2
            let cRef = try tx.insert(c)
            XCTAssertEqual(tx.ref(class: "VM", uuid: u2), cRef.raw)
            try tx.delete(cRef)
            XCTAssertNil(tx.ref(class: "VM", uuid: u2))
        }
        store.read { s in
            XCTAssertEqual(s.ref(class: "VM", uuid: u1), b.raw)
            XCTAssertNil(s.ref(class: "VM", uuid: u2))
            XCTAssertEqual(s.ref(class: "VM", uuid: u3), a.raw)
        }
    }

    // MARK: - Relations

    func testRelationsFollowInsertReparentAndDelete() throws {
        let store = try Fixtures.makeStore(path: dbPath)
        let (vm1, vm2) = try store.write { tx in
            (try tx.insert(Fixtures.makeVM(nameLabel: "1")), try tx.insert(Fixtures.makeVM(nameLabel: "2")))
        }
        var vbd = TestVBD()
        vbd.vm = vm1
        let (vbdRef, info) = try commitInfo(store) { tx in try tx.insert(vbd) }
        XCTAssertEqual(store.read { $0.get(vm1)?.vbds }, [vbdRef])
        XCTAssertEqual(Set(info.changes.map { "\($0.className) \($0.operation)" }), ["VBD add", "VM mod"])

        // Re-parent: removed from vm1, appended to vm2; both parents modified.
        let (_, move) = try commitInfo(store) { tx in try tx.update(vbdRef) { $0.vm = vm2 } }
        XCTAssertEqual(store.read { $0.get(vm1)?.vbds }, [])
        XCTAssertEqual(store.read { $0.get(vm2)?.vbds }, [vbdRef])
        XCTAssertEqual(Set(move.changes.map(\.ref)), [vbdRef.raw, vm1.raw, vm2.raw])

        // Changing an unrelated field leaves the parent alone.
        let (_, plain) = try commitInfo(store) { tx in try tx.update(vbdRef) { $0.device = "xvda" } }
        XCTAssertEqual(plain.changes.map(\.ref), [vbdRef.raw])

        // The transaction sees the maintained parent before commit.
        try store.write { tx in
            var second = TestVBD()
            second.vm = vm2
            let r = try tx.insert(second)
            XCTAssertEqual(tx.get(vm2)?.vbds, [vbdRef, r])
            try tx.delete(r)
            XCTAssertEqual(tx.get(vm2)?.vbds, [vbdRef])
        }

        let (_, del) = try commitInfo(store) { tx in try tx.delete(vbdRef) }
        XCTAssertEqual(store.read { $0.get(vm2)?.vbds }, [])
        XCTAssertEqual(Set(del.changes.map { "\($0.className) \($0.operation)" }), ["VBD del", "VM mod"])

        // A dangling parent reference is left alone.
        var dangling = TestVBD()
        dangling.vm = Ref("OpaqueRef:missing")
        try store.write { try $0.insert(dangling) }
    }

    func testSelfRelation() throws {
        let store = try Fixtures.makeStore()
        let parent = try store.write { try $0.insert(Fixtures.makeVM(nameLabel: "p")) }
        var child = Fixtures.makeVM(nameLabel: "c")
        child.parent = parent
        let childRef = try store.write { try $0.insert(child) }
        XCTAssertEqual(store.read { $0.get(parent)?.children }, [childRef])
        // An object naming itself as parent ends up in its own list without losing its own change.
        try store.write { tx in
            try tx.update(parent) { $0.parent = parent; $0.nameLabel = "self" }
        }
        let p = try XCTUnwrap(store.read { $0.get(parent) })
        XCTAssertEqual(p.nameLabel, "self")
        XCTAssertEqual(p.children, [childRef, parent])
    }

    func testRelationsAreRepairedOnLoad() throws {
        let host: Ref<TestHost>
        do {
            let store = try Fixtures.makeStore(path: dbPath)
            host = try store.write { try $0.insert(TestHost()) }
            var s = TestSession()
            s.thisHost = host
            let session = try store.write { try $0.insert(s) }
            // The persistent host row now lists a session that will not survive a restart.
            XCTAssertEqual(store.read { $0.get(host)?.sessions }, [session])
        }
        let store = try Fixtures.makeStore(path: dbPath)
        XCTAssertEqual(store.read { $0.get(host)?.sessions }, [])
    }

    // MARK: - Rollback

    func testBodyThrowingChangesNothing() throws {
        let store = try Fixtures.makeStore(path: dbPath)
        let vm = try store.write { try $0.insert(Fixtures.makeVM(nameLabel: "before")) }
        let generation = store.generation
        struct Boom: Error {}
        XCTAssertThrowsError(try store.write { tx in
            try tx.update(vm) { $0.nameLabel = "after" }
            var vbd = TestVBD()
            vbd.vm = vm
            try tx.insert(vbd)
            throw Boom()
        }) { XCTAssertTrue($0 is Boom) }
        store.read { s in
            XCTAssertEqual(s.get(vm)?.nameLabel, "before")
            XCTAssertEqual(s.get(vm)?.vbds, [])
            XCTAssertEqual(s.count(class: "VBD"), 0)
            XCTAssertEqual(s.generation, generation)
        }
        XCTAssertEqual(try Fixtures.makeStore(path: dbPath).read { $0.get(vm)?.nameLabel }, "before")
    }

    func testFailedMutationInsideBodyLeavesObjectUnchanged() throws {
        let store = try Fixtures.makeStore()
        let vm = try store.write { try $0.insert(Fixtures.makeVM(nameLabel: "a")) }
        struct Nope: Error {}
        try store.write { tx in
            XCTAssertThrowsError(try tx.update(vm) { $0.nameLabel = "b"; throw Nope() })
            XCTAssertEqual(tx.get(vm)?.nameLabel, "a")
        }
        XCTAssertEqual(store.read { $0.get(vm)?.nameLabel }, "a")
    }

    func testSQLiteFailureRollsBackMemory() throws {
        let store = try Fixtures.makeStore(path: dbPath)
        let vm = try store.write { try $0.insert(Fixtures.makeVM(nameLabel: "a")) }
        // Make the next commit fail inside SQLite: another connection holds the write lock and the
        // busy timeout runs out. Simulated instead by dropping the table underneath the store.
        try sqlite(dbPath, "DROP TABLE \"VM\"")
        XCTAssertThrowsError(try store.write { tx in try tx.update(vm) { $0.nameLabel = "b" } }) { error in
            XCTAssertTrue(error is SQLiteError, "\(error)")
        }
        XCTAssertEqual(store.read { $0.get(vm)?.nameLabel }, "a")
    }

    func testHandleInvalid() throws {
        let store = try Fixtures.makeStore()
        let missing = Ref<TestVM>("OpaqueRef:missing")
        for attempt in [
            { try store.write { try $0.update(missing) { $0.nameLabel = "x" } } },
            { try store.write { try $0.delete(class: "VM", ref: missing.raw) } },
            { try store.write { try $0.touch(class: "VM", ref: missing.raw) } },
            { try store.write { try $0.update(class: "VM", ref: missing.raw) { _ in } } },
        ] as [() throws -> Void] {
            XCTAssertThrowsError(try attempt()) { error in
                XCTAssertEqual(error as? XenAPIError, .handleInvalid(class: "VM", ref: missing.raw))
            }
        }
        // A ref of another class is invalid for this one.
        let host = try store.write { try $0.insert(TestHost()) }
        XCTAssertThrowsError(try store.write { try $0.delete(class: "VM", ref: host.raw) }) { error in
            XCTAssertEqual(error as? XenAPIError, .handleInvalid(class: "VM", ref: host.raw))
        }
    }

    // MARK: - Generations, tombstones, observers

    func testGenerationsStrictlyIncrease() throws {
        let store = try Fixtures.makeStore(path: dbPath)
        let g0 = store.generation
        let (vm, i1) = try commitInfo(store) { tx in try tx.insert(Fixtures.makeVM()) }
        XCTAssertEqual(i1.generations, (g0 + 1)...(g0 + 1))
        let (_, i2) = try commitInfo(store) { tx in
            try tx.insert(TestHost())
            try tx.insert(TestHost())
            try tx.update(vm) { $0.memory = 1 }
        }
        XCTAssertEqual(i2.generations, (g0 + 2)...(g0 + 4))
        XCTAssertEqual(i2.changes.map(\.generation), [g0 + 2, g0 + 3, g0 + 4])
        XCTAssertEqual(store.generation, g0 + 4)
        store.read { s in
            XCTAssertEqual(s.objectGenerations(class: "VM", ref: vm.raw)?.created, g0 + 1)
            XCTAssertEqual(s.objectGenerations(class: "VM", ref: vm.raw)?.modified, g0 + 4)
            XCTAssertEqual(s.lastChange(class: "VM"), g0 + 4)
            XCTAssertEqual(s.changed(class: "VM", since: g0 + 1).map(\.ref), [vm.raw])
            XCTAssertEqual(s.changed(class: "VM", since: g0 + 4).count, 0)
            XCTAssertEqual(s.changed(class: "host", since: g0).count, 2)
        }

        // A transaction that changes nothing (or creates and deletes) uses no generation.
        let before = store.generation
        try store.write { _ in }
        try store.write { tx in try tx.delete(try tx.insert(TestHost())) }
        XCTAssertEqual(store.generation, before)

        // The counter continues after a reopen, past everything handed out before.
        let last = store.generation
        let reopened = try Fixtures.makeStore(path: dbPath)
        XCTAssertGreaterThan(reopened.generation, last)
        let loadedAt = reopened.generation
        XCTAssertEqual(reopened.read { $0.objectGenerations(class: "VM", ref: vm.raw)?.created }, loadedAt)
        let (_, i3) = try commitInfo(reopened) { tx in try tx.update(vm) { $0.memory = 2 } }
        XCTAssertEqual(i3.generations.lowerBound, loadedAt + 1)
    }

    func testGenerationsNeverRepeatAfterRestartEvenWhenOnlyMemoryChanged() throws {
        var last: Int64 = 0
        do {
            let store = try Fixtures.makeStore(path: dbPath)
            try store.write { try $0.insert(Fixtures.makeVM()) }
            // Sessions are not persistent: these commits do not touch the disk.
            for _ in 0..<10 { try store.write { try $0.insert(TestSession()) } }
            last = store.generation
        }
        let store = try Fixtures.makeStore(path: dbPath)
        XCTAssertGreaterThan(store.generation, last)
        let (_, info) = try commitInfo(store) { tx in try tx.insert(TestSession()) }
        XCTAssertGreaterThan(info.generations.lowerBound, last)
    }

    func testTouchMarksModified() throws {
        let store = try Fixtures.makeStore()
        let vm = try store.write { try $0.insert(Fixtures.makeVM()) }
        let (_, info) = try commitInfo(store) { tx in try tx.touch(class: "VM", ref: vm.raw) }
        XCTAssertEqual(info.changes, [Change(className: "VM", ref: vm.raw, operation: .mod, generation: store.generation)])
        XCTAssertEqual(store.read { $0.objectGenerations(class: "VM", ref: vm.raw)?.modified }, store.generation)
    }

    func testTombstonesRecordDeletionsAndAreBounded() throws {
        let store = try Fixtures.makeStore(tombstoneCapacity: 3)
        let floor = store.read { $0.tombstoneFloor }
        let refs = try store.write { tx in try (0..<5).map { try tx.insert(Fixtures.makeVM(nameLabel: "vm\($0)")) } }
        let created = store.generation
        for r in refs { try store.write { try $0.delete(r) } }
        store.read { s in
            let all = s.deletions(since: 0)
            XCTAssertEqual(all.map(\.ref), refs.suffix(3).map(\.raw))
            XCTAssertEqual(all.map(\.deleted), [created + 3, created + 4, created + 5])
            XCTAssertEqual((all.first?.record as? TestVM)?.nameLabel, "vm2")
            XCTAssertLessThanOrEqual(all[0].created, created)
            XCTAssertEqual(s.deletions(since: created + 4).map(\.ref), [refs[4].raw])
            XCTAssertEqual(s.tombstoneFloor, created + 2)
            XCTAssertGreaterThan(s.tombstoneFloor, floor)
            XCTAssertEqual(s.lastChange(class: "VM"), created + 5)
        }
    }

    func testObserversRunAfterCommitAndCanRead() throws {
        let store = try Fixtures.makeStore(path: dbPath)
        let seen = Locked<[(CommitInfo, String?)]>([])
        store.addObserver { [store] info in
            // The committed state is already visible.
            let label = store.read { s in
                info.changes.first.flatMap { (s.record(class: $0.className, ref: $0.ref) as? TestVM)?.nameLabel }
            }
            seen.withLock { $0.append((info, label)) }
        }
        let vm = try store.write { try $0.insert(Fixtures.makeVM(nameLabel: "observed")) }
        struct Boom: Error {}
        _ = try? store.write { tx in try tx.delete(vm); throw Boom() }
        try store.write { _ in }
        seen.withLock { list in
            XCTAssertEqual(list.count, 1)
            XCTAssertEqual(list.first?.0.changes, [Change(className: "VM", ref: vm.raw, operation: .add,
                                                          generation: store.generation)])
            XCTAssertEqual(list.first?.1, "observed")
        }
    }

    // MARK: - Queries

    func testTransactionReadsOverlayPendingChanges() throws {
        let store = try Fixtures.makeStore()
        let a = try store.write { try $0.insert(Fixtures.makeVM(nameLabel: "a")) }
        try store.write { tx in
            let b = try tx.insert(Fixtures.makeVM(nameLabel: "b"))
            XCTAssertEqual(Set(tx.refs(class: "VM")), [a.raw, b.raw])
            XCTAssertEqual(tx.count(class: "VM"), 2)
            try tx.delete(a)
            XCTAssertEqual(tx.refs(class: "VM"), [b.raw])
            XCTAssertEqual(tx.count(class: "VM"), 1)
            XCTAssertNil(tx.classOf(ref: a.raw))
            XCTAssertEqual(tx.classOf(ref: b.raw), "VM")
            XCTAssertEqual(tx.all(TestVM.self).map(\.1.nameLabel), ["b"])
            // Readers outside the transaction still see the committed state.
            XCTAssertEqual(store.read { $0.refs(class: "VM") }, [a.raw])
        }
        XCTAssertEqual(store.read { $0.all(TestVM.self).map(\.1.nameLabel) }, ["b"])
    }

    func testNameLabelAndWhereQueries() throws {
        let store = try Fixtures.makeStore()
        let (web1, web2, db) = try store.write { tx in
            (try tx.insert(Fixtures.makeVM(nameLabel: "web", powerState: .running)),
             try tx.insert(Fixtures.makeVM(nameLabel: "web")),
             try tx.insert(Fixtures.makeVM(nameLabel: "db", powerState: .running)))
        }
        try store.read { s in
            XCTAssertEqual(Set(s.refs(class: "VM", nameLabel: "web")), [web1.raw, web2.raw])
            XCTAssertEqual(s.refs(class: "VM", nameLabel: "nope"), [])
            XCTAssertEqual(s.refs(class: "VBD", nameLabel: "web"), [])
            let running = try FilterExpression(#"field "power_state"="Running""#)
            XCTAssertEqual(Set(try s.refs(class: "VM", where: running)), [web1.raw, db.raw])
            let both = try FilterExpression(#"field "name__label"="web" and not (field "power_state"="Halted")"#)
            XCTAssertEqual(try s.refs(class: "VM", where: both), [web1.raw])
            XCTAssertEqual(try s.refs(class: "VM", where: FilterExpression("true")).count, 3)
            XCTAssertEqual(Set(s.records(class: "VM").map(\.ref)), [web1.raw, web2.raw, db.raw])
            // Empty class: a missing field is never evaluated.
            XCTAssertEqual(try s.refs(class: "VBD", where: FilterExpression(#"field "nope"="x""#)), [])
            XCTAssertThrowsError(try s.refs(class: "VM", where: FilterExpression(#"field "nope"="x""#)))
        }
    }

    func testUntypedAccess() throws {
        let store = try Fixtures.makeStore()
        try store.write { tx in
            try tx.insert(class: "VM", ref: "OpaqueRef:u", record: Fixtures.makeVM(nameLabel: "u"))
            try tx.update(class: "VM", ref: "OpaqueRef:u") { record in
                try record.setWireValue(named: "name_label", to: "v")
            }
        }
        store.read { s in
            XCTAssertEqual(s.record(class: "VM", ref: "OpaqueRef:u")?.wireValue(named: "name_label"), "v")
            XCTAssertNil(s.record(class: "VBD", ref: "OpaqueRef:u"))
            XCTAssertNil(s.record(class: "nope", ref: "OpaqueRef:u"))
            XCTAssertEqual(s.classNames, ["VBD", "VM", "host", "session"])
        }
    }

    func testNestedReadsAndReadsInsideWrite() throws {
        let store = try Fixtures.makeStore()
        let vm = try store.write { try $0.insert(Fixtures.makeVM(nameLabel: "n")) }
        let inner = store.read { _ in store.read { $0.get(vm)?.nameLabel } }
        XCTAssertEqual(inner, "n")
        try store.write { tx in
            try tx.update(vm) { $0.nameLabel = "m" }
            // read() inside write sees the committed state, not the pending change.
            XCTAssertEqual(store.read { $0.get(vm)?.nameLabel }, "n")
        }
    }

    func testConcurrentReadersAndWriters() throws {
        let store = try Fixtures.makeStore(path: dbPath, synchronous: .normal)
        let host = try store.write { try $0.insert(TestHost()) }
        let threads = 4
        let perThread = 50
        let failures = Locked<[String]>([])
        let done = Locked(0)
        var workers: [Thread] = []
        for t in 0..<threads {
            let worker = Thread { [store] in
                for i in 0..<perThread {
                    do {
                        try store.write { tx in
                            var vm = Fixtures.makeVM(nameLabel: "t\(t)-\(i)")
                            vm.residentOn = host
                            try tx.insert(vm)
                        }
                    } catch {
                        failures.withLock { $0.append("\(error)") }
                    }
                    // Every snapshot is consistent: the host lists exactly the VMs that exist.
                    store.read { s in
                        let listed = s.get(host)?.residentVMs.count ?? -1
                        if listed != s.count(class: "VM") {
                            failures.withLock { $0.append("inconsistent: \(listed) vs \(s.count(class: "VM"))") }
                        }
                    }
                }
                done.withLock { $0 += 1 }
            }
            workers.append(worker)
        }
        workers.forEach { $0.start() }
        while done.withLock({ $0 }) < threads { usleep(1000) }
        XCTAssertEqual(failures.withLock { $0 }, [])
        XCTAssertEqual(store.read { $0.count(class: "VM") }, threads * perThread)
        let reopened = try Fixtures.makeStore(path: dbPath)
        XCTAssertEqual(reopened.read { $0.get(host)?.residentVMs.count }, threads * perThread)
    }

    // MARK: - Helpers

    /// Runs SQL on the database file through a connection of its own.
    private func sqlite(_ path: String, _ sql: String) throws {
        let c = try Connection(path: path)
        c.setBusyTimeout(milliseconds: 5000)
        try c.execute(sql)
    }

    /// Runs a write and returns its result with the CommitInfo observers saw.
    private func commitInfo<T>(_ store: ObjectStore, _ body: (inout Transaction) throws -> T) throws -> (T, CommitInfo) {
        let captured = Locked<CommitInfo?>(nil)
        let active = Locked(true)
        store.addObserver { info in
            if active.withLock({ $0 }) { captured.withLock { $0 = info } }
        }
        defer { active.withLock { $0 = false } }
        let result = try store.write(body)
        let info = try XCTUnwrap(captured.withLock { $0 })
        return (result, info)
    }
}
