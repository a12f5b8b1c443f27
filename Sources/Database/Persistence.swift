// The SQLite side of the object store: schema (one table per persistent class, `_ref` plus one TEXT
// column per stored field, holding FieldCodec strings), migrations, loading at open, and writing a
// commit's changes in one transaction. Used only under the store's writer lock (or during init).
import Datamodel
import Wire

final class Persistence {
    let connection: Connection
    /// Per class: the upsert (binding `_ref` then the stored fields in order) and delete statements.
    private var upsert: [String: Statement] = [:]
    private var delete: [String: Statement] = [:]

    static let metaTable = "_meta"
    static let schemaVersionKey = "schema_version"
    /// An upper bound on every generation ever handed out (see `reservedGeneration`).
    static let generationKey = "generation"

    /// Generations up to this value may have been handed out; the next open starts above it.
    /// Raised in blocks (ObjectStore.generationReservation) so that commits touching only
    /// non-persistent classes need no disk write, yet a restart, even after a crash, never hands
    /// out a generation twice.
    var reservedGeneration: Int64 = 0
    /// With `.full` on a file database: the group-commit fsync of the WAL (SQLite itself then runs
    /// with NORMAL and does not fsync at COMMIT).
    let walSync: WALSync?

    init(path: String?, synchronous: ObjectStore.Synchronous) throws {
        connection = try Connection(path: path ?? ":memory:")
        connection.setBusyTimeout(milliseconds: 10_000)
        if path != nil {
            // https://sqlite.org/wal.html: readers never block the writer and vice versa.
            let mode = try connection.scalarText("PRAGMA journal_mode=WAL")
            guard mode?.lowercased() == "wal" else {
                throw SQLiteError(code: 1, message: "cannot enable WAL (journal_mode is \(mode ?? "unknown"))",
                                  sql: "PRAGMA journal_mode=WAL")
            }
        }
        walSync = path != nil && synchronous == .full ? WALSync(databasePath: path!) : nil
        // FULL = NORMAL + an fsync of the WAL at each commit, which WALSync does outside the lock.
        let pragma = walSync != nil ? ObjectStore.Synchronous.normal : synchronous
        try connection.execute("PRAGMA synchronous=\(pragma.rawValue)")
        try connection.execute(
            "CREATE TABLE IF NOT EXISTS \(Persistence.metaTable) (key TEXT PRIMARY KEY NOT NULL, value TEXT)")
    }

    // MARK: - Schema

    /// Creates missing tables, adds missing columns (filled with the field's default), then runs
    /// the migrations newer than the stored schema version.
    func prepareSchema(tables: [Table], migrations: [Migration]) throws {
        let storedVersion = try meta(Persistence.schemaVersionKey).flatMap { Int($0) }
        try connection.immediateTransaction {
            let existing = Set(try strings("SELECT name FROM sqlite_master WHERE type = 'table'").map {
                $0.lowercased()
            })
            for table in tables {
                let name = quoteIdentifier(table.spec.name)
                if !existing.contains(table.spec.name.lowercased()) {
                    let columns = ["\"_ref\" TEXT PRIMARY KEY NOT NULL"]
                        + table.storedFields.map { quoteIdentifier(table.spec.fields[$0].name) + " TEXT" }
                    try connection.execute("CREATE TABLE \(name) (\(columns.joined(separator: ", ")))")
                    continue
                }
                let present = Set(try columnNames(of: table.spec.name).map { $0.lowercased() })
                let defaults = table.recordType.init()
                for i in table.storedFields where !present.contains(table.spec.fields[i].name.lowercased()) {
                    let field = table.spec.fields[i]
                    let column = quoteIdentifier(field.name)
                    try connection.execute("ALTER TABLE \(name) ADD COLUMN \(column) TEXT")
                    let value = FieldCodec.encode(defaults.wireValue(field: i), as: field.type)
                    try connection.prepareUncached("UPDATE \(name) SET \(column) = ?").run([value])
                }
            }
            if storedVersion == nil {
                try setMeta(Persistence.schemaVersionKey, String(Migration.latestVersion(of: migrations)))
            }
        }
        if let storedVersion {
            for m in migrations.sorted(by: { $0.version < $1.version }) where m.version > storedVersion {
                try connection.immediateTransaction {
                    try m.apply(MigrationContext(connection: connection))
                    try setMeta(Persistence.schemaVersionKey, String(m.version))
                }
            }
        }
        connection.clearStatementCache()
        for table in tables { try prepareStatements(for: table) }
    }

