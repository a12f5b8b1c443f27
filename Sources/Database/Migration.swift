// Numbered schema migrations. The additive part of the schema (missing tables and columns) follows
// the datamodel automatically; a Migration is for everything else (renames, rewriting values).

/// One numbered step, run once in `BEGIN IMMEDIATE` together with the `schema_version` bump
/// (the GRDB DatabaseMigrator shape).
///
/// Migrations run after the additive sync, so every table and column of the current datamodel
/// already exists (new columns hold their defaults) and old columns are still there. A fresh
/// database starts at the latest version without running any.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    let apply: @Sendable (MigrationContext) throws -> Void

    public init(version: Int, name: String, apply: @escaping @Sendable (MigrationContext) throws -> Void) {
        self.version = version
        self.name = name
        self.apply = apply
    }

    /// A migration that runs SQL statements in order.
    public init(version: Int, name: String, sql statements: [String]) {
        self.init(version: version, name: name) { context in
            for s in statements { try context.execute(s) }
        }
    }

    /// The migrations of this code base, in version order.
    public static let all: [Migration] = []

    /// The schema version a fresh database gets.
    static func latestVersion(of migrations: [Migration]) -> Int {
        migrations.map(\.version).max() ?? 0
    }
}

/// The database as a migration sees it.
public struct MigrationContext {
    let connection: Connection

    /// Runs one statement with text (or NULL) arguments.
    public func execute(_ sql: String, _ arguments: [String?] = []) throws {
        try connection.prepareUncached(sql).run(arguments)
    }

    /// Every row of a query, columns as text.
    public func rows(_ sql: String, _ arguments: [String?] = []) throws -> [[String?]] {
        var out: [[String?]] = []
        try connection.prepareUncached(sql).query(arguments) { row in
            out.append((0..<row.columnCount).map { row.text(at: $0) })
            return true
        }
        return out
    }
}

@available(*, unavailable)
extension MigrationContext: Sendable {}
