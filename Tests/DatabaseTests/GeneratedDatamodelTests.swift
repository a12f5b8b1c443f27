// The store over the real generated datamodel: every class opens, round-trips, and relations hold.
import Database
import Datamodel
import Wire
import XCTest

final class GeneratedDatamodelTests: XCTestCase {
    private var dir: TemporaryDirectory!

    override func setUp() { dir = TemporaryDirectory() }
    override func tearDown() { dir = nil }

    private func open() throws -> ObjectStore {
        try ObjectStore(path: dir.file("xapi.db"), classes: Datamodel.classes, recordTypes: Datamodel.recordTypes,
                        relations: Datamodel.relations)
    }

    func testVMRoundTripsWithRelations() throws {
        var vm = VMRecord()
        vm.nameLabel = "Debian 12 'bookworm'"
        vm.powerState = .running
        vm.memoryStaticMax = 4 << 30
        vm.isATemplate = false
        vm.otherConfig = ["install-repository": "cdrom", "quote'd": #"back\slash"#]
        vm.tags = ["prod", "web"]
        vm.vcpusParams = ["weight": "256"]
        var metrics = VMMetricsRecord()
        metrics.vcpusUtilisation = [0: 0.5, 1: 0.125]
        metrics.startTime = XenDate(secondsSince1970: 1_742_357_784)

        let (vmRef, vbdRef, metricsRef): (Ref<VMRecord>, Ref<VBDRecord>, Ref<VMMetricsRecord>)
        do {
            let store = try open()
            (vmRef, vbdRef, metricsRef) = try store.write { tx in
                let m = try tx.insert(metrics)
                vm.metrics = m
                let v = try tx.insert(vm)
                var vbd = VBDRecord()
                vbd.vm = v
                vbd.userdevice = "0"
                vbd.type = .disk
                vbd.mode = .rw
                return (v, try tx.insert(vbd), m)
            }
            vm = try XCTUnwrap(store.read { $0.get(vmRef) })
            metrics = try XCTUnwrap(store.read { $0.get(metricsRef) })
            XCTAssertEqual(vm.vbds, [vbdRef])
        }

        let store = try open()
        try store.read { s in
            XCTAssertEqual(s.get(vmRef), vm)
            XCTAssertEqual(s.get(metricsRef), metrics)
            XCTAssertEqual(s.get(vbdRef)?.vm, vmRef)
            XCTAssertEqual(s.ref(class: "VM", uuid: vm.uuid), vmRef.raw)
            let running = try FilterExpression(#"field "power_state"="Running" and field "name__label"="Debian 12 'bookworm'""#)
            XCTAssertEqual(try s.refs(class: "VM", where: running), [vmRef.raw])
            let tagged = try FilterExpression(#"field "tags"="('prod' 'web')""#)
            XCTAssertEqual(try s.refs(class: "VM", where: tagged), [vmRef.raw])
        }
        try store.write { try $0.delete(vbdRef) }
        XCTAssertEqual(store.read { $0.get(vmRef)?.vbds }, [])
    }

    func testEveryDatabaseClassRoundTripsItsDefaultRecord() throws {
        let persistent = Datamodel.classes.filter { $0.inDatabase && $0.persistent }
        var expected: [String: Value] = [:]
        do {
            let store = try open()
            try store.write { tx in
                for spec in persistent {
                    let type = try XCTUnwrap(Datamodel.recordTypes[spec.name], spec.name)
                    let ref = OpaqueRef.make()
                    try tx.insert(class: spec.name, ref: ref, record: type.init())
                    expected[ref] = try XCTUnwrap(tx.record(class: spec.name, ref: ref)).wire
                }
            }
        }
        let store = try open()
        store.read { s in
            for (ref, wire) in expected {
                let cls = s.classOf(ref: ref)
                XCTAssertNotNil(cls, ref)
                XCTAssertEqual(cls.flatMap { s.record(class: $0, ref: ref) }?.wire, wire, cls ?? ref)
            }
        }
    }
}
