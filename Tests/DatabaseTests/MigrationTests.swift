// Schema evolution: additive sync (new tables, new columns with defaults, unknown columns kept) and
// numbered migrations run once inside BEGIN IMMEDIATE with the version bump.
@testable import Database
import Datamodel
import Wire
import XCTest

final class MigrationTests: XCTestCase {
    private var dir: TemporaryDirectory!

    override func setUp() { dir = TemporaryDirectory() }
    override func tearDown() { dir = nil }

    private var dbPath: String { dir.file("xapi.db") }

    private func openV1(migrations: [Migration] = []) throws -> ObjectStore {
        try ObjectStore(path: dbPath, classes: [WidgetV1.spec], recordTypes: ["widget": WidgetV1.self],
                        relations: [], migrations: migrations)
    }

    private func openV2(migrations: [Migration] = [], withFixtures: Bool = false) throws -> ObjectStore {
        var classes = [WidgetV2.spec]
        var types: [String: any XenRecord.Type] = ["widget": WidgetV2.self]
        if withFixtures {
            classes += Fixtures.classes
            types.merge(Fixtures.recordTypes) { a, _ in a }
        }
        return try ObjectStore(path: dbPath, classes: classes, recordTypes: types,
                               relations: withFixtures ? Fixtures.relations : [], migrations: migrations)
    }

    private func rows(_ sql: String) throws -> [[String?]] {
        let c = try Connection(path: dbPath)
        return try MigrationContext(connection: c).rows(sql)
    }

    private func execute(_ sql: String) throws {
        let c = try Connection(path: dbPath)
        try c.execute(sql)
    }

    func testMissingColumnIsAddedWithTheFieldDefault() throws {
        var w = WidgetV1()
        w.nameLabel = "old"
        let ref = try openV1().write { try $0.insert(w) }

        let store = try openV2()
        let loaded = try XCTUnwrap(store.read { $0.record(class: "widget", ref: ref.raw) as? WidgetV2 })
        XCTAssertEqual(loaded.nameLabel, "old")
        XCTAssertEqual(loaded.size, 42)
        XCTAssertEqual(loaded.labels, ["made": "default"])
        XCTAssertEqual(try rows("SELECT size, labels FROM widget"), [["42", "(('made' 'default'))"]])
    }

    func testColumnsUnknownToTheDatamodelAreLeftAlone() throws {
        let ref = try openV2().write { try $0.insert(WidgetV2()) }
        // A newer build wrote a column this one does not know; an older build must not drop it.
        try execute("ALTER TABLE widget ADD COLUMN from_the_future TEXT")
        try execute("UPDATE widget SET from_the_future = 'keep me'")
        let store = try openV1()
        try store.write { tx in
            try tx.update(class: "widget", ref: ref.raw) { try $0.setWireValue(named: "name_label", to: "renamed") }
        }
        XCTAssertEqual(try rows("SELECT name_label, from_the_future, size FROM widget"),
                       [["renamed", "keep me", "42"]])
    }

    func testMissingTablesAreCreated() throws {
        _ = try openV1()
        let store = try openV2(withFixtures: true)
        let vm = try store.write { try $0.insert(Fixtures.makeVM(nameLabel: "late")) }
        let reopened = try openV2(withFixtures: true)
        XCTAssertEqual(reopened.read { $0.get(vm)?.nameLabel }, "late")
        XCTAssertEqual(Set(try rows("SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { $0[0] }),
                       ["_meta", "widget", "VM", "VBD", "host"])  // no table for non-persistent session
    }

    func testFreshDatabaseStartsAtTheLatestVersionWithoutRunningMigrations() throws {
        let ran = Locked(0)
        let m = Migration(version: 3, name: "never on a fresh db") { _ in ran.withLock { $0 += 1 } }
        _ = try openV1(migrations: [m])
        XCTAssertEqual(ran.withLock { $0 }, 0)
        XCTAssertEqual(try rows("SELECT value FROM _meta WHERE key = 'schema_version'"), [["3"]])
    }

    func testNumberedMigrationsRunOnceInOrder() throws {
        var w = WidgetV1()
        w.nameLabel = "lower"
        let ref = try openV1().write { try $0.insert(w) }
        XCTAssertEqual(try rows("SELECT value FROM _meta WHERE key = 'schema_version'"), [["0"]])

        let ran = Locked<[Int]>([])
        let migrations = [
            Migration(version: 2, name: "suffix") { context in
                ran.withLock { $0.append(2) }
                try context.execute("UPDATE widget SET name_label = name_label || ?", ["!"])
            },
            Migration(version: 1, name: "upper", sql: ["UPDATE widget SET name_label = upper(name_label)"]),
        ]
        // Runs after the additive sync, so the new column is already there for it.
        let sizes = Migration(version: 3, name: "sizes", sql: ["UPDATE widget SET size = '7'"])
        let store = try openV2(migrations: migrations + [sizes])
        let loaded = try XCTUnwrap(store.read { $0.record(class: "widget", ref: ref.raw) as? WidgetV2 })
        XCTAssertEqual(loaded.nameLabel, "LOWER!")
        XCTAssertEqual(loaded.size, 7)
        XCTAssertEqual(ran.withLock { $0 }, [2])
        XCTAssertEqual(try rows("SELECT value FROM _meta WHERE key = 'schema_version'"), [["3"]])

        _ = try openV2(migrations: migrations + [sizes])
        XCTAssertEqual(ran.withLock { $0 }, [2])
    }

    func testFailingMigrationRollsBackAndKeepsTheVersion() throws {
        var w = WidgetV1()
        w.nameLabel = "x"
        _ = try openV1().write { try $0.insert(w) }
        let bad = Migration(version: 1, name: "bad", sql: [
            "UPDATE widget SET name_label = 'changed'",
            "THIS IS NOT SQL",
        ])
        XCTAssertThrowsError(try openV1(migrations: [bad])) { error in
            XCTAssertTrue(error is SQLiteError, "\(error)")
        }
        XCTAssertEqual(try rows("SELECT name_label FROM widget"), [["x"]])
        XCTAssertEqual(try rows("SELECT value FROM _meta WHERE key = 'schema_version'"), [["0"]])
    }

    func testDatabaseIsInWALMode() throws {
        _ = try openV1()
        XCTAssertEqual(try rows("PRAGMA journal_mode"), [["wal"]])
    }
}
