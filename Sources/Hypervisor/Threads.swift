// Plain POSIX threads for the module's long-running loops (the @releaseDomain monitor, the
// simulated backends and guests): each runs a closure, is named in the kernel, and can be joined.
import Glibc
import Synchronization

final class PosixThread: @unchecked Sendable {
    // Invariant: `thread` is set once in init and joined at most once (`joined` under `lock`).
    private var thread = pthread_t()
    private let lock = NSLockLike()
    private var joined = false

    private final class Box {
        let body: () -> Void
        let name: String
        init(_ name: String, _ body: @escaping () -> Void) {
            self.name = name
            self.body = body
        }
    }

    /// Starts `body` on a new thread named `name` (at most 15 bytes reach the kernel).
    init(name: String, _ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Box(name, body)).toOpaque()
        let rc = pthread_create(&thread, nil, { raw in
            let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
            nameCurrentThread(box.name)
            box.body()
            return nil
        }, box)
        precondition(rc == 0, "pthread_create failed: \(rc)")
    }

    /// Waits for the thread to finish; a second call returns at once.
    func join() {
        let first = lock.withLock { () -> Bool in
            defer { joined = true }
            return !joined
        }
        if first { pthread_join(thread, nil) }
    }

    /// True when called on this thread.
    var isCurrent: Bool { pthread_equal(pthread_self(), thread) != 0 }
}

/// A pthread mutex for the few places a `Mutex` cannot be used (non-Sendable state in classes).
final class NSLockLike: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}

/// State behind a plain pthread mutex. Unlike `Mutex` (a priority-inheriting futex that spins
/// before sleeping), a contended lock parks its waiters at once: the simulated xenstored's lock is
/// taken for every xenstore operation by a dozen threads, and on a small machine the spinning cost
/// more CPU than the work it protects.
final class PthreadLocked<State>: @unchecked Sendable {
    private let lock = NSLockLike()
    private var state: State

    init(_ state: State) { self.state = state }

    func withLock<R>(_ body: (inout State) throws -> R) rethrows -> R {
        try lock.withLock { try body(&state) }
    }
}

/// Sleeps the calling thread.
func threadSleep(_ duration: Duration) {
    guard duration > .zero else { return }
    let (seconds, attoseconds) = duration.components
    var ts = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
    var rest = timespec()
    while nanosleep(&ts, &rest) != 0 && errno == EINTR { ts = rest }
}

/// Nanoseconds on the monotonic clock (what Mtime_clock.now gives xenopsd).
func monotonicNanoseconds() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
}

/// A random version-4 UUID, lower-case text.
func randomUUID() -> String {
    var g = SystemRandomNumberGenerator()
    var bytes = (0..<16).map { _ in UInt8.random(in: 0...255, using: &g) }
    bytes[6] = (bytes[6] & 0x0f) | 0x40
    bytes[8] = (bytes[8] & 0x3f) | 0x80
    return uuidText(bytes)
}

/// `8-4-4-4-12` lower-case text of 16 bytes.
func uuidText(_ bytes: [UInt8]) -> String {
    let hex = Array("0123456789abcdef")
    var out = ""
    for (i, b) in bytes.prefix(16).enumerated() {
        if i == 4 || i == 6 || i == 8 || i == 10 { out.append("-") }
        out.append(hex[Int(b >> 4)])
        out.append(hex[Int(b & 0xf)])
    }
    return out
}

/// Names the calling thread in the kernel (`comm`, 15 bytes). Glibc's pthread_setname_np does not
/// import, so this writes `/proc/thread-self/comm`; best effort.
func nameCurrentThread(_ name: String) {
    let fd = open("/proc/thread-self/comm", O_WRONLY | O_CLOEXEC)
    guard fd >= 0 else { return }
    defer { close(fd) }
    let bytes = Array(name.utf8.prefix(15))
    _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
}

/// A flag one thread sets and another polls.
final class StopFlag: Sendable {
    private let flag = Atomic<Bool>(false)
    var isSet: Bool { flag.load(ordering: .acquiring) }
    func set() { flag.store(true, ordering: .releasing) }
}
