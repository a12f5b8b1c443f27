// Session lifetime rules on a controlled clock: idle expiry after 24 h, the per-group cap with
// least-recently-used eviction, and last_active refreshed only past xapi's 600 s threshold.
import XCTest
@testable import API
import Database
import Datamodel
import Foundation
import Glibc
import Synchronization
import Wire

final class SessionManagerTests: XCTestCase {
    struct AnyUser: Authenticator {
        func authenticate(user: String, password: String) throws -> AuthenticatedUser {
            AuthenticatedUser(name: user, isLocalSuperuser: true)
        }
        func changePassword(user: String, to newPassword: String) throws {}
    }

    final class Clock: Sendable {
        let now = Mutex<Double>(1_000_000)
        func advance(_ seconds: Double) { now.withLock { $0 += seconds } }
    }

    var store: ObjectStore!
    var sessions: SessionManager!
    let clock = Clock()

    override func setUpWithError() throws {
        store = try ObjectStore(path: nil, classes: APIServer.storeClasses, recordTypes: Datamodel.recordTypes,
                                relations: Datamodel.relations)
        let clock = self.clock
        sessions = SessionManager(store: store, authenticator: AnyUser(), roles: RoleCatalog(classes: Datamodel.classes),
                                  hostRef: { OpaqueRef.null }, clock: { clock.now.withLock { $0 } })
    }

    func login(_ user: String = "root", originator: String = "test") throws -> String {
        try sessions.login(user: user, password: "", originator: originator, context: CallerContext(transport: .http))
    }

    func testIdleSessionsExpireAfter24Hours() throws {
        let old = try login()
        clock.advance(SessionManager.idleTimeout - 10)
        let recent = try login()
        clock.advance(20)
        sessions.expireIdle()
        XCTAssertThrowsError(try sessions.check(old)) { XCTAssertEqual(($0 as? XenAPIError)?.code, "SESSION_INVALID") }
        XCTAssertNoThrow(try sessions.check(recent))
        XCTAssertNil(store.read { $0.record(class: "session", ref: old) })
    }

    func testCapEvictsTheLeastRecentlyUsedOfTheSameGroupOnly() throws {
        var refs: [String] = []
        for _ in 0..<SessionManager.maxSessionsPerGroup {
            refs.append(try login(originator: "busy"))
            clock.advance(1)
        }
        let other = try login(originator: "quiet")
        _ = try sessions.check(refs[0])   // now the most recently used
        clock.advance(1)
        _ = try login(originator: "busy")
        XCTAssertNoThrow(try sessions.check(refs[0]))
        XCTAssertThrowsError(try sessions.check(refs[1]))
        XCTAssertNoThrow(try sessions.check(refs[2]))
        XCTAssertNoThrow(try sessions.check(other))
        XCTAssertEqual(sessions.count, SessionManager.maxSessionsPerGroup + 1)
    }

    func testLastActiveIsWrittenOnlyPastTheThreshold() throws {
        let ref = try login()
        let first = store.read { $0.get(Ref<SessionRecord>(ref))!.lastActive }
        clock.advance(100)
        _ = try sessions.check(ref)
        XCTAssertEqual(store.read { $0.get(Ref<SessionRecord>(ref))!.lastActive }, first)
        clock.advance(Double(SessionManager.lastActiveThreshold))
        _ = try sessions.check(ref)
        XCTAssertGreaterThan(store.read { $0.get(Ref<SessionRecord>(ref))!.lastActive }, first)
    }

    /// What `body` wrote to standard error (the Logger's destination).
    func standardError(of body: () throws -> Void) rethrows -> String {
        let path = NSTemporaryDirectory() + "stderr-\(UUID.random())"
        let file = open(path, O_CREAT | O_RDWR | O_TRUNC, 0o600)
        let saved = dup(2)
        dup2(file, 2)
        defer {
            dup2(saved, 2)
            close(saved)
            close(file)
            unlink(path)
        }
        try body()
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    func testAnUnreadablePasswordFileFailsLoginLoudly() throws {
        let path = NSTemporaryDirectory() + "users-\(UUID.random())"
        try "alice:secret:read-only\n".write(toFile: path, atomically: true, encoding: .utf8)
        let authenticator = try PasswordFileAuthenticator(path: path)
        XCTAssertEqual(try authenticator.authenticate(user: "alice", password: "secret").roles, ["read-only"])
        try FileManager.default.removeItem(atPath: path)
        var thrown: Error?
        let log = try standardError {
            XCTAssertThrowsError(try authenticator.authenticate(user: "alice", password: "secret")) { thrown = $0 }
        }
        XCTAssertEqual(thrown as? XenAPIError,
                       XenAPIError.authenticationFailed("alice", "The password file cannot be read"))
        XCTAssertTrue(log.contains("cannot read the password file \(path)"), log)
    }

    func testLogoutAndExpiryDeleteRecordsAndToleratePreviouslyDeletedOnes() throws {
        let kept = try login()
        let gone = try login()
        try store.write { tx in try tx.delete(Ref<SessionRecord>(gone)) }
        let log = try standardError {
            try sessions.logout(gone)
            try sessions.logout(kept)
        }
        XCTAssertEqual(log, "", "a record already gone is not a failure")
        XCTAssertNil(store.read { $0.get(Ref<SessionRecord>(kept)) })
        let idle = try login()
        clock.advance(SessionManager.idleTimeout + 1)
        sessions.expireIdle()
        XCTAssertNil(store.read { $0.get(Ref<SessionRecord>(idle)) })
        XCTAssertThrowsError(try sessions.check(idle))
    }
}
