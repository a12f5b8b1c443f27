// Map keys with permissions of their own (xapi ~map_keys_roles): a vm-operator may file a VM in a
// folder but not set other keys; pool-admin-only keys (pci, hvm_serial) stop a vm-admin; set_ of
// the map checks the protected entries it adds, changes or removes.
import Dispatch
import XCTest
@testable import API
import Database
import Datamodel
import Wire

extension DispatcherTests {
    func makeVM(otherConfig: [String: String] = [:]) throws -> Value {
        var vm = VMRecord()
        vm.uuid = UUID.random()
        vm.nameLabel = "vm"
        vm.otherConfig = otherConfig
        let ref = try api.store.write { tx in try tx.insert(vm) }
        return .string(ref.raw)
    }

    func otherConfig(of vm: Value) -> [String: String] {
        api.store.read { $0.get(Ref<VMRecord>(vm.stringValue!)) }?.otherConfig ?? [:]
    }

    static let vmOperatorAndUp = "pool-admin, pool-operator, vm-power-admin, vm-admin, vm-operator"

    func denial(_ permission: String, _ roles: String) -> [String] {
        ["RBAC_PERMISSION_DENIED", permission, "No permission in user session. (Roles with this permission: \(roles))"]
    }

    func testKeyPermissionsAreInTheRoleCatalogue() {
        let catalog = api.roleCatalog
        let operatorAndUp: [Role] = [.poolAdmin, .poolOperator, .vmPowerAdmin, .vmAdmin, .vmOperator]
        XCTAssertEqual(catalog.rolesOfPermission["vm.add_to_other_config/key:folder"], operatorAndUp)
        XCTAssertEqual(catalog.rolesOfPermission["vm.remove_from_other_config/key:xencenter.customfields.*"],
                       operatorAndUp)
        XCTAssertEqual(catalog.rolesOfPermission["vm.add_to_other_config/key:pci"], [.poolAdmin])
        XCTAssertEqual(catalog.rolesOfPermission["vm.add_to_platform/key:hvm_serial"], [.poolAdmin])
        XCTAssertEqual(catalog.rolesOfPermission["pool.add_to_other_config/key:empty_folders"], operatorAndUp)
        XCTAssertEqual(catalog.rolesOfPermission["task.add_to_other_config/key:applies_to"], operatorAndUp)
        XCTAssertNil(catalog.rolesOfPermission["vm.set_other_config/key:folder"])
        XCTAssertTrue(catalog.permissionsOfRole["vm-operator"]!.contains("host.add_to_other_config/key:folder"))
        XCTAssertFalse(catalog.permissionsOfRole["read-only"]!.contains("vm.add_to_other_config/key:folder"))
        // Published as permission records like every other permission.
        let s = login()
        guard case .array(let names) = value("role.get_permissions_name_label",
                                             [s, .string(catalog.roles.first { $0.name == "vm-operator" }!.ref)])
        else { return XCTFail() }
        XCTAssertTrue(names.contains("vm.add_to_other_config/key:xencenter.customfields.*"))
    }

    func testAVMOperatorMayFileAVMButSetNoOtherKey() throws {
        let vm = try makeVM()
        let op = login("operator")
        _ = value("VM.add_to_other_config", [op, vm, "folder", "/a"])
        _ = value("VM.add_to_other_config", [op, vm, "XenCenter.CustomFields.owner", "me"])
        XCTAssertEqual(otherConfig(of: vm), ["folder": "/a", "XenCenter.CustomFields.owner": "me"])
        // Only the key's own permission is checked, so the usual errors still come after it.
        XCTAssertEqual(error("VM.add_to_other_config", [op, vm, "folder", "/b"]),
                       ["MAP_DUPLICATE_KEY", "VM", "other_config", vm.stringValue!, "folder"])
        XCTAssertEqual(error("VM.add_to_other_config", [op, vm, "colour", "x"]),
                       denial("vm.add_to_other_config", "pool-admin, pool-operator, vm-power-admin, vm-admin"))
        XCTAssertEqual(error("VM.add_to_other_config", [op, vm, "XenCenter.CustomFieldsX", "x"]).prefix(2),
                       ["RBAC_PERMISSION_DENIED", "vm.add_to_other_config"])
        _ = value("VM.remove_from_other_config", [op, vm, "folder"])
        XCTAssertEqual(otherConfig(of: vm), ["XenCenter.CustomFields.owner": "me"])
        XCTAssertEqual(error("VM.remove_from_other_config", [op, vm, "colour"]).prefix(2),
                       ["RBAC_PERMISSION_DENIED", "vm.remove_from_other_config"])
        // Nor may a vm-operator replace the whole map.
        XCTAssertEqual(error("VM.set_other_config", [op, vm, .structure([])]).prefix(2),
                       ["RBAC_PERMISSION_DENIED", "vm.set_other_config"])
        let reader = login("reader")
        XCTAssertEqual(error("VM.add_to_other_config", [reader, vm, "folder", "/a"]),
                       denial("vm.add_to_other_config/key:folder", Self.vmOperatorAndUp))
        XCTAssertEqual(error("VM.remove_from_other_config", [reader, vm, "XenCenter.CustomFields.owner"]),
                       denial("vm.remove_from_other_config/key:xencenter.customfields.*", Self.vmOperatorAndUp))
    }