    private func prepareStatements(for table: Table) throws {
        let name = quoteIdentifier(table.spec.name)
        let columns = table.storedFields.map { quoteIdentifier(table.spec.fields[$0].name) }
        let placeholders = Array(repeating: "?", count: columns.count + 1).joined(separator: ", ")
        let upsertSQL: String
        if columns.isEmpty {
            upsertSQL = "INSERT OR IGNORE INTO \(name) (\"_ref\") VALUES (?)"
        } else {
            // An upsert, not INSERT OR REPLACE: columns the datamodel no longer knows keep their values.
            let updates = columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
            upsertSQL = "INSERT INTO \(name) (\"_ref\", \(columns.joined(separator: ", "))) "
                + "VALUES (\(placeholders)) ON CONFLICT(\"_ref\") DO UPDATE SET \(updates)"
        }
        upsert[table.spec.name] = try connection.prepare(upsertSQL)
        delete[table.spec.name] = try connection.prepare("DELETE FROM \(name) WHERE \"_ref\" = ?")
    }

    func columnNames(of table: String) throws -> [String] {
        var out: [String] = []
        try connection.prepareUncached("PRAGMA table_info(\(quoteIdentifier(table)))").query { row in
            if let n = row.text(at: 1) { out.append(n) }
            return true
        }
        return out
    }

    private func strings(_ sql: String, _ arguments: [String?] = []) throws -> [String] {
        var out: [String] = []
        try connection.prepareUncached(sql).query(arguments) { row in
            if let s = row.text(at: 0) { out.append(s) }
            return true
        }
        return out
    }

    func meta(_ key: String) throws -> String? {
        try connection.scalarText("SELECT value FROM \(Persistence.metaTable) WHERE key = ?", [key])
    }

    func setMeta(_ key: String, _ value: String) throws {
        try connection.prepare(
            "INSERT INTO \(Persistence.metaTable) (key, value) VALUES (?, ?) "
                + "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ).run([key, value])
    }

    // MARK: - Load

    /// Reads every row of `table` into records. Columns the datamodel does not know are ignored;
    /// NULL columns keep the record's default.
    func load(_ table: Table, _ body: (String, any XenRecord) throws -> Void) throws {
        let statement = try connection.prepareUncached("SELECT * FROM \(quoteIdentifier(table.spec.name))")
        let names = statement.columnNames
        var refColumn = -1
        var columns: [(column: Int, field: Int)] = []
        let lowered = Dictionary(table.spec.fields.indices.map { (table.spec.fields[$0].name.lowercased(), $0) },
                                 uniquingKeysWith: { a, _ in a })
        for (c, name) in names.enumerated() {
            if name == "_ref" {
                refColumn = c
            } else if let f = table.spec.fieldIndex[name] ?? lowered[name.lowercased()],
                      FieldCodec.isStored(table.spec.fields[f].type) {
                columns.append((c, f))
            }
        }
        guard refColumn >= 0 else {
            throw SQLiteError(code: 1, message: "table \(table.spec.name) has no _ref column", sql: nil)
        }
        try statement.query { row in
            guard let ref = row.text(at: refColumn) else { return true }
            var record = table.recordType.init()
            for (c, f) in columns {
                guard let text = row.text(at: c) else { continue }
                let field = table.spec.fields[f]
                do {
                    if let value = try FieldCodec.decode(text, as: field.type) {
                        try record.setWireValue(field: f, to: value)
                    }
                } catch {
                    throw XenAPIError.internalError(
                        "cannot load \(table.spec.name).\(field.name) of \(ref) from '\(text)': \(error)")
                }
            }
            try body(ref, record)
            return true
        }
    }

    // MARK: - Commit

    /// One row write: the record to upsert, or nil to delete.
    struct RowWrite {
        let table: Table
        let ref: String
        let record: (any XenRecord)?
    }

    /// Writes `rows` (and a new generation reservation, if given) in one `BEGIN IMMEDIATE`
    /// transaction. When this returns the commit is durable to the degree `synchronous` promises,
    /// except under group commit (`walSync`): then it is durable once `walSync.waitDurable` of the
    /// returned sequence returns. On error nothing is written.
    @discardableResult
    func commit(_ rows: [RowWrite], reserving reservation: Int64?) throws -> UInt64? {
        try connection.immediateTransaction {
            for row in rows {
                let name = row.table.spec.name
                if let record = row.record {
                    guard let statement = upsert[name] else { continue }
                    var arguments: [String?] = [row.ref]
                    arguments.reserveCapacity(row.table.storedFields.count + 1)
                    for i in row.table.storedFields {
                        arguments.append(FieldCodec.encode(record.wireValue(field: i), as: row.table.spec.fields[i].type))
                    }
                    try statement.run(arguments)
                } else if let statement = delete[name] {
                    try statement.run([row.ref])
                }
            }
            if let reservation { try setMeta(Persistence.generationKey, String(reservation)) }
        }
        if let reservation { reservedGeneration = reservation }
        return walSync?.noteCommit()
    }
}

@available(*, unavailable)
extension Persistence: Sendable {}
