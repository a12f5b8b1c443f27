// Hand-made record types shaped like generated ones, covering every stored field type, plus helpers
// for temporary database files.
import Database
import Datamodel
import Glibc
import Synchronization
import Wire
import XCTest

enum TestPowerState: String, XenEnum {
    case halted = "Halted"
    case running = "Running"
    static let enumName = "test_power_state"
}

/// A VM-like class with one field of every stored type and two relations' worth of ref fields.
struct TestVM: XenRecord, Equatable {
    var uuid = ""
    var nameLabel = ""
    var nameDescription = ""
    var powerState = TestPowerState.halted
    var memory: Int64 = 0
    var ratio = 1.0
    var isATemplate = false
    var created = XenDate.epoch
    var vbds: [Ref<TestVBD>] = []
    var otherConfig: [String: String] = [:]
    var tags: [String] = []
    var residentOn = Ref<TestHost>.null
    var parent = Ref<TestVM>.null
    var children: [Ref<TestVM>] = []
    var vcpuUtilisation: [Int64: Double] = [:]

    static let spec = ClassSpec(
        name: "VM",
        fields: [
            FieldSpec(name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"),
            FieldSpec(name: "name_label", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"),
            FieldSpec(name: "name_description", type: .string, qualifier: .rw, defaultValue: .string(""), release: "rio"),
            FieldSpec(name: "power_state", type: .enumeration("test_power_state"), qualifier: .roRuntime,
                      defaultValue: .string("Halted"), release: "rio"),
            FieldSpec(name: "memory", type: .int, qualifier: .rw, defaultValue: nil, release: "rio"),
            FieldSpec(name: "ratio", type: .float, qualifier: .rw, defaultValue: .double(1), release: "rio"),
            FieldSpec(name: "is_a_template", type: .bool, qualifier: .rw, defaultValue: nil, release: "rio"),
            FieldSpec(name: "created", type: .datetime, qualifier: .roRuntime, defaultValue: nil, release: "rio"),
            FieldSpec(name: "VBDs", type: .set(.ref("VBD")), qualifier: .roRuntime, defaultValue: nil, release: "rio"),
            FieldSpec(name: "other_config", type: .map(.string, .string), qualifier: .rw, defaultValue: nil,
                      release: "rio"),
            FieldSpec(name: "tags", type: .set(.string), qualifier: .rw, defaultValue: nil, release: "rio"),
            FieldSpec(name: "resident_on", type: .ref("host"), qualifier: .roRuntime, defaultValue: nil, release: "rio"),
            FieldSpec(name: "parent", type: .ref("VM"), qualifier: .roRuntime, defaultValue: nil, release: "rio"),
            FieldSpec(name: "children", type: .set(.ref("VM")), qualifier: .roRuntime, defaultValue: nil,
                      release: "rio"),
            FieldSpec(name: "VCPUs_utilisation", type: .map(.int, .float), qualifier: .roRuntime, defaultValue: nil,
                      release: "rio"),
        ],
        messages: [], release: "rio", inDatabase: true, persistent: true, generatesEvents: true,
        exposesGetAll: true)

    func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return uuid.wire
        case 1: return nameLabel.wire
        case 2: return nameDescription.wire
        case 3: return powerState.wire
        case 4: return memory.wire
        case 5: return ratio.wire
        case 6: return isATemplate.wire
        case 7: return created.wire
        case 8: return vbds.wire
        case 9: return otherConfig.wire
        case 10: return tags.wire
        case 11: return residentOn.wire
        case 12: return parent.wire
        case 13: return children.wire
        case 14: return vcpuUtilisation.wire
        default: return nil
        }
    }

    mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: uuid = try String(wire: value)
        case 1: nameLabel = try String(wire: value)
        case 2: nameDescription = try String(wire: value)
        case 3: powerState = try TestPowerState(wire: value)
        case 4: memory = try Int64(wire: value)
        case 5: ratio = try Double(wire: value)
        case 6: isATemplate = try Bool(wire: value)
        case 7: created = try XenDate(wire: value)
        case 8: vbds = try [Ref<TestVBD>](wire: value)
        case 9: otherConfig = try [String: String](wire: value)
        case 10: tags = try [String](wire: value)
        case 11: residentOn = try Ref<TestHost>(wire: value)
        case 12: parent = try Ref<TestVM>(wire: value)
        case 13: children = try [Ref<TestVM>](wire: value)
        case 14: vcpuUtilisation = try [Int64: Double](wire: value)
        default: throw XenAPIError.internalError("no field \(index)")
        }
    }
}

struct TestVBD: XenRecord, Equatable {
    var uuid = ""
    var vm = Ref<TestVM>.null
    var device = ""

    static let spec = ClassSpec(
        name: "VBD",
        fields: [
            FieldSpec(name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"),
            FieldSpec(name: "VM", type: .ref("VM"), qualifier: .roConstructor, defaultValue: nil, release: "rio"),
            FieldSpec(name: "device", type: .string, qualifier: .roRuntime, defaultValue: .string(""), release: "rio"),
        ],
        messages: [], release: "rio", inDatabase: true, persistent: true, generatesEvents: true,
        exposesGetAll: true)

    func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return uuid.wire
        case 1: return vm.wire
        case 2: return device.wire
        default: return nil
        }
    }

    mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: uuid = try String(wire: value)
        case 1: vm = try Ref<TestVM>(wire: value)
        case 2: device = try String(wire: value)
        default: throw XenAPIError.internalError("no field \(index)")
        }
    }
}

struct TestHost: XenRecord, Equatable {
    var uuid = ""
    var nameLabel = ""
    var residentVMs: [Ref<TestVM>] = []
    var sessions: [Ref<TestSession>] = []

    static let spec = ClassSpec(
        name: "host",
        fields: [
            FieldSpec(name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"),
            FieldSpec(name: "name_label", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"),
            FieldSpec(name: "resident_VMs", type: .set(.ref("VM")), qualifier: .roRuntime, defaultValue: nil,
                      release: "rio"),
            FieldSpec(name: "sessions", type: .set(.ref("session")), qualifier: .roRuntime, defaultValue: nil,
                      release: "rio"),
        ],
        messages: [], release: "rio", inDatabase: true, persistent: true, generatesEvents: true,
        exposesGetAll: true)

    func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return uuid.wire
        case 1: return nameLabel.wire
        case 2: return residentVMs.wire
        case 3: return sessions.wire
        default: return nil
        }
    }

    mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: uuid = try String(wire: value)
        case 1: nameLabel = try String(wire: value)
        case 2: residentVMs = try [Ref<TestVM>](wire: value)
        case 3: sessions = try [Ref<TestSession>](wire: value)
        default: throw XenAPIError.internalError("no field \(index)")
        }
    }
}

/// Not persistent, like xapi's session.
struct TestSession: XenRecord, Equatable {
    var uuid = ""
    var thisHost = Ref<TestHost>.null

    static let spec = ClassSpec(
        name: "session",
        fields: [
            FieldSpec(name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"),
            FieldSpec(name: "this_host", type: .ref("host"), qualifier: .roRuntime, defaultValue: nil, release: "rio"),
        ],
        messages: [], release: "rio", inDatabase: true, persistent: false, generatesEvents: false,
        exposesGetAll: false)

    func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return uuid.wire
        case 1: return thisHost.wire
        default: return nil
        }
    }

    mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: uuid = try String(wire: value)
        case 1: thisHost = try Ref<TestHost>(wire: value)
        default: throw XenAPIError.internalError("no field \(index)")
        }
    }
}

/// The first version of a class, before `size` and `colour` were added.
struct WidgetV1: XenRecord {
    var uuid = ""
    var nameLabel = ""

    static let spec = ClassSpec(
        name: "widget",
        fields: [
            FieldSpec(name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"),
            FieldSpec(name: "name_label", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"),
        ],
        messages: [], release: "rio", inDatabase: true, persistent: true, generatesEvents: true,
        exposesGetAll: true)

    func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return uuid.wire
        case 1: return nameLabel.wire
        default: return nil
        }
    }

    mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: uuid = try String(wire: value)
        case 1: nameLabel = try String(wire: value)
        default: throw XenAPIError.internalError("no field \(index)")
        }
    }
}

/// The second version: two new fields with defaults.
struct WidgetV2: XenRecord {
    var uuid = ""
    var nameLabel = ""
    var size: Int64 = 42
    var labels: [String: String] = ["made": "default"]

    static let spec = ClassSpec(
        name: "widget",
        fields: [
            FieldSpec(name: "uuid", type: .string, qualifier: .roRuntime, defaultValue: nil, release: "rio"),
            FieldSpec(name: "name_label", type: .string, qualifier: .rw, defaultValue: nil, release: "rio"),
            FieldSpec(name: "size", type: .int, qualifier: .rw, defaultValue: .int(42), release: "next"),
            FieldSpec(name: "labels", type: .map(.string, .string), qualifier: .rw,
                      defaultValue: .structure([Member("made", "default")]), release: "next"),
        ],
        messages: [], release: "rio", inDatabase: true, persistent: true, generatesEvents: true,
        exposesGetAll: true)

    func wireValue(field index: Int) -> Value? {
        switch index {
        case 0: return uuid.wire
        case 1: return nameLabel.wire
        case 2: return size.wire
        case 3: return labels.wire
        default: return nil
        }
    }

    mutating func setWireValue(field index: Int, to value: Value) throws {
        switch index {
        case 0: uuid = try String(wire: value)
        case 1: nameLabel = try String(wire: value)
        case 2: size = try Int64(wire: value)
        case 3: labels = try [String: String](wire: value)
        default: throw XenAPIError.internalError("no field \(index)")
        }
    }
}

enum Fixtures {
    static let classes = [TestVM.spec, TestVBD.spec, TestHost.spec, TestSession.spec]
    static let recordTypes: [String: any XenRecord.Type] = [
        "VM": TestVM.self, "VBD": TestVBD.self, "host": TestHost.self, "session": TestSession.self,
    ]
    static let relations = [
        RelationSpec(oneClass: "VBD", oneField: "VM", manyClass: "VM", manyField: "VBDs"),
        RelationSpec(oneClass: "VM", oneField: "resident_on", manyClass: "host", manyField: "resident_VMs"),
        RelationSpec(oneClass: "VM", oneField: "parent", manyClass: "VM", manyField: "children"),
        RelationSpec(oneClass: "session", oneField: "this_host", manyClass: "host", manyField: "sessions"),
    ]

    static func makeStore(path: String? = nil, synchronous: ObjectStore.Synchronous = .full,
                          migrations: [Migration] = [], tombstoneCapacity: Int = 100_000) throws -> ObjectStore {
        try ObjectStore(path: path, classes: classes, recordTypes: recordTypes, relations: relations,
                        synchronous: synchronous, migrations: migrations, tombstoneCapacity: tombstoneCapacity)
    }

    static func makeVM(nameLabel: String = "vm", powerState: TestPowerState = .halted, memory: Int64 = 1 << 30)
        -> TestVM
    {
        var vm = TestVM()
        vm.nameLabel = nameLabel
        vm.powerState = powerState
        vm.memory = memory
        return vm
    }
}

/// A fresh directory under /tmp, removed when the test case ends.
final class TemporaryDirectory {
    let path: String

    init() {
        var template = Array("/tmp/xapi-dbtest-XXXXXX".utf8CString)
        let p = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard let p else { preconditionFailure("mkdtemp failed") }
        path = String(cString: p)
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit {
        if let dir = opendir(path) {
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                if name != "." && name != ".." { unlink(path + "/" + name) }
            }
            closedir(dir)
        }
        rmdir(path)
    }
}

/// A Mutex in a class, so that escaping closures can share it.
final class Locked<T: Sendable>: Sendable {
    private let mutex: Mutex<T>
    init(_ value: T) { mutex = Mutex(value) }
    func withLock<R>(_ body: (inout T) throws -> R) rethrows -> R {
        try mutex.withLock { value in try body(&value) }
    }
}
