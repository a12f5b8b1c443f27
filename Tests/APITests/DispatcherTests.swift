// The dispatch pipeline on an in-memory store: name resolution, arity, unmarshalling, sessions,
// RBAC and the implicit messages, called as the codecs would call them.
import XCTest
@testable import API
import Database
import Datamodel
import Wire

final class DispatcherTests: XCTestCase {
    struct Users: Authenticator {
        func authenticate(user: String, password: String) throws -> AuthenticatedUser {
            switch (user, password) {
            case ("root", "pw"): return AuthenticatedUser(name: "root", isLocalSuperuser: true)
            case ("reader", "pw"): return AuthenticatedUser(name: "reader", isLocalSuperuser: false, roles: ["read-only"])
            case ("operator", "pw"): return AuthenticatedUser(name: "operator", isLocalSuperuser: false, roles: ["vm-operator"])
            case ("vmadmin", "pw"): return AuthenticatedUser(name: "vmadmin", isLocalSuperuser: false, roles: ["vm-admin"])
            default: throw XenAPIError.authenticationFailed(user, "Authentication failure")
            }
        }

        func changePassword(user: String, to newPassword: String) throws {
            throw XenAPIError.notImplemented("change_password")
        }
    }

    var api: APIServer!
    let tcp = CallerContext(transport: .http)
    let unix = CallerContext(transport: .unixSocket)

    override func setUpWithError() throws {
        let store = try ObjectStore(path: nil, classes: APIServer.storeClasses, recordTypes: Datamodel.recordTypes,
                                    relations: Datamodel.relations)
        api = try APIServer(store: store, authenticator: Users())
    }

    func call(_ method: String, _ params: [Value], _ context: CallerContext? = nil) -> CallOutcome {
        api.call(method: method, params: params, context: context ?? tcp)
    }

    func value(_ method: String, _ params: [Value], file: StaticString = #filePath, line: UInt = #line) -> Value {
        guard case .success(let v) = call(method, params) else {
            XCTFail("\(method) failed: \(call(method, params))", file: file, line: line)
            return .void
        }
        return v
    }

    func error(_ method: String, _ params: [Value], _ context: CallerContext? = nil) -> [String] {
        guard case .failure(let e) = call(method, params, context) else { return [] }
        return [e.code] + e.params
    }

    func login(_ user: String = "root") -> Value {
        value("session.login_with_password", [.string(user), "pw"])
    }

    func testLoginDefaultsAndFailures() {
        XCTAssertTrue(login().stringValue!.hasPrefix("OpaqueRef:"))
        XCTAssertEqual(error("session.login_with_password", ["root", "bad"]),
                       ["SESSION_AUTHENTICATION_FAILED", "root", "Authentication failure"])
        XCTAssertEqual(error("session.login_with_password", ["root"]),
                       ["MESSAGE_PARAMETER_COUNT_MISMATCH", "session.login_with_password", "2", "1"])
        // Over the Unix socket any password logs in as a local superuser.
        guard case .success(.string(let s)) = call("session.login_with_password", ["root", "whatever"], unix) else {
            return XCTFail("unix login")
        }
        XCTAssertEqual(value("session.get_is_local_superuser", [.string(s), .string(s)]), .bool(true))
    }

    func testUnknownMethodsAndArity() {
        XCTAssertEqual(error("VM.frobnicate", []), ["MESSAGE_METHOD_UNKNOWN", "VM.frobnicate"])
        let s = login()
        XCTAssertEqual(error("VM.frobnicate", [s]), ["MESSAGE_METHOD_UNKNOWN", "VM.frobnicate"])
        XCTAssertEqual(error("VM.start", [s, "OpaqueRef:x"]), ["MESSAGE_PARAMETER_COUNT_MISMATCH", "VM.start", "3", "1"])
        XCTAssertEqual(error("VM.get_all", ["OpaqueRef:nope"]), ["SESSION_INVALID", "OpaqueRef:nope"])
        XCTAssertEqual(error("Async.session.get_uuid", [s, s]),
                       ["Fault", "No async mode for this operation (rpc: session.get_uuid)"])
    }

