// Sessions (notes/xapi-semantics.md §2): login, check, logout, per-originator/user caps with
// least-recently-used eviction and idle expiry. Records live in the store (class `session` is not
// persistent, as in xapi) so get_record and friends work; the index here answers the per-call check
// without a database read and tracks last use exactly, which LRU eviction needs.
import Database
import Datamodel
import Foundation
import Synchronization
import Wire

final class SessionManager: Sendable {
    /// xapi: max_sessions_per_originator / max_sessions_per_user_name.
    static let maxSessionsPerGroup = 500
    /// xapi: inactive_session_timeout.
    static let idleTimeout: Double = 86_400
    /// xapi refreshes `last_active` only when it is older than this (threshold_last_active).
    static let lastActiveThreshold: Int64 = 600

    /// One live session. `lastUsed` is atomic so the per-call check only takes the read lock.
    private final class Entry: Sendable {
        let info: SessionInfo
        let group: String
        /// Milliseconds since the epoch.
        let lastUsed: Atomic<Int64>
        /// Order of last use (a global counter): LRU eviction must not depend on clock resolution.
        let useOrder: Atomic<Int64>
        /// Seconds; the `last_active` value last written to the record.
        let lastActiveWritten: Atomic<Int64>

        init(info: SessionInfo, group: String, now: Double) {
            self.info = info
            self.group = group
            lastUsed = Atomic(Int64(now * 1000))
            useOrder = Atomic(SessionManager.nextUse())
            lastActiveWritten = Atomic(Int64(now))
        }
    }

    /// The session table; every access holds `lock` (read side for lookups).
    private final class Table: @unchecked Sendable {
        var entries: [String: Entry] = [:]
    }

    private let store: ObjectStore
    private let authenticator: any Authenticator
    private let roles: RoleCatalog
    private let hostRef: @Sendable () -> String
    private let lock = ReadWriteLock()
    private static let useCounter = Atomic<Int64>(0)

    static func nextUse() -> Int64 { useCounter.add(1, ordering: .relaxed).newValue }
    private let table = Table()
    private let clock: @Sendable () -> Double
    private let log = Logger(label: "session")

    init(store: ObjectStore, authenticator: any Authenticator, roles: RoleCatalog,
         hostRef: @escaping @Sendable () -> String, clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.store = store
        self.authenticator = authenticator
        self.roles = roles
        self.hostRef = hostRef
        self.clock = clock
    }

    /// `SESSION_INVALID [ref]` unless `ref` is a live session; records the use.
    func check(_ ref: String) throws -> SessionInfo {
        let (info, staleSince) = try checkRecordingUse(ref)
        if let staleSince {
            do {
                try store.write { tx in
                    if tx.get(Ref<SessionRecord>(ref)) == nil { return }
                    try tx.update(Ref<SessionRecord>(ref)) { $0.lastActive = XenDate(secondsSince1970: staleSince) }
                }
            } catch {
                log.warning("cannot refresh last_active of \(ref): \(error)")
            }
        }
        return info
    }

    /// The check for callers that must not block: nil when the session's `last_active` is due to
    /// be written (the caller then takes the blocking path, which writes it).
    func checkWithoutWriting(_ ref: String) throws -> SessionInfo? {
        let now = clock()
        let entry = try lock.withReadLock { () throws -> Entry in
            guard let e = table.entries[ref] else { throw XenAPIError.sessionInvalid(ref) }
            return e
        }
        if Int64(now) - entry.lastActiveWritten.load(ordering: .relaxed) > Self.lastActiveThreshold { return nil }
        entry.lastUsed.store(Int64(now * 1000), ordering: .relaxed)
        entry.useOrder.store(Self.nextUse(), ordering: .relaxed)
        return entry.info
    }

    private func checkRecordingUse(_ ref: String) throws -> (SessionInfo, Int64?) {
        let now = clock()
        let entry = try lock.withReadLock { () throws -> Entry in
            guard let e = table.entries[ref] else { throw XenAPIError.sessionInvalid(ref) }
            return e
        }
        entry.lastUsed.store(Int64(now * 1000), ordering: .relaxed)
        entry.useOrder.store(Self.nextUse(), ordering: .relaxed)
        let written = entry.lastActiveWritten.load(ordering: .relaxed)
        guard Int64(now) - written > Self.lastActiveThreshold,
              entry.lastActiveWritten.compareExchange(expected: written, desired: Int64(now), ordering: .relaxed).exchanged
        else { return (entry.info, nil) }
        return (entry.info, Int64(now))
    }

    /// `session.login_with_password`. Over the Unix socket the password is not checked.
    func login(user: String, password: String, originator: String, context: CallerContext) throws -> String {
        let authenticated = context.isLocalRoot
            ? AuthenticatedUser(name: user, isLocalSuperuser: true)
            : try authenticator.authenticate(user: user, password: password)
        return try create(for: authenticated, originator: originator)
    }

