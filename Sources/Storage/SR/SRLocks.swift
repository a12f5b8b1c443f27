// One lock per SR root: metadata changes of a VHD SR (create, snapshot, delete with its garbage
// collection, resize) rename and re-parent files other volumes depend on, so they run one at a
// time per SR. Data transfers do not take it.
import Foundation
import Synchronization

enum SRLocks {
    private static let locks = Mutex<[String: SRLock]>([:])

    static func withLock<T>(_ root: String, _ body: () throws -> T) throws -> T {
        let lock = locks.withLock { table in
            if let existing = table[root] { return existing }
            let created = SRLock()
            table[root] = created
            return created
        }
        lock.lock.lock()
        defer { lock.lock.unlock() }
        return try body()
    }
}

final class SRLock: Sendable {
    let lock = NSLock()
}
