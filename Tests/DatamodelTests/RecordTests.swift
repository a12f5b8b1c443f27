// Generated records: datamodel defaults, typed field access by position, and xapi's type errors.
import Datamodel
import Wire
import XCTest

final class RecordTests: XCTestCase {
    func testVMDefaults() {
        let vm = VMRecord()
        XCTAssertEqual(vm.powerState, .halted)
        XCTAssertEqual(vm.nameLabel, "")
        XCTAssertEqual(vm.hvmShadowMultiplier, 1.0)
        XCTAssertEqual(vm.snapshotOf, .null)
        XCTAssertEqual(vm.snapshotTime, XenDate.epoch)
        XCTAssertEqual(vm.generationID, "0:0")
        XCTAssertEqual(vm.actionsAfterSoftreboot, .softReboot)
        XCTAssertEqual(vm.domainType, .unspecified)
        XCTAssertEqual(vm.vbds, [])
        // No datamodel default: the type's zero value.
        XCTAssertEqual(vm.userVersion, 0)
        XCTAssertEqual(vm.isATemplate, false)
    }

    func testHostLicenseServerDefault() throws {
        XCTAssertEqual(HostRecord().licenseServer, ["address": "localhost", "port": "27000"])
        let field = try XCTUnwrap(HostRecord.spec.field(named: "license_server"))
        XCTAssertEqual(
            field.defaultValue,
            .structure([Member("address", .string("localhost")), Member("port", .string("27000"))]))
        XCTAssertEqual(field.qualifier, .rw)
    }

    func testOtherDefaults() {
        XCTAssertEqual(BondRecord().mode, .balanceSlb)
        XCTAssertEqual(VIFRecord().ipv4ConfigurationMode, VIFIPv4ConfigurationMode.none)
        XCTAssertEqual(HostCPURecord.spec.name, "host_cpu")
        XCTAssertEqual(ClusterRecord.spec.field(named: "token_timeout")?.defaultValue, .double(20))
    }

    /// For every record type, a default record's wire value is the datamodel default where one
    /// exists, and writing each field's own value back is accepted.
    func testDefaultsAgreeWithSpecsForEveryClass() throws {
        for type in Datamodel.recordTypes.values {
            try checkDefaults(type)
        }
    }

    private func checkDefaults<R: XenRecord>(_: R.Type) throws {
        var r = R()
        for (i, f) in R.spec.fields.enumerated() {
            let v = r.wireValue(field: i)
            if let d = f.defaultValue { XCTAssertEqual(v, d, "\(R.spec.name).\(f.name)") }
            if case .option = f.type {
                XCTAssertNil(v, "\(R.spec.name).\(f.name)")
            } else {
                let value = try XCTUnwrap(v, "\(R.spec.name).\(f.name)")
                try r.setWireValue(field: i, to: value)
                XCTAssertEqual(r.wireValue(field: i), value)
            }
        }
        XCTAssertNil(r.wireValue(field: R.spec.fields.count))
        XCTAssertThrowsError(try r.setWireValue(field: R.spec.fields.count, to: .string("")))
    }

