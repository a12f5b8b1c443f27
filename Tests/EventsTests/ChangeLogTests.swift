// The change log must give exactly the batches the scan gives, and say when it cannot.
import Database
import Datamodel
@testable import Events
import XCTest

final class ChangeLogTests: XCTestCase {
    func testAnswersOnlyRangesItHasLogged() throws {
        let store = try Fixtures.makeStore()
        let catalog = EventCatalog(store: store)
        let log = ChangeLog(catalog: catalog, capacity: 3)
        store.addObserver { log.append($0) }
        XCTAssertNil(log.changes(after: 0, through: 0), "not started")
        let start = store.generation
        log.start(at: start)
        XCTAssertEqual(log.changes(after: start, through: start)?.count, 0)
        let vm = try Fixtures.insertVM(store)
        _ = try Fixtures.insertSession(store)   // not an event class: not logged
        XCTAssertEqual(log.changes(after: start, through: store.generation)?.map(\.ref), [vm.raw])
        XCTAssertNil(log.changes(after: start, through: store.generation + 1), "not logged yet")
        XCTAssertNil(log.changes(after: start - 1, through: store.generation), "before the log")
        for i in 0..<3 { try Fixtures.rename(store, vm, to: "\(i)") }
        // Capacity 3: the insert was dropped, so the range from `start` is no longer complete.
        XCTAssertNil(log.changes(after: start, through: store.generation))
        XCTAssertEqual(log.changes(after: store.generation - 2, through: store.generation)?.count, 2)
    }

    /// Random creates, renames, deletes and relation changes; from random earlier tokens the
    /// log path and the scan path must agree exactly.
    func testLogAndScanGiveTheSameBatches() throws {
        let store = try Fixtures.makeStore()
        let catalog = EventCatalog(store: store)
        let log = ChangeLog(catalog: catalog)
        store.addObserver { log.append($0) }
        log.start(at: store.generation)
        var generator = SystemRandomNumberGenerator()
        var vms: [Ref<VMRecord>] = []
        var vbds: [Ref<VBDRecord>] = []
        var tokens: [Int64] = [store.generation]
        let interests = try [["*"], ["vm"], ["vbd", "pool"]].map { try EventInterest(parsing: $0, catalog: catalog) }
        for step in 0..<400 {
            try store.write { tx in
                switch Int.random(in: 0..<6, using: &generator) {
                case 0, 1:
                    vms.append(try tx.insert(Fixtures.makeVM(nameLabel: "vm\(step)")))
                case 2 where !vms.isEmpty:
                    let vm = vms.randomElement(using: &generator)!
                    try tx.update(vm) { $0.nameLabel = "renamed \(step)" }
                case 3 where !vms.isEmpty:
                    var vbd = VBDRecord()
                    vbd.vm = vms.randomElement(using: &generator)!
                    vbds.append(try tx.insert(vbd))
                case 4 where !vbds.isEmpty:
                    let i = Int.random(in: 0..<vbds.count, using: &generator)
                    try tx.delete(vbds.remove(at: i))
                case 5 where vms.count > 1:
                    let i = Int.random(in: 0..<vms.count, using: &generator)
                    let vm = vms.remove(at: i)
                    for (ref, vbd) in tx.all(VBDRecord.self) where vbd.vm == vm {
                        try tx.delete(ref)
                        vbds.removeAll { $0 == ref }
                    }
                    try tx.delete(vm)
                default:
                    _ = try tx.insert(PoolRecord())
                }
            }
            tokens.append(store.generation)
            if step % 10 == 9 {
                for _ in 0..<5 {
                    let since = EventToken(generation: tokens.randomElement(using: &generator)!)
                    for interest in interests {
                        let (viaLog, viaScan) = try store.read { snap in
                            (try EventFrom.collect(snap, catalog: catalog, interest: interest, since: since,
                                                   log: log, counts: nil).encode(),
                             try EventFrom.collect(snap, catalog: catalog, interest: interest, since: since,
                                                   log: nil, counts: nil).encode())
                        }
                        XCTAssertEqual(viaLog, viaScan, "step \(step), since \(since.generation), \(interest.key)")
                    }
                }
            }
        }
    }
}
