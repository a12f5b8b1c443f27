// The write side of PUT /import_raw_vdi on a thread of its own: the request's thread receives
// the next block from the socket while this one writes the previous block into the image, so
// the two copies (socket to memory, memory to page cache) run side by side, not in turn.
import Dispatch
import Foundation
import Storage

/// Writes blocks into an image on its own thread, one at a time, zero blocks skipped where the
/// image reads zeros. Only this thread touches the image until `finish` returns.
final class RawVDIBlockWriter: @unchecked Sendable {
    private let image: DiskImage
    // Handed over through the semaphores: the receiver sets `job` while holding `idle`, the
    // thread reads it after `ready` and sets `failure` before giving `idle` back.
    private var job: (piece: UnsafeRawBufferPointer, offset: UInt64)?
    private var failure: Error?
    private var stopped = false
    private let ready = DispatchSemaphore(value: 0)
    private let idle = DispatchSemaphore(value: 1)
    private let finished = DispatchSemaphore(value: 0)

    init(image: DiskImage) {
        self.image = image
        let thread = Thread { [self] in run() }
        thread.name = "import-write"
        thread.start()
    }

    /// Hands `piece` (to be written at `offset`) over once the previous one is written; throws
    /// the failure of an earlier write. `piece` must stay untouched until the next `write` or
    /// `finish` returns.
    func write(_ piece: UnsafeRawBufferPointer, at offset: UInt64) throws {
        idle.wait()
        if let failure {
            idle.signal()
            throw failure
        }
        job = (piece, offset)
        ready.signal()
    }

    /// Waits for the last write and ends the thread; throws the failure of any write. Must be
    /// called before the image is closed (more calls do nothing).
    func finish() throws {
        if !stopped {
            stopped = true
            idle.wait()
            job = nil
            ready.signal()
            finished.wait()
            idle.signal()  // back to its initial value: libdispatch traps on a semaphore freed below it
        }
        if let failure { throw failure }
    }

    private func run() {
        while true {
            ready.wait()
            guard let (piece, offset) = job else { break }
            if failure == nil {
                do {
                    // Zeros where the disk reads zeros stay a hole, so a sparse source stays sparse.
                    if try !RawVDIImport.isZero(piece) || image.hasData(in: offset..<offset + UInt64(piece.count)) {
                        try image.write(piece, at: offset)
                    }
                } catch {
                    failure = error
                }
            }
            idle.signal()
        }
        finished.signal()
    }
}
