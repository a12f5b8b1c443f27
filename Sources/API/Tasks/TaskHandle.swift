// What a running operation sees of its task: report progress, notice cancellation.

public struct TaskHandle: Sendable {
    public let ref: String
    let manager: TaskManager

    /// Records progress in 0...1 (written to the database at most when it moves by 1%).
    public func setProgress(_ fraction: Double) {
        manager.setProgress(ref, fraction)
    }

    /// Throws `TASK_CANCELLED [task]` once someone has called `task.cancel` on this task; long
    /// operations call it between steps (xapi TaskHelper.exn_if_cancelling).
    public func checkCancelled() throws {
        try manager.checkCancelled(ref)
    }

    public var isCancelling: Bool { manager.isCancelling(ref) }
}