    func testPoolAdminKeysStopAVMAdmin() throws {
        let vm = try makeVM()
        let admin = login("vmadmin")
        _ = value("VM.add_to_other_config", [admin, vm, "colour", "red"])
        XCTAssertEqual(error("VM.add_to_other_config", [admin, vm, "pci", "0/0000:00:02.0"]),
                       denial("vm.add_to_other_config/key:pci", "pool-admin"))
        XCTAssertEqual(error("VM.add_to_platform", [admin, vm, "hvm_serial", "pty"]),
                       denial("vm.add_to_platform/key:hvm_serial", "pool-admin"))
        _ = value("VM.add_to_platform", [admin, vm, "acpi", "1"])
        let root = login()
        _ = value("VM.add_to_other_config", [root, vm, "pci", "0/0000:00:02.0"])
        XCTAssertEqual(error("VM.remove_from_other_config", [admin, vm, "pci"]),
                       denial("vm.remove_from_other_config/key:pci", "pool-admin"))
    }

    func testSetOtherConfigChecksTheProtectedEntriesItChanges() throws {
        let vm = try makeVM(otherConfig: ["pci": "0/0000:00:02.0", "folder": "/a", "colour": "red"])
        let admin = login("vmadmin")
        // Keeping a protected entry as it is needs nothing; changing a vm-operator key is allowed.
        _ = value("VM.set_other_config", [admin, vm, .structure([
            Member("pci", "0/0000:00:02.0"), Member("folder", "/b"), Member("size", "big")])])
        XCTAssertEqual(otherConfig(of: vm), ["pci": "0/0000:00:02.0", "folder": "/b", "size": "big"])
        XCTAssertEqual(error("VM.set_other_config", [admin, vm, .structure([
            Member("pci", "0/0000:00:03.0"), Member("folder", "/b")])]),
                       denial("vm.add_to_other_config/key:pci", "pool-admin"))
        XCTAssertEqual(error("VM.set_other_config", [admin, vm, .structure([Member("folder", "/b")])]),
                       denial("vm.remove_from_other_config/key:pci", "pool-admin"))
        XCTAssertEqual(otherConfig(of: vm), ["pci": "0/0000:00:02.0", "folder": "/b", "size": "big"])
        _ = value("VM.set_other_config", [login(), vm, .structure([])])
        XCTAssertEqual(otherConfig(of: vm), [:])
    }
}

extension DispatcherTests {
    func testRolePublishingWritesOnlyWhatDiffers() throws {
        let handlers = RoleHandlers(catalog: api.roleCatalog, store: api.store)
        let generation = api.store.generation
        try handlers.publish()
        XCTAssertEqual(api.store.generation, generation, "an unchanged catalogue writes nothing")
        let role = api.roleCatalog.roles[0]
        try api.store.write { tx in try tx.update(Ref<RoleRecord>(role.ref)) { $0.nameDescription = "edited" } }
        try handlers.publish()
        XCTAssertEqual(api.store.read { $0.get(Ref<RoleRecord>(role.ref)) }?.nameDescription, role.description)
        XCTAssertEqual(api.store.generation, generation + 2, "only the edited record is rewritten")

        // Into an empty store (every start: roles are not persisted).
        let empty = try ObjectStore(path: nil, classes: APIServer.storeClasses, recordTypes: Datamodel.recordTypes,
                                    relations: Datamodel.relations)
        let start = DispatchTime.now().uptimeNanoseconds
        try RoleHandlers(catalog: api.roleCatalog, store: empty).publish()
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let count = api.roleCatalog.roles.count + api.roleCatalog.permissions.count
        XCTAssertEqual(empty.read { $0.refs(class: RoleRecord.className).count }, count)
        print("publishing \(count) role and permission records into an empty store: \(ms) ms")
    }
}