    func create(for user: AuthenticatedUser, originator: String, pool: Bool = false) throws -> String {
        let now = clock()
        var permissions = Set<String>()
        if !user.isLocalSuperuser {
            for role in user.roles { permissions.formUnion(roles.permissionsOfRole[role] ?? []) }
        }
        let ref = OpaqueRef.make()
        var record = SessionRecord()
        record.uuid = UUID.random()
        record.thisHost = Ref(hostRef())
        record.lastActive = XenDate(secondsSince1970: Int64(now))
        record.validationTime = record.lastActive
        record.pool = pool
        record.isLocalSuperuser = user.isLocalSuperuser
        record.authUserName = user.name
        record.rbacPermissions = permissions.sorted()
        record.originator = originator
        if !user.isLocalSuperuser {
            record.subject = try subject(for: user)
            record.authUserSid = Self.subjectIdentifier(of: user.name)
        }
        let info = SessionInfo(ref: ref, userName: user.name, isLocalSuperuser: user.isLocalSuperuser,
                               permissions: permissions, originator: originator)
        let group = Self.group(user: user.name, originator: originator)
        let evicted = lock.withWriteLock { () -> [String] in
            table.entries[ref] = Entry(info: info, group: group, now: now)
            let members = table.entries.filter { $0.value.group == group }
            guard members.count > Self.maxSessionsPerGroup else { return [] }
            let victims = members.map { ($0.key, $0.value.useOrder.load(ordering: .relaxed)) }
                .sorted { $0.1 < $1.1 }
                .prefix(members.count - Self.maxSessionsPerGroup).map(\.0)
            for v in victims { table.entries[v] = nil }
            return victims
        }
        try store.write { tx in
            _ = try tx.insert(record, ref: Ref(ref))
            for v in evicted { deleteRecord(v, in: &tx, because: "evicted") }
        }
        return ref
    }

    /// xapi groups sessions by originator for root and anonymous users, else by user name.
    static func group(user: String, originator: String) -> String {
        user.isEmpty || user == "root" ? "originator:" + originator : "username:" + user
    }

    /// Local users with a role are represented as `subject` records, as external users are in xapi.
    private func subject(for user: AuthenticatedUser) throws -> Ref<SubjectRecord> {
        let identifier = Self.subjectIdentifier(of: user.name)
        let roleRefs = user.roles.compactMap { name in roles.roles.first { $0.name == name }?.ref }.map { Ref<RoleRecord>($0) }
        return try store.write { tx in
            if let (ref, existing) = tx.all(SubjectRecord.self).first(where: { $0.1.subjectIdentifier == identifier }) {
                if existing.roles != roleRefs { try tx.update(ref) { $0.roles = roleRefs } }
                return ref
            }
            var s = SubjectRecord()
            s.uuid = UUID.random()
            s.subjectIdentifier = identifier
            s.otherConfig = ["subject-name": user.name, "subject-is-group": "false"]
            s.roles = roleRefs
            return try tx.insert(s)
        }
    }

    /// Local users with roles are identified as `local:<name>` (external users carry their SID).
    static func subjectIdentifier(of user: String) -> String { "local:" + user }

    /// `session.logout_subject_identifier`: ends every session of that subject.
    func logout(subjectIdentifier: String) throws {
        let refs = store.read { snap in
            snap.all(SessionRecord.self).filter { $0.1.authUserSid == subjectIdentifier }.map(\.0.raw)
        }
        for ref in refs { try logout(ref) }
    }

    /// `session.change_password`: only local superusers, who must know the old password even on
    /// the Unix socket (xapi_session.ml change_password).
    func changePassword(session: SessionInfo, old: String, new: String) throws {
        guard session.isLocalSuperuser else {
            throw XenAPIError("USER_IS_NOT_LOCAL_SUPERUSER", [session.userName])
        }
        _ = try authenticator.authenticate(user: session.userName, password: old)
        try authenticator.changePassword(user: session.userName, to: new)
    }

    func logout(_ ref: String) throws {
        _ = lock.withWriteLock { table.entries.removeValue(forKey: ref) }
        try store.write { tx in deleteRecord(ref, in: &tx, because: "logged out") }
    }

    /// Destroys sessions idle longer than the timeout; called every 30 s (xapi db_gc).
    func expireIdle() {
        let cutoff = Int64((clock() - Self.idleTimeout) * 1000)
        let expired = lock.withWriteLock { () -> [String] in
            let old = table.entries.filter { $0.value.lastUsed.load(ordering: .relaxed) < cutoff }.map(\.key)
            for r in old { table.entries[r] = nil }
            return old
        }
        guard !expired.isEmpty else { return }
        do {
            try store.write { tx in for r in expired { deleteRecord(r, in: &tx, because: "idle") } }
        } catch {
            log.error("cannot delete \(expired.count) idle session records: \(error)")
        }
    }

    /// Deletes a session's record if it is still there; the session is already gone from the
    /// table, so a record that cannot be deleted is logged (a stale row, not a live session).
    private func deleteRecord(_ ref: String, in tx: inout Transaction, because reason: String) {
        guard tx.get(Ref<SessionRecord>(ref)) != nil else { return }
        do {
            try tx.delete(class: SessionRecord.className, ref: ref)
        } catch {
            log.warning("cannot delete the record of session \(ref) (\(reason)): \(error)")
        }
    }

    var count: Int { lock.withReadLock { table.entries.count } }
}
