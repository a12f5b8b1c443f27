// GET /export_raw_vdi: the VDI's bytes from offset 0 to its virtual size, with content-length;
// with format=vhd, a dynamic VHD holding the blocks that have data.
// Only the image's data ranges are read; the gaps between them are sent as zeros (by the
// kernel from an empty file, on plain connections). The transfer runs on the request's worker
// thread after the head is written, writing straight to the socket; the task records progress
// and the outcome (a client that goes away fails it).
import API
import HTTP
import Storage
import Wire

struct RawVDIExport: HTTPHandler {
    let api: APIServer
    static let chunk = 2 << 20

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        RawVDIRequest.run(api, request, action: "http/get_export_raw_vdi", realm: "export_raw_vdi") { action in
            exporting(request, action)
        }
    }

    private func exporting(_ request: HTTPRequest, _ action: HTTPAction) -> HTTPResponse {
        let vdi: String
        let uuid: String
        let format: String
        do {
            format = try RawVDIRequest.format(request)
            vdi = try RawVDIRequest.vdi(request)
            let probe = try api.openVDITransfer(vdi, writable: false)
            uuid = probe.uuid
            try probe.close()
        } catch {
            let reason = (error as? XenAPIError) ?? XenAPIError.internalError(String(describing: error))
            api.finishHTTPAction(action, .failure(reason))
            return RawVDIRequest.failure(reason, task: action.task.ref)
        }
        let headers: HTTPHeaders = [
            ("content-type", format == "vhd" ? "application/vhd" : "application/octet-stream"),
            ("content-disposition", "attachment; filename=\"\(uuid).\(format)\""),
            ("task-id", action.task.ref),
        ]
        let api = self.api
        return HTTPResponse(status: .ok, headers: headers, body: .takeover { stream in
            var outcome: Result<Value, XenAPIError> = .success(.void)
            do {
                let transfer = try api.openVDITransfer(vdi, writable: false)
                do {
                    func head(_ length: UInt64) throws {
                        try stream.write(HTTPResponseEncoder.encodeHead(
                            status: .ok, headers: headers, version: .http11, keepAlive: false,
                            framing: .contentLength(Int(length))))
                    }
                    let image = transfer.image
                    if format == "vhd" {
                        let writer = try VHDStreamWriter(image: image)
                        try head(writer.length)
                        try writer.write(from: image, to: { try stream.write($0) }) { done in
                            action.task.setProgress(Double(done) / Double(max(1, image.virtualSize)))
                            try action.task.checkCancelled()
                        }
                    } else {
                        try head(image.virtualSize)
                        try Self.send(image, size: image.virtualSize, to: stream, task: action.task)
                    }
                    try transfer.close()
                } catch {
                    outcome = .failure(transfer.xenAPIError(error, task: action.task))
                    try? transfer.close()
                }
            } catch {
                outcome = .failure((error as? XenAPIError) ?? .internalError(String(describing: error)))
            }
            api.finishHTTPAction(action, outcome)
        })
    }

    /// Data ranges as read, gaps as zeros (sent without copying where the connection can).
    static func send(_ image: DiskImage, size: UInt64, to stream: HTTPConnectionStream, task: TaskHandle) throws {
        var buffer = [UInt8](repeating: 0, count: chunk)
        var position: UInt64 = 0
        func progress() throws {
            task.setProgress(size == 0 ? 1 : Double(position) / Double(size))
            try task.checkCancelled()
        }
        func sendZeros(upTo end: UInt64) throws {
            while position < end {
                let n = Int(min(UInt64(chunk), end - position))
                try stream.writeZeros(n)
                position += UInt64(n)
                try progress()
            }
        }
        try image.forEachDataRange { range in
            try sendZeros(upTo: range.lowerBound)
            while position < range.upperBound {
                let n = Int(min(UInt64(chunk), range.upperBound - position))
                try buffer.withUnsafeMutableBytes { all in
                    try image.read(into: UnsafeMutableRawBufferPointer(rebasing: all[0..<n]), at: position)
                }
                try stream.write(n == chunk ? buffer : Array(buffer[0..<n]))
                position += UInt64(n)
                try progress()
            }
        }
        try sendZeros(upTo: size)
    }
}
