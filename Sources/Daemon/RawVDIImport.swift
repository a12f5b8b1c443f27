// PUT /import_raw_vdi: the request body (content-length or chunked, streamed; raw bytes, or a
// dynamic VHD with format=vhd) is written into the VDI from offset 0, a 2 MiB block at a time
// read from the socket straight into one buffer, zero blocks skipped where the disk reads zeros.
// Memory stays flat whatever the size. The task records progress and the outcome; a body that
// ends early fails it, and the image stays consistent (each block is written before the table
// entry that makes it visible).
import API
import HTTP
import Storage
import Wire

struct RawVDIImport: HTTPHandler {
    let api: APIServer
    static let blockSize = 2 << 20

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        RawVDIRequest.run(api, request, action: "http/put_import_raw_vdi", realm: "import_raw_vdi") { action in
            importing(request, action)
        }
    }

    private func importing(_ request: HTTPRequest, _ action: HTTPAction) -> HTTPResponse {
        do {
            let format = try RawVDIRequest.format(request)
            let transfer = try api.openVDITransfer(try RawVDIRequest.vdi(request), writable: true)
            do {
                let body = BodySource(request)
                if format == "vhd" {
                    try VHDStreamReader.copy(from: body, into: transfer.image) { done, total in
                        action.task.setProgress(Double(done) / Double(max(1, total)))
                        try action.task.checkCancelled()
                    }
                    try body.requireComplete()
                } else {
                    try receive(body, into: transfer.image, task: action.task,
                                expected: request.headers["content-length"].flatMap { UInt64($0) })
                }
                try transfer.close()
            } catch {
                let reason = transfer.xenAPIError(error, task: action.task)
                try? transfer.close()
                throw reason
            }
            api.finishHTTPAction(action, .success(.void))
            return HTTPResponse(status: .ok, headers: [("task-id", action.task.ref)])
        } catch {
            let reason = (error as? XenAPIError) ?? XenAPIError.internalError(String(describing: error))
            api.finishHTTPAction(action, .failure(reason))
            return RawVDIRequest.failure(reason, task: action.task.ref)
        }
    }

    /// Copies the raw body into `image`; the body must fit the disk and arrive whole. One block
    /// is received while the one before is written (two buffers, `RawVDIBlockWriter`).
    private func receive(_ body: BodySource, into image: DiskImage, task: TaskHandle, expected: UInt64?) throws {
        let total = max(1, expected ?? image.virtualSize)
        let buffers = (0..<2).map { _ in
            UnsafeMutableRawBufferPointer.allocate(byteCount: Self.blockSize, alignment: 4096)
        }
        defer { buffers.forEach { $0.deallocate() } }
        let writer = RawVDIBlockWriter(image: image)
        defer { try? writer.finish() }
        var offset: UInt64 = 0
        var next = 0
        while true {
            let filled = try body.fill(buffers[next])
            if filled > 0 {
                guard offset + UInt64(filled) <= image.virtualSize else {
                    throw XenAPIError("VDI_TOO_SMALL", ["", String(offset + UInt64(filled))])
                }
                try writer.write(UnsafeRawBufferPointer(rebasing: buffers[next][0..<filled]), at: offset)
                next = 1 - next
                offset += UInt64(filled)
                task.setProgress(Double(offset) / Double(total))
                try task.checkCancelled()
            }
            if filled < Self.blockSize { break }
        }
        try writer.finish()
        try body.requireComplete()
    }
}

extension RawVDIImport {
    /// Whether `bytes` are all zeros, 64 bytes a step (half the upload of a sparse disk is
    /// zeros, so this runs over every byte of it).
    static func isZero(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let step = 64
        var i = 0
        while i + step <= bytes.count {
            var any: UInt64 = 0
            for k in stride(from: 0, to: step, by: 8) {
                any |= bytes.loadUnaligned(fromByteOffset: i + k, as: UInt64.self)
            }
            if any != 0 { return false }
            i += step
        }
        while i < bytes.count {
            if bytes[i] != 0 { return false }
            i += 1
        }
        return true
    }
}

/// The request body as a byte source: streamed through the body reader, or the bytes already read.
final class BodySource: SequentialSource {
    private let reader: HTTPBodyReader?
    private let body: [UInt8]
    private var bodyStart = 0

    init(_ request: HTTPRequest) {
        reader = request.bodyReader
        body = request.bodyReader == nil ? request.body : []
    }

    func fill(_ buffer: inout [UInt8], count: Int) throws -> Int {
        try buffer.withUnsafeMutableBytes { try fill(UnsafeMutableRawBufferPointer(rebasing: $0[0..<count])) }
    }

    /// Fills `out` from the start as far as the body goes; fewer bytes only at its end.
    func fill(_ out: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let reader else {
            let n = min(out.count, body.count - bodyStart)
            body.withUnsafeBytes { out.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[bodyStart..<bodyStart + n])) }
            bodyStart += n
            return n
        }
        // Straight from the socket into the caller's buffer, as much as each read brings.
        var filled = 0
        while filled < out.count {
            let n = try reader.read(into: UnsafeMutableRawBufferPointer(rebasing: out[filled...]))
            if n == 0 { break }
            filled += n
        }
        return filled
    }

    /// A body cut short (the client closed before its announced end) is an I/O error.
    func requireComplete() throws {
        if let reader, !reader.isComplete {
            throw XenAPIError("VDI_IO_ERROR", ["the upload ended before the end of its body"])
        }
    }
}
