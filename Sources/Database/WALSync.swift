// Group commit. SQLite runs with synchronous=NORMAL, so COMMIT appends to the WAL without an fsync
// (https://sqlite.org/wal.html); the store then makes each commit durable by fsyncing the WAL file
// itself, outside the writer lock. Writers that commit while an fsync is in flight share the next
// one, so N concurrent writers cost about one fsync per round instead of N in a row. WAL frames are
// appended in commit order, so a completed fsync covers every commit made before it started.
// (`synchronous=FULL` is exactly NORMAL plus this fsync at every commit, made inside the lock.)
import Glibc

final class WALSync: @unchecked Sendable {
    private let walPath: String
    private var mutex = pthread_mutex_t()
    private var changed = pthread_cond_t()
    // All below guarded by `mutex`.
    private var fd: Int32 = -1
    private var inode: ino_t = 0
    /// Commits handed to SQLite so far; every one up to `synced` has been fsynced.
    private var committed: UInt64 = 0
    private var synced: UInt64 = 0
    private var syncing = false
    private var syncCount: UInt64 = 0

    init(databasePath: String) {
        walPath = databasePath + "-wal"
        pthread_mutex_init(&mutex, nil)
        pthread_cond_init(&changed, nil)
    }

    deinit {
        if fd >= 0 { close(fd) }
        pthread_cond_destroy(&changed)
        pthread_mutex_destroy(&mutex)
    }

    /// Called by the writer, under the store's writer lock, after each COMMIT: the commit's number.
    func noteCommit() -> UInt64 {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        committed += 1
        return committed
    }

    /// Returns once commit `sequence` is on disk: leads an fsync if none is running, else waits for
    /// the running one and, if it started before this commit, the next.
    ///
    /// An fsync that fails is fatal: the commit is already visible in memory and the kernel may
    /// have dropped the dirty pages (so a retry could report success for lost data). Exiting lets
    /// the restart recover exactly what is durable, as PostgreSQL does on fsync failure.
    func waitDurable(_ sequence: UInt64) {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        while synced < sequence {
            if syncing {
                pthread_cond_wait(&changed, &mutex)
                continue
            }
            syncing = true
            let target = committed
            pthread_mutex_unlock(&mutex)
            let error = syncWAL()
            pthread_mutex_lock(&mutex)
            syncing = false
            if let error { fatalError("fsync of \(walPath) failed: \(error); exiting so a restart recovers the durable state") }
            synced = max(synced, target)
            syncCount += 1
            pthread_cond_broadcast(&changed)
        }
    }

    /// fsyncs done, for tests and benchmarks.
    var fsyncs: UInt64 {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return syncCount
    }

    /// fdatasync of the WAL, reopening it if SQLite replaced the file. Only the leader runs this,
    /// so `fd` and `inode` need no lock here.
    private func syncWAL() -> String? {
        var st = stat()
        guard stat(walPath, &st) == 0 else {
            // No WAL file: SQLite checkpointed and removed it, which it does only after syncing
            // the database file. Nothing is pending.
            if errno == ENOENT { return nil }
            return String(cString: strerror(errno))
        }
        if fd < 0 || st.st_ino != inode {
            if fd >= 0 { close(fd) }
            fd = open(walPath, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { return String(cString: strerror(errno)) }
            inode = st.st_ino
            // A new WAL file: its directory entry must be durable too.
            if let error = syncDirectory() { return error }
        }
        return fdatasync(fd) == 0 ? nil : String(cString: strerror(errno))
    }

    private func syncDirectory() -> String? {
        let slash = walPath.lastIndex(of: "/")
        let directory = slash.map { $0 == walPath.startIndex ? "/" : String(walPath[..<$0]) } ?? "."
        let dfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard dfd >= 0 else { return String(cString: strerror(errno)) }
        defer { close(dfd) }
        return fsync(dfd) == 0 ? nil : String(cString: strerror(errno))
    }
}
