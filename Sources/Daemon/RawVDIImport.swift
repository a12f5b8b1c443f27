// PUT /import_raw_vdi: the request body (content-length or chunked, streamed; raw bytes, or a
// dynamic VHD with format=vhd) is written into the VDI from offset 0, a 2 MiB block at a time, zero blocks skipped where the disk reads zeros.
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

    /// Copies the raw body into `image`; the body must fit the disk and arrive whole.
    private func receive(_ body: BodySource, into image: DiskImage, task: TaskHandle, expected: UInt64?) throws {
        let total = max(1, expected ?? image.virtualSize)
        var buffer = [UInt8](repeating: 0, count: Self.blockSize)
        var offset: UInt64 = 0
        while true {
            let filled = try body.fill(&buffer)
            if filled > 0 {
                guard offset + UInt64(filled) <= image.virtualSize else {
                    throw XenAPIError("VDI_TOO_SMALL", ["", String(offset + UInt64(filled))])
                }
                try buffer.withUnsafeBytes { all in
                    try image.writeSparse(UnsafeRawBufferPointer(rebasing: all[0..<filled]), at: offset)
                }
                offset += UInt64(filled)
                task.setProgress(Double(offset) / Double(total))
                try task.checkCancelled()
            }
            if filled < buffer.count { break }
        }
        try body.requireComplete()
    }
}

/// The request body as a byte source: streamed through the body reader, or the bytes already read.
final class BodySource: SequentialSource {
    private let reader: HTTPBodyReader?
    private var pending: [UInt8]
    private var pendingStart = 0

    init(_ request: HTTPRequest) {
        reader = request.bodyReader
        pending = request.bodyReader == nil ? request.body : []
    }

    /// Fills `buffer` from the start as far as the body goes; fewer bytes only at its end.
    func fill(_ buffer: inout [UInt8]) throws -> Int {
        try fill(&buffer, count: buffer.count)
    }

    func fill(_ buffer: inout [UInt8], count: Int) throws -> Int {
        var filled = 0
        while filled < count {
            if pendingStart == pending.count {
                guard let reader else { break }
                // Pieces under malloc's mmap threshold (128 KiB) reuse heap memory: larger ones are
                // mapped and faulted in afresh every time.
                pending = try reader.read(maxLength: 64 << 10)
                pendingStart = 0
                if pending.isEmpty { break }
            }
            let n = min(count - filled, pending.count - pendingStart)
            buffer.withUnsafeMutableBytes { out in
                pending.withUnsafeBytes { src in
                    out.baseAddress!.advanced(by: filled)
                        .copyMemory(from: src.baseAddress!.advanced(by: pendingStart), byteCount: n)
                }
            }
            pendingStart += n
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
