// Elastic thread pool for handlers, which may block for a long time (fsync, 30 s long polls,
// Xen calls). Dispatch's pools must never block (swift-on-linux.md §4), so each job runs on a
// dedicated Thread: an idle one if any, else a new one up to the cap; idle threads exit.

import Dispatch
import Foundation

/// Runs jobs on threads of its own; never on Dispatch or Swift concurrency pools.
public final class WorkerPool: Sendable {
    public typealias Job = @Sendable () -> Void

    /// One thread's mailbox. `job` is guarded by the pool's mutex.
    private final class Worker: @unchecked Sendable {
        let wake = DispatchSemaphore(value: 0)
        var job: Job?
    }

    private struct State {
        var idle: [Worker] = []
        var threads = 0
        var backlog: [Job] = []
        var backlogStart = 0
    }

    private let state = Locked(State())
    public let maxThreads: Int
    public let idleTimeout: Duration
    private let name: String

    public init(maxThreads: Int = 1024, idleTimeout: Duration = .seconds(60), name: String = "http-worker") {
        self.maxThreads = max(1, maxThreads)
        self.idleTimeout = idleTimeout
        self.name = name
    }

    /// Threads alive, busy or idle.
    public var threadCount: Int { state.withLock { $0.threads } }
    /// Threads waiting for work.
    public var idleCount: Int { state.withLock { $0.idle.count } }

    /// Runs `job` on a pool thread; queues it if every thread is busy and the cap is reached.
    public func submit(_ job: @escaping Job) {
        enum Action {
            case wake(Worker)
            case spawn
            case queued
        }
        let action = state.withLock { state -> Action in
            if let worker = state.idle.popLast() {
                worker.job = job
                return .wake(worker)
            }
            if state.threads < maxThreads {
                state.threads += 1
                return .spawn
            }
            state.backlog.append(job)
            return .queued
        }
        switch action {
        case .wake(let worker): worker.wake.signal()
        case .spawn: spawn(job)
        case .queued: break
        }
    }

    private func spawn(_ first: @escaping Job) {
        let thread = Thread { [self] in
            ThreadName.setCurrent(name)
            let worker = Worker()
            var job: Job? = first
            while let current = job {
                current()
                job = nextJob(for: worker)
            }
        }
        thread.start()
    }

    /// The next job: from the backlog, or handed over while idle; nil when the thread should
    /// exit after `idleTimeout` without work.
    private func nextJob(for worker: Worker) -> Job? {
        let queued = state.withLock { state -> Job? in
            if state.backlogStart < state.backlog.count {
                let job = state.backlog[state.backlogStart]
                state.backlogStart += 1
                if state.backlogStart == state.backlog.count {
                    state.backlog.removeAll(keepingCapacity: true)
                    state.backlogStart = 0
                }
                return job
            }
            state.idle.append(worker)
            return nil
        }
        if let queued { return queued }
        while true {
            if worker.wake.wait(timeout: .now() + .nanoseconds(Int(clamping: idleTimeout.nanoseconds))) == .success {
                return state.withLock { _ in
                    let job = worker.job
                    worker.job = nil
                    return job
                }
            }
            let exit = state.withLock { state -> Bool in
                guard let index = state.idle.firstIndex(where: { $0 === worker }) else {
                    return false  // a job was handed over as the wait timed out; its signal follows
                }
                state.idle.remove(at: index)
                state.threads -= 1
                return true
            }
            if exit { return nil }
        }
    }
}
