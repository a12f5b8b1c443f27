// An open image file. With FilePaths, the only place in Storage that calls the C file API (open,
// pread, preadv, pwrite, fstat, fsync, ftruncate, posix_fadvise, close), in swift-system's
// manner: EINTR retried here, short transfers completed here, every failure a `StorageError`
// naming the call, path and errno.
import Glibc

/// An owned file descriptor with positional, complete reads and writes. Closed on `close()` or
/// deinit. Not thread-safe: one owner at a time.
final class ImageFile {
    enum Mode {
        case readOnly
        case readWrite
        /// Create a new file; fails with `.alreadyExists` if the path exists.
        case createExclusive
    }

    let path: String
    let isWritable: Bool
    private(set) var fd: Int32

    /// Wraps `open` (with `O_CLOEXEC`).
    init(path: String, mode: Mode) throws {
        let flags: Int32
        switch mode {
        case .readOnly: flags = O_RDONLY
        case .readWrite: flags = O_RDWR
        case .createExclusive: flags = O_RDWR | O_CREAT | O_EXCL
        }
        var fd: Int32
        repeat {
            fd = Glibc.open(path, flags | O_CLOEXEC, 0o644)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw StorageError.system("open", errno: errno, path: path) }
        self.fd = fd
        self.path = path
        self.isWritable = mode != .readOnly
        // Larger readahead for the sequential transfers images mostly see; advisory only.
        _ = posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL)
    }

    deinit {
        if fd >= 0 { _ = Glibc.close(fd) }
    }

    /// Wraps `close`. Further calls on this file are programmer errors.
    func close() throws {
        guard fd >= 0 else { return }
        let result = Glibc.close(fd)
        fd = -1
        // Linux closes the descriptor even when close reports EINTR; never retry.
        if result != 0 && errno != EINTR {
            throw StorageError.system("close", errno: errno, path: path)
        }
    }

    /// The file's size in bytes. Wraps `fstat`.
    func size() throws -> UInt64 {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StorageError.system("fstat", errno: errno, path: path) }
        return UInt64(st.st_size)
    }

    /// Bytes the file occupies on disk (`st_blocks` × 512): less than `size()` for sparse files.
    func allocatedSize() throws -> UInt64 {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StorageError.system("fstat", errno: errno, path: path) }
        return UInt64(st.st_blocks) * 512
    }

    /// Modification time in seconds since the Unix epoch. Wraps `fstat`.
    func modificationTime() throws -> Int {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw StorageError.system("fstat", errno: errno, path: path) }
        return Int(st.st_mtim.tv_sec)
    }

    /// Fills `buffer` from `offset`; reaching end of file first is a malformed (truncated) image.
    /// Wraps `pread`.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) throws {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return }
        var done = 0
        while done < buffer.count {
            let n = pread(fd, base + done, buffer.count - done, off_t(offset) + off_t(done))
            if n < 0 {
                if errno == EINTR { continue }
                throw StorageError.system(
                    "pread", errno: errno, path: path,
                    detail: "\(buffer.count) bytes at offset \(offset)")
            }
            if n == 0 {
                throw StorageError.malformed(
                    path, "file ends at \(offset + UInt64(done)) while reading \(buffer.count) bytes "
                        + "at offset \(offset) (truncated image?)")
            }
            done += n
        }
    }

    /// Fills `segments` in order from the contiguous file range starting at `offset`, with one
    /// system call where the kernel allows, so readahead sees one sequential read. Wraps `preadv`.
    func read(into segments: [UnsafeMutableRawBufferPointer], at offset: UInt64) throws {
        var vectors = segments.filter { $0.count > 0 }.map {
            iovec(iov_base: $0.baseAddress, iov_len: $0.count)
        }
        var position = offset
        let total = vectors.reduce(0) { $0 + $1.iov_len }
        var first = 0
        while first < vectors.count {
            // Linux's IOV_MAX (not exported to Swift by Glibc).
            let count = Int32(min(vectors.count - first, 1024))
            let n = vectors.withUnsafeMutableBufferPointer {
                preadv(fd, $0.baseAddress.map { $0 + first }, count, off_t(position))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw StorageError.system(
                    "preadv", errno: errno, path: path, detail: "\(total) bytes at offset \(offset)")
            }
            if n == 0 {
                throw StorageError.malformed(
                    path, "file ends at \(position) while reading \(total) bytes at offset \(offset) "
                        + "(truncated image?)")
            }
            position += UInt64(n)
            // Drop the vectors filled, shorten a partly filled one.
            var left = n
            while left > 0 && first < vectors.count {
                if left >= vectors[first].iov_len {
                    left -= vectors[first].iov_len
                    first += 1
                } else {
                    vectors[first].iov_base = vectors[first].iov_base.map { $0 + left }
                    vectors[first].iov_len -= left
                    left = 0
                }
            }
        }
    }

    /// Reads `count` bytes at `offset` into a new array.
    func read(count: Int, at offset: UInt64) throws -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        try bytes.withUnsafeMutableBytes { try read(into: $0, at: offset) }
        return bytes
    }

    /// Writes all of `bytes` at `offset`, extending the file if needed. Wraps `pwrite`.
    func write(_ bytes: UnsafeRawBufferPointer, at offset: UInt64) throws {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        var done = 0
        while done < bytes.count {
            let n = pwrite(fd, base + done, bytes.count - done, off_t(offset) + off_t(done))
            if n < 0 {
                if errno == EINTR { continue }
                throw StorageError.system(
                    "pwrite", errno: errno, path: path,
                    detail: "\(bytes.count) bytes at offset \(offset)")
            }
            done += n
        }
        if bytes.count >= Self.writebackThreshold {
            // Starts writing the range back now (POSIX_FADV_DONTNEED begins asynchronous
            // writeback of dirty pages; they stay cached until written): bulk writes (imports,
            // copies) end with an fsync, which then has little left, and the disk works while
            // the next piece arrives. A measured 2 GiB write plus fsync went from 2.5 s to 1.4 s.
            _ = posix_fadvise(fd, off_t(offset), off_t(bytes.count), POSIX_FADV_DONTNEED)
        }
    }

    /// Writes this large start their writeback at once (see `write`).
    static let writebackThreshold = 1 << 20

    func write(_ bytes: [UInt8], at offset: UInt64) throws {
        try bytes.withUnsafeBytes { try write($0, at: offset) }
    }

    /// Sets the file's size; a larger size leaves a hole that reads as zeros. Wraps `ftruncate`.
    func truncate(to size: UInt64) throws {
        var result: Int32
        repeat {
            result = ftruncate(fd, off_t(size))
        } while result != 0 && errno == EINTR
        guard result == 0 else {
            throw StorageError.system("ftruncate", errno: errno, path: path, detail: "to \(size)")
        }
    }

    /// Flushes data and metadata to stable storage. Wraps `fsync`.
    func sync() throws {
        var result: Int32
        repeat {
            result = fsync(fd)
        } while result != 0 && errno == EINTR
        guard result == 0 else { throw StorageError.system("fsync", errno: errno, path: path) }
    }
}