    func testVMRoundTripEveryFieldType() throws {
        var vm = VMRecord()
        let values: [(String, Value)] = [
            ("name_label", .string("web01")),
            ("user_version", .int(7)),
            ("HVM_shadow_multiplier", .double(2.5)),
            ("is_a_template", .bool(true)),
            ("snapshot_time", .dateTime(XenDate(secondsSince1970: 1_700_000_000))),
            ("resident_on", .string("OpaqueRef:6c1d0a7e-0000-4000-8000-000000000001")),
            ("power_state", .string("Running")),
            ("VBDs", .array([.string("OpaqueRef:a"), .string("OpaqueRef:b")])),
            ("tags", .array([.string("x"), .string("y")])),
            ("allowed_operations", .array([.string("start"), .string("clean_shutdown")])),
            ("other_config", .structure([Member("a", .string("1")), Member("b", .string("2"))])),
            ("current_operations", .structure([Member("OpaqueRef:t", .string("start"))])),
            ("blocked_operations", .structure([Member("start", .string("because"))])),
            ("blobs", .structure([Member("b", .string("OpaqueRef:blob"))])),
            ("pending_guidances", .array([.string("restart_vm")])),
        ]
        for (name, value) in values {
            try vm.setWireValue(named: name, to: value)
            XCTAssertEqual(vm.wireValue(named: name), value, name)
        }
        XCTAssertEqual(vm.nameLabel, "web01")
        XCTAssertEqual(vm.userVersion, 7)
        XCTAssertEqual(vm.hvmShadowMultiplier, 2.5)
        XCTAssertTrue(vm.isATemplate)
        XCTAssertEqual(vm.snapshotTime, XenDate(secondsSince1970: 1_700_000_000))
        XCTAssertEqual(
            vm.residentOn, Ref<HostRecord>("OpaqueRef:6c1d0a7e-0000-4000-8000-000000000001"))
        XCTAssertEqual(vm.powerState, .running)
        XCTAssertEqual(vm.vbds, [Ref("OpaqueRef:a"), Ref("OpaqueRef:b")])
        XCTAssertEqual(vm.allowedOperations, [.start, .cleanShutdown])
        XCTAssertEqual(vm.otherConfig, ["a": "1", "b": "2"])
        XCTAssertEqual(vm.currentOperations, ["OpaqueRef:t": .start])
        XCTAssertEqual(vm.blockedOperations, [.start: "because"])
        XCTAssertEqual(vm.pendingGuidances, [.restartVM])

        // The full record: every field, datamodel order.
        guard case .structure(let members) = vm.wire else {
            return XCTFail("record is not a struct")
        }
        XCTAssertEqual(members.map(\.name), VMRecord.spec.fields.map(\.name))
        XCTAssertEqual(vm.wire[member: "power_state"], .string("Running"))
    }

    func testLenientDecoding() throws {
        var vm = VMRecord()
        try vm.setWireValue(named: "user_version", to: .string("42"))
        XCTAssertEqual(vm.userVersion, 42)
        try vm.setWireValue(named: "user_version", to: .int32(5))
        XCTAssertEqual(vm.userVersion, 5)
        try vm.setWireValue(named: "HVM_shadow_multiplier", to: .int(3))
        XCTAssertEqual(vm.hvmShadowMultiplier, 3.0)
        try vm.setWireValue(named: "snapshot_time", to: .string("20240102T03:04:05Z"))
        XCTAssertEqual(vm.snapshotTime, XenDate(wireString: "20240102T03:04:05Z"))
    }

    func testTypeErrorShape() {
        var vm = VMRecord()
        XCTAssertThrowsError(try vm.setWireValue(named: "is_a_template", to: .string("true"))) {
            error in
            XCTAssertEqual(
                error as? XenAPIError,
                XenAPIError("INTERNAL_ERROR", ["Failure(\"Expected bool, got 'S(true)'\")"]))
        }
        XCTAssertThrowsError(try vm.setWireValue(named: "user_version", to: .bool(true))) { error in
            XCTAssertEqual(
                error as? XenAPIError,
                XenAPIError("INTERNAL_ERROR", ["Failure(\"Expected int, got 'B(true)'\")"]))
        }
        XCTAssertThrowsError(try vm.setWireValue(named: "power_state", to: .string("Exploded"))) {
            error in
            XCTAssertEqual((error as? XenAPIError)?.code, "INTERNAL_ERROR")
        }
        XCTAssertFalse(vm.isATemplate)
    }

    func testOptionFieldsAreOmitted() throws {
        var event = EventRecord()
        XCTAssertNil(event.snapshot)
        XCTAssertNil(event.wire[member: "snapshot"])
        let snap = Value.structure([Member("uuid", .string("u"))])
        try event.setWireValue(named: "snapshot", to: snap)
        XCTAssertEqual(event.snapshot, snap)
        XCTAssertEqual(event.wire[member: "snapshot"], snap)
        try event.setWireValue(named: "snapshot", to: .null)
        XCTAssertNil(event.snapshot)

        var stat = SRStatRecord()
        XCTAssertNil(stat.wireValue(named: "uuid"))
        try stat.setWireValue(named: "uuid", to: .string("abc"))
        XCTAssertEqual(stat.uuid, "abc")
    }

    func testEventClassFieldIsEscaped() throws {
        var event = EventRecord()
        try event.setWireValue(named: "class", to: .string("VM"))
        XCTAssertEqual(event.class, "VM")
    }
}