    func testAliasAndListMethods() {
        let s = login()
        XCTAssertEqual(value("VM_get_all", [s]), value("VM.get_all", [s]))
        XCTAssertEqual(value("host_metrics_get_all", [s]), value("host_metrics.get_all", [s]))
        guard case .bare(.array(let names)) = call("system.listMethods", []) else { return XCTFail() }
        XCTAssertTrue(names.contains("VM.start") && names.contains("VM.get_all_records_where"))
    }

    func testTypeErrorsComeBeforeTheSessionCheck() {
        XCTAssertEqual(error("VM.set_is_a_template", ["OpaqueRef:bad", "OpaqueRef:x", "true"]),
                       ["INTERNAL_ERROR", "Failure(\"Expected bool, got 'S(true)'\")"])
    }

    func testImplicitMessagesOnANetwork() throws {
        let s = login()
        let net = value("network.create", [s, .structure([Member("name_label", "n1"), Member("other_config", .structure([]))])])
        XCTAssertEqual(value("network.get_name_label", [s, net]), "n1")
        XCTAssertEqual(value("network.get_MTU", [s, net]), .int(1500))
        _ = value("network.add_to_other_config", [s, net, "k", "v"])
        XCTAssertEqual(error("network.add_to_other_config", [s, net, "k", "w"]),
                       ["MAP_DUPLICATE_KEY", "network", "other_config", net.stringValue!, "k"])
        _ = value("network.remove_from_other_config", [s, net, "absent"])
        _ = value("network.add_tags", [s, net, "t"])
        _ = value("network.add_tags", [s, net, "t"])
        XCTAssertEqual(value("network.get_tags", [s, net]), .array(["t"]))
        XCTAssertEqual(value("network.get_all_where", [s, "field \"name__label\" = \"n1\""]), .array([net]))
        let uuid = value("network.get_uuid", [s, net])
        XCTAssertEqual(value("network.get_by_uuid", [s, uuid]), net)
        XCTAssertEqual(value("network.get_by_name_label", [s, "n1"]), .array([net]))
        _ = value("network.destroy", [s, net])
        XCTAssertEqual(error("network.get_record", [s, net]), ["HANDLE_INVALID", "network", net.stringValue!])
        XCTAssertEqual(error("network.create", [s, .structure([])]),
                       ["INTERNAL_ERROR", "Server_helpers.Dispatcher_FieldNotFound(\"other_config\")"])
    }

    func testRBACDeniesAReadOnlyWrite() {
        let root = login()
        let net = value("network.create", [root, .structure([Member("name_label", "n"), Member("other_config", .structure([]))])])
        let reader = login("reader")
        XCTAssertEqual(value("network.get_name_label", [reader, net]), "n")
        let denied = error("network.set_name_label", [reader, net, "x"])
        XCTAssertEqual(denied.prefix(2), ["RBAC_PERMISSION_DENIED", "network.set_name_label"])
        XCTAssertTrue(denied[2].hasPrefix("No permission in user session. (Roles with this permission: pool-admin"))
    }

    func testLogoutInvalidatesTheSession() {
        let s = login()
        _ = value("session.logout", [s])
        XCTAssertEqual(error("session.get_uuid", [s, s]), ["SESSION_INVALID", s.stringValue!])
    }

    func testRolesArePublishedWithMD5UUIDs() {
        let s = login()
        XCTAssertEqual(value("role.get_by_uuid", [s, "0165f154-ba3e-034e-6b27-5d271af109ba"]),
                       "OpaqueRef:0165f154-ba3e-034e-6b27-5d271af109ba")
        guard case .array(let perms) = value("role.get_permissions_name_label", [s, "OpaqueRef:7233b8e3-eacb-d7da-2c95-f2e581cdbf4e"])
        else { return XCTFail() }
        XCTAssertTrue(perms.contains("vm.get_record"))
        XCTAssertFalse(perms.contains("vm.start"))
    }
}
