// The two locks of the object store and the per-thread record of which of them a thread holds.
// Writers queue on WriterLock (held across the SQLite commit); readers and the brief in-memory
// apply step meet at ReadWriteLock, which prefers writers so a stream of readers cannot starve one.
import Glibc

/// A writer-preferring reader/writer lock. Wraps `pthread_rwlock_t` with
/// `PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP`: a thread must not take the read side twice
/// (a waiting writer would deadlock it), which `ObjectStore` prevents with `LockDepth`.
/// Public for other modules' read-mostly indexes (the API's session table).
public final class ReadWriteLock: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>

    public init() {
        lock = .allocate(capacity: 1)
        var attr = pthread_rwlockattr_t()
        pthread_rwlockattr_init(&attr)
        pthread_rwlockattr_setkind_np(&attr, Int32(PTHREAD_RWLOCK_PREFER_WRITER_NONRECURSIVE_NP))
        let rc = pthread_rwlock_init(lock, &attr)
        precondition(rc == 0, "pthread_rwlock_init: \(rc)")
        pthread_rwlockattr_destroy(&attr)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
    }

    public func withReadLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }

    public func withWriteLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body()
    }
}

/// A plain mutex. Wraps `pthread_mutex_t`.
final class PThreadMutex: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        let rc = pthread_mutex_init(mutex, nil)
        precondition(rc == 0, "pthread_mutex_init: \(rc)")
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

/// What the current thread holds of one store: read nesting depth and whether it is the writer.
/// Kept in a pthread key per store (`pthread_getspecific`), packed into the pointer value.
final class LockDepth: @unchecked Sendable {
    private let key: pthread_key_t
    private static let writingBit = 1 << 40

    init() {
        var k = pthread_key_t()
        let rc = pthread_key_create(&k, nil)
        precondition(rc == 0, "pthread_key_create: \(rc)")
        key = k
    }

    deinit { pthread_key_delete(key) }

    private var bits: Int {
        get { Int(bitPattern: pthread_getspecific(key)) }
        set { pthread_setspecific(key, UnsafeRawPointer(bitPattern: newValue)) }
    }

    /// How many `read` bodies of this store the thread is inside.
    var readDepth: Int {
        get { bits & (LockDepth.writingBit - 1) }
        set { bits = (bits & LockDepth.writingBit) | newValue }
    }

    /// Whether the thread holds this store's writer lock.
    var isWriting: Bool {
        get { bits & LockDepth.writingBit != 0 }
        set { bits = newValue ? bits | LockDepth.writingBit : bits & ~LockDepth.writingBit }
    }
}

/// A value only reachable while holding its lock. A pthread mutex rather than
/// Synchronization.Mutex, whose raw futex calls ThreadSanitizer cannot see (notes/swift-on-linux.md
/// §4). Shared with the modules above the database; HTTP, which stands below, keeps its own.
public final class Locked<Value>: @unchecked Sendable {
    private let mutex = PThreadMutex()
    private var value: Value

    public init(_ value: Value) {
        self.value = value
    }

    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        try mutex.withLock { try body(&value) }
    }
}
