// Tasks on an in-memory store: Async outcomes, the task around a synchronous call, cancellation
// that a running operation honours, ownership, destroy of a pending task, and GC.
import XCTest
@testable import API
import Database
import Datamodel
import Synchronization
import Wire

final class TaskManagerTests: XCTestCase {
    var store: ObjectStore!
    var tasks: TaskManager!
    let root = SessionInfo(ref: "OpaqueRef:s", userName: "root", isLocalSuperuser: true, permissions: [], originator: "")
    let alice = SessionInfo(ref: "OpaqueRef:a", userName: "alice", isLocalSuperuser: false, permissions: [], originator: "")
    let bob = SessionInfo(ref: "OpaqueRef:b", userName: "bob", isLocalSuperuser: false, permissions: [], originator: "")
    let context = CallerContext(transport: .http)

    override func setUpWithError() throws {
        store = try ObjectStore(path: nil, classes: APIServer.storeClasses, recordTypes: Datamodel.recordTypes,
                                relations: Datamodel.relations)
        tasks = TaskManager(store: store, hostRef: { "OpaqueRef:host" })
    }

    func task(_ ref: String) -> TaskRecord? { store.read { $0.get(Ref<TaskRecord>(ref)) } }

    func waitUntilDone(_ ref: String, file: StaticString = #filePath, line: UInt = #line) -> TaskRecord {
        for _ in 0..<500 {
            if let t = task(ref), t.status != .pending, t.status != .cancelling { return t }
            usleep(10_000)
        }
        XCTFail("task \(ref) did not finish", file: file, line: line)
        return TaskRecord()
    }

    func testAsyncSuccessAndFailure() throws {
        let ok = try tasks.launch(name: "Async.VM.clone", session: root, context: context, cancellable: false) { _ in
            .string("OpaqueRef:new")
        }
        XCTAssertEqual(task(ok)?.nameLabel, "Async.VM.clone")
        let done = waitUntilDone(ok)
        XCTAssertEqual(done.status, .success)
        XCTAssertEqual(done.result, "<value>OpaqueRef:new</value>")
        XCTAssertEqual(done.progress, 1)
        XCTAssertGreaterThan(done.finished, XenDate.epoch)
        XCTAssertEqual(done.residentOn.raw, "OpaqueRef:host")
        let bad = try tasks.launch(name: "Async.VM.start", session: root, context: context, cancellable: false) { _ in
            throw XenAPIError("VM_BAD_POWER_STATE", ["OpaqueRef:vm", "halted", "running"])
        }
        let failed = waitUntilDone(bad)
        XCTAssertEqual(failed.status, .failure)
        XCTAssertEqual(failed.errorInfo, ["VM_BAD_POWER_STATE", "OpaqueRef:vm", "halted", "running"])
    }

    func testSynchronousCallsRunInATaskThatIsThenDestroyed() throws {
        let seen = Mutex<[Change.Operation]>([])
        store.addObserver { info in
            seen.withLock { $0 += info.changes.filter { $0.className == "task" }.map(\.operation) }
        }
        let inside = Mutex<String?>(nil)
        let v = try tasks.runSynchronously(name: "VM.clone", session: root, context: context, cancellable: false) { h in
            inside.withLock { $0 = h.ref }
            return .string("x")
        }
        XCTAssertEqual(v, .string("x"))
        XCTAssertEqual(seen.withLock { $0 }, [.add, .del])
        XCTAssertNil(task(inside.withLock { $0 }!))
    }

    func testCancellationIsHonouredByTheRunningOperation() throws {
        let ref = try tasks.launch(name: "Async.VDI.copy", session: root, context: context, cancellable: true) { h in
            for i in 0..<1000 {
                try h.checkCancelled()
                h.setProgress(Double(i) / 1000)
                usleep(5_000)
            }
            return .void
        }
        usleep(100_000)
        XCTAssertEqual(task(ref)?.allowedOperations, [.cancel])
        try tasks.cancel(ref, by: root, callerTask: "")
        let done = waitUntilDone(ref)
        XCTAssertEqual(done.status, .cancelled)
        XCTAssertEqual(done.errorInfo, ["TASK_CANCELLED", ref])
        XCTAssertGreaterThan(done.progress, 0)
    }

    func testUncancellableTaskRefusesCancel() throws {
        let ref = try tasks.launch(name: "Async.x", session: root, context: context, cancellable: false) { _ in
            usleep(300_000)
            return .void
        }
        XCTAssertThrowsError(try tasks.cancel(ref, by: root, callerTask: "")) {
            XCTAssertEqual(($0 as? XenAPIError)?.code, "OPERATION_NOT_ALLOWED")
        }
        _ = waitUntilDone(ref)
    }

    func testOthersTasksNeedTheAnyPermission() throws {
        let ref = try tasks.create(name: "mine", session: alice, context: context, cancellable: true)
        XCTAssertThrowsError(try tasks.destroy(ref, by: bob)) {
            XCTAssertEqual(($0 as? XenAPIError)?.params.first, "task.destroy/any")
        }
        let operatorSession = SessionInfo(ref: "OpaqueRef:o", userName: "op", isLocalSuperuser: false,
                                          permissions: [RoleCatalog.taskAnyPermission], originator: "")
        try tasks.cancel(ref, by: operatorSession, callerTask: "OpaqueRef:t")
        XCTAssertEqual(task(ref)?.status, .cancelling)
        XCTAssertEqual(task(ref)?.currentOperations["OpaqueRef:t"], .cancel)
        // Pending: destroy is deferred until it completes.
        try tasks.destroy(ref, by: alice)
        XCTAssertNotNil(task(ref))
        tasks.complete(ref, .failure(XenAPIError("TASK_CANCELLED", [ref])))
        XCTAssertNil(task(ref))
    }

    func testGarbageCollection() throws {
        let now = XenDate.now().secondsSince1970
        let old = try tasks.create(name: "old", session: root, context: context, cancellable: false)
        tasks.complete(old, .success(.void))
        let stale = try tasks.create(name: "stale", session: root, context: context, cancellable: false)
        tasks.collectGarbage(now: now + TaskManager.pendingTimeout + 10)   // records progress
        XCTAssertNotNil(task(stale))   // first pass only notes its progress
        tasks.collectGarbage(now: now + TaskManager.pendingTimeout + 40)
        XCTAssertNil(task(old))
        XCTAssertNil(task(stale))
        for i in 0..<(TaskManager.maxTasks + 5) {
            let t = try tasks.create(name: "t\(i)", session: root, context: context, cancellable: false)
            tasks.complete(t, .success(.void))
        }
        tasks.collectGarbage(now: now + 1)
        XCTAssertEqual(store.read { $0.count(class: "task") }, TaskManager.maxTasks)
    }

    func testOtherConfigFromHeadersAndSubtasks() throws {
        let parent = try tasks.create(name: "parent", session: root, context: context, cancellable: false)
        let ctx = CallerContext(transport: .http, headers: ["x-http-other-config-vm": "abc", "subtask-of": parent])
        let child = try tasks.create(name: "child", session: root, context: ctx, cancellable: false)
        XCTAssertEqual(task(child)?.otherConfig, ["http:vm": "abc"])
        XCTAssertEqual(task(child)?.subtaskOf.raw, parent)
        XCTAssertEqual(task(parent)?.subtasks.map(\.raw), [child])
    }
}
