// Test fixtures: an in-memory store of the real datamodel, records with defaults, and helpers to
// run a blocking call on a thread of its own.
import Database
import Datamodel
import Events
import Foundation
import XCTest

enum Fixtures {
    static func makeStore(tombstoneCapacity: Int = 100_000) throws -> ObjectStore {
        try ObjectStore(path: nil, classes: Datamodel.classes, recordTypes: Datamodel.recordTypes,
                        relations: Datamodel.relations, tombstoneCapacity: tombstoneCapacity)
    }

    static func makeVM(nameLabel: String = "vm") -> VMRecord {
        var vm = VMRecord()
        vm.nameLabel = nameLabel
        return vm
    }

    @discardableResult
    static func insertVM(_ store: ObjectStore, nameLabel: String = "vm") throws -> Ref<VMRecord> {
        try store.write { try $0.insert(makeVM(nameLabel: nameLabel)) }
    }

    static func rename(_ store: ObjectStore, _ vm: Ref<VMRecord>, to name: String) throws {
        try store.write { tx in try tx.update(vm) { $0.nameLabel = name } }
    }

    static func insertSession(_ store: ObjectStore) throws -> String {
        try store.write { try $0.insert(SessionRecord()) }.raw
    }
}

/// A value behind a lock, for results handed back from other threads.
final class Box<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T
    init(_ value: T) { self.value = value }
    func set(_ v: T) { lock.lock(); value = v; lock.unlock() }
    func get() -> T { lock.lock(); defer { lock.unlock() }; return value }
}

/// Runs `body` on a new thread; `wait` returns its result (or nil if it is not done in time).
final class Background<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let result = Box<Result<T, Error>?>(nil)
    let started = Date()

    init(_ body: @escaping @Sendable () throws -> T) {
        let thread = Thread { [result, done] in
            result.set(Result { try body() })
            done.signal()
        }
        thread.start()
    }

    func wait(timeout: Double = 10) -> Result<T, Error>? {
        guard done.wait(timeout: .now() + timeout) == .success else { return nil }
        return result.get()
    }

    var isDone: Bool { result.get() != nil }
}

extension EventBatch {
    var summary: [String] { events.map { "\($0.className) \($0.operation.rawValue) \($0.ref)" } }
}
