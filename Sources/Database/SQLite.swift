// The only file that imports CSQLite3: a connection with a cache of persistent prepared statements,
// and the one SQLite error type. Neither class is Sendable: the object store touches them only while
// holding its writer lock (or during init).
import CSQLite3

/// A failed SQLite call: the extended result code, SQLite's message and the SQL that ran.
public struct SQLiteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The extended result code (`SQLITE_BUSY`, `SQLITE_IOERR_FSYNC`, ...).
    public var code: Int32
    public var message: String
    /// The statement that failed, when there was one. Bound values are never included.
    public var sql: String?

    public init(code: Int32, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// The primary result code (the low byte of the extended code).
    public var primaryCode: Int32 { code & 0xff }

    public var description: String {
        var s = "SQLite error \(code): \(message)"
        if let sql { s += " (\(sql))" }
        return s
    }
}

/// An open SQLite database handle. Wraps `sqlite3_open_v2` / `sqlite3_close_v2`.
final class Connection {
    let handle: OpaquePointer
    private var cache: [String: Statement] = [:]

    /// Opens (creating if needed) the database at `path`; `":memory:"` for a private in-memory one.
    init(path: String) throws {
        var h: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &h, flags, nil)
        guard rc == SQLITE_OK, let h else {
            let message = h.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let h { sqlite3_close_v2(h) }
            throw SQLiteError(code: rc, message: message, sql: nil)
        }
        handle = h
        sqlite3_extended_result_codes(h, 1)
    }

    deinit {
        // Statements must be finalized before the handle goes; close_v2 tolerates stragglers.
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Milliseconds to retry on SQLITE_BUSY. Wraps `sqlite3_busy_timeout`.
    func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    /// Runs one or more statements without results. Wraps `sqlite3_exec`.
    func execute(_ sql: String) throws {
        var err: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &err)
        if rc != SQLITE_OK {
            let message = err.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(err)
            throw SQLiteError(code: sqlite3_extended_errcode(handle), message: message, sql: sql)
        }
    }

    /// A prepared statement for `sql`, compiled once and kept (`SQLITE_PREPARE_PERSISTENT`).
    func prepare(_ sql: String) throws -> Statement {
        if let s = cache[sql] { return s }
        let s = try prepareUncached(sql, persistent: true)
        cache[sql] = s
        return s
    }

    /// A statement that is not kept in the cache (one-off schema queries).
    func prepareUncached(_ sql: String, persistent: Bool = false) throws -> Statement {
        var stmt: OpaquePointer?
        let flags = persistent ? UInt32(SQLITE_PREPARE_PERSISTENT) : 0
        let rc = sqlite3_prepare_v3(handle, sql, -1, flags, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            throw SQLiteError(code: sqlite3_extended_errcode(handle),
                              message: String(cString: sqlite3_errmsg(handle)), sql: sql)
        }
        return Statement(stmt: stmt, connection: self, sql: sql)
    }

    /// Drops every cached statement (after a schema change they would re-prepare anyway).
    func clearStatementCache() {
        cache.removeAll()
    }

    /// The first column of the first row, as text.
    func scalarText(_ sql: String, _ arguments: [String?] = []) throws -> String? {
        let s = try prepareUncached(sql)
        var result: String?
        try s.query(arguments) { row in
            result = row.text(at: 0)
            return false
        }
        return result
    }

    /// Runs `body` inside `BEGIN IMMEDIATE` … `COMMIT`; rolls back and rethrows if anything fails.
    ///
    /// IMMEDIATE takes the write lock up front, so a commit cannot fail with SQLITE_BUSY half way
    /// (https://sqlite.org/lang_transaction.html).
    func immediateTransaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            // If COMMIT itself failed the transaction may still be open; if it was already rolled
            // back automatically, ROLLBACK fails harmlessly ("no transaction is active").
            if sqlite3_get_autocommit(handle) == 0 {
                _ = sqlite3_exec(handle, "ROLLBACK", nil, nil, nil)
            }
            throw error
        }
    }

    var errorMessage: String { String(cString: sqlite3_errmsg(handle)) }
    var extendedErrorCode: Int32 { sqlite3_extended_errcode(handle) }
}

@available(*, unavailable)
extension Connection: Sendable {}

/// A compiled statement. Wraps `sqlite3_stmt`; finalized in `deinit`.
final class Statement {
    private let stmt: OpaquePointer
    private unowned let connection: Connection
    let sql: String

    fileprivate init(stmt: OpaquePointer, connection: Connection, sql: String) {
        self.stmt = stmt
        self.connection = connection
        self.sql = sql
    }

    deinit { sqlite3_finalize(stmt) }

    private func fail(_ rc: Int32) -> SQLiteError {
        SQLiteError(code: sqlite3_extended_errcode(connection.handle), message: connection.errorMessage,
                    sql: sql)
    }

    /// Resets the statement and binds text (or NULL) parameters by position.
    /// Wraps `sqlite3_reset`, `sqlite3_clear_bindings` and `sqlite3_bind_text`.
    private func bind(_ arguments: [String?]) throws {
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
        for (i, arg) in arguments.enumerated() {
            let rc: Int32
            if let arg {
                rc = sqlite3_bind_text(stmt, Int32(i + 1), arg, -1, csqlite_transient())
            } else {
                rc = sqlite3_bind_null(stmt, Int32(i + 1))
            }
            guard rc == SQLITE_OK else { throw fail(rc) }
        }
    }

    /// Runs the statement to completion, discarding rows.
    func run(_ arguments: [String?] = []) throws {
        try bind(arguments)
        defer { sqlite3_reset(stmt) }
        while true {
            let rc = sqlite3_step(stmt)
            if rc == SQLITE_DONE { return }
            if rc != SQLITE_ROW { throw fail(rc) }
        }
    }

    /// Runs the statement, handing each row to `row` until it returns false or rows run out.
    func query(_ arguments: [String?] = [], _ row: (Row) throws -> Bool) throws {
        try bind(arguments)
        defer { sqlite3_reset(stmt) }
        while true {
            let rc = sqlite3_step(stmt)
            if rc == SQLITE_DONE { return }
            if rc != SQLITE_ROW { throw fail(rc) }
            if try !row(Row(stmt: stmt)) { return }
        }
    }

    /// The result column names, in order.
    var columnNames: [String] {
        (0..<sqlite3_column_count(stmt)).map { String(cString: sqlite3_column_name(stmt, $0)) }
    }
}

@available(*, unavailable)
extension Statement: Sendable {}

/// The current row of a running statement; valid only inside `Statement.query`'s callback.
struct Row {
    fileprivate let stmt: OpaquePointer

    var columnCount: Int { Int(sqlite3_column_count(stmt)) }

    /// Column `index` as text; nil for SQL NULL. Wraps `sqlite3_column_text`.
    func text(at index: Int) -> String? {
        guard sqlite3_column_type(stmt, Int32(index)) != SQLITE_NULL,
              let p = sqlite3_column_text(stmt, Int32(index)) else { return nil }
        let n = Int(sqlite3_column_bytes(stmt, Int32(index)))
        return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
    }

    func int64(at index: Int) -> Int64 { sqlite3_column_int64(stmt, Int32(index)) }
}

/// `"name"` with embedded quotes doubled (https://sqlite.org/lang_keywords.html).
func quoteIdentifier(_ name: String) -> String {
    "\"" + name.replacingQuotes() + "\""
}

extension String {
    fileprivate func replacingQuotes() -> String {
        guard contains("\"") else { return self }
        var out = ""
        for c in self {
            if c == "\"" { out.append("\"\"") } else { out.append(c) }
        }
        return out
    }
}
