// A minimal HTTP/1.1 keep-alive client: one request at a time, pre-built request bytes, a parser
// that reads the status line, content-length / chunked framing and the body into one buffer.
import Glibc

enum RoundTripError: Error {
    case write, read, closed, malformed(String)
}

final class HTTPClient {
    let connection: Connection
    private var buf: UnsafeMutableRawPointer
    private var cap: Int
    private var start = 0        // first unconsumed byte
    private var end = 0          // one past the last byte read
    /// The last response's body; valid until the next call.
    private(set) var bodyStart = 0
    private(set) var bodyCount = 0
    private(set) var status = 0
    private(set) var serverWillClose = false
    private var chunked: [UInt8] = []
    private var usingChunked = false

    init(connection: Connection) {
        self.connection = connection
        cap = 64 * 1024
        buf = UnsafeMutableRawPointer.allocate(byteCount: cap, alignment: 16)
    }

    deinit { buf.deallocate() }

    /// Sends `request`, reads one whole response. Status and body are then in `status`/`withBody`.
    func roundTrip(_ request: UnsafeRawBufferPointer) throws(RoundTripError) {
        guard connection.writeAll(request.baseAddress!, request.count) else { throw .write }
        try readResponse()
    }

    func roundTrip(_ request: [UInt8]) throws(RoundTripError) {
        let written = request.withUnsafeBytes { connection.writeAll($0.baseAddress!, $0.count) }
        guard written else { throw .write }
        try readResponse()
    }

    func withBody<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        if usingChunked {
            return chunked.withUnsafeBytes { body($0) }
        }
        return body(UnsafeRawBufferPointer(start: buf + bodyStart, count: bodyCount))
    }

    func bodyString() -> String {
        withBody { String(decoding: $0, as: UTF8.self) }
    }

    /// True when the body contains `needle`.
    func bodyContains(_ needle: [UInt8]) -> Bool {
        withBody { b in
            guard b.count >= needle.count, let base = b.baseAddress else { return false }
            return needle.withUnsafeBytes { n in findBytes(base, b.count, n.baseAddress!, n.count) != nil }
        }
    }

    private static let successNeedle: [UInt8] = Array("<value>Success</value>".utf8)
    private static let successNeedle2: [UInt8] = Array("<value><string>Success</string></value>".utf8)

    /// True when the body holds an XML-RPC `Status` of `Success`.
    func bodyHasRPCSuccess() -> Bool {
        bodyContains(HTTPClient.successNeedle) || bodyContains(HTTPClient.successNeedle2)
    }

    // MARK: Reading

    private func fill() throws(RoundTripError) {
        if end == cap {
            if start > 0 {
                memmove(buf, buf + start, end - start)
                end -= start
                start = 0
            } else {
                let newCap = cap * 2
                let nb = UnsafeMutableRawPointer.allocate(byteCount: newCap, alignment: 16)
                nb.copyMemory(from: buf, byteCount: end)
                buf.deallocate()
                buf = nb
                cap = newCap
            }
        }
        let n = connection.read(into: buf + end, cap - end)
        if n == 0 { throw .closed }
        if n < 0 { throw .read }
        end += n
    }

    /// Ensures at least `count` bytes are buffered from `start`, compacting if needed.
    private func need(_ count: Int) throws(RoundTripError) {
        if start + count > cap {
            memmove(buf, buf + start, end - start)
            end -= start
            start = 0
            if count > cap {
                var newCap = cap
                while newCap < count { newCap *= 2 }
                let nb = UnsafeMutableRawPointer.allocate(byteCount: newCap, alignment: 16)
                nb.copyMemory(from: buf, byteCount: end)
                buf.deallocate()
                buf = nb
                cap = newCap
            }
        }
        while end - start < count { try fill() }
    }

    private static let crlfcrlf: [UInt8] = [13, 10, 13, 10]

    /// Index (relative to buf) of the first CRLFCRLF at or after `from`, or nil.
    private func findHeaderEnd(from: Int) -> Int? {
        guard end - from >= 4 else { return nil }
        return HTTPClient.crlfcrlf.withUnsafeBytes { n -> Int? in
            guard let p = findBytes(buf + from, end - from, n.baseAddress!, 4) else { return nil }
            return UnsafeRawPointer(buf).distance(to: p)
        }
    }

    private func readResponse() throws(RoundTripError) {
        usingChunked = false
        while true {
            // Find the head.
            var headEnd = findHeaderEnd(from: start)
            while headEnd == nil {
                try fill()
                headEnd = findHeaderEnd(from: start)
            }
            let headStart = start
            let head = UnsafeRawBufferPointer(start: buf + headStart, count: headEnd! - headStart)
            let parsed = try HTTPClient.parseHead(head)
            start = headEnd! + 4
            status = parsed.status
            serverWillClose = parsed.close
            if parsed.status >= 100 && parsed.status < 200 {
                continue  // interim response (100 Continue): read the next head
            }
            if parsed.chunked {
                try readChunked()
                return
            }
            let length: Int
            if let cl = parsed.contentLength {
                length = cl
            } else if parsed.status == 204 || parsed.status == 304 {
                length = 0
            } else {
                // Body delimited by close: read to EOF.
                while true {
                    do { try fill() } catch .closed { break }
                }
                bodyStart = start
                bodyCount = end - start
                start = end
                serverWillClose = true
                return
            }
            try need(length)
            bodyStart = start
            bodyCount = length
            start += length
            if start == end { start = 0; end = 0 }   // cheap reset; the body bytes stay readable until the next read
            return
        }
    }

    private func readLine() throws(RoundTripError) -> String {
        while true {
            if let p = memchr(buf + start, 10, end - start) {
                let i = buf.distance(to: p)
                let line = String(decoding: UnsafeRawBufferPointer(start: buf + start, count: i - start), as: UTF8.self)
                start = i + 1
                return line.hasSuffix("\r") ? String(line.dropLast()) : line
            }
            try fill()
        }
    }

    private func readChunked() throws(RoundTripError) {
        usingChunked = true
        chunked.removeAll(keepingCapacity: true)
        while true {
            let sizeLine = try readLine()
            let hex = sizeLine.split(separator: ";", maxSplits: 1).first.map { $0.trimmingSpaces } ?? ""
            guard let size = Int(hex, radix: 16) else { throw .malformed("chunk size \(sizeLine)") }
            if size == 0 {
                while try !readLine().isEmpty {}   // trailers
                break
            }
            try need(size + 2)
            chunked.append(contentsOf: UnsafeRawBufferPointer(start: buf + start, count: size))
            start += size + 2
        }
        if start == end { start = 0; end = 0 }
    }

    struct Head {
        var status: Int
        var contentLength: Int?
        var chunked: Bool
        var close: Bool
    }

    /// Parses "HTTP/1.x NNN reason\r\n" and the header lines we care about, without Strings on the hot path.
    static func parseHead(_ head: UnsafeRawBufferPointer) throws(RoundTripError) -> Head {
        let n = head.count
        guard n >= 12, head[0] == UInt8(ascii: "H"), head[4] == UInt8(ascii: "/") else {
            throw .malformed("status line")
        }
        let http10 = head[7] == UInt8(ascii: "0")
        var status = 0
        for k in 9..<12 {
            let d = Int(head[k]) - 48
            guard d >= 0 && d <= 9 else { throw .malformed("status code") }
            status = status * 10 + d
        }
        var result = Head(status: status, contentLength: nil, chunked: false, close: http10)
        // Walk header lines.
        var i = 0
        while i < n && head[i] != 10 { i += 1 }
        i += 1
        while i < n {
            var j = i
            while j < n && head[j] != 10 { j += 1 }
            var lineEnd = j
            if lineEnd > i && head[lineEnd - 1] == 13 { lineEnd -= 1 }
            // name
            var colon = i
            while colon < lineEnd && head[colon] != UInt8(ascii: ":") { colon += 1 }
            if colon < lineEnd {
                var v = colon + 1
                while v < lineEnd && (head[v] == 32 || head[v] == 9) { v += 1 }
                let nameLen = colon - i
                if nameLen == 14 && matches(head, i, "content-length") {
                    var value = 0
                    var k = v
                    while k < lineEnd, head[k] >= 48, head[k] <= 57 { value = value * 10 + Int(head[k]) - 48; k += 1 }
                    guard k > v else { throw .malformed("content-length") }
                    result.contentLength = value
                } else if nameLen == 17 && matches(head, i, "transfer-encoding") {
                    if lineEnd - v >= 7 && matches(head, lineEnd - 7, "chunked") { result.chunked = true }
                } else if nameLen == 10 && matches(head, i, "connection") {
                    if lineEnd - v == 5 && matches(head, v, "close") { result.close = true }
                    if lineEnd - v == 10 && matches(head, v, "keep-alive") { result.close = false }
                }
            }
            i = j + 1
        }
        return result
    }

    /// Case-insensitive compare of head[at...] with a lowercase ASCII literal.
    @inline(__always)
    static func matches(_ head: UnsafeRawBufferPointer, _ at: Int, _ lower: StaticString) -> Bool {
        let p = lower.utf8Start
        for k in 0..<lower.utf8CodeUnitCount {
            var c = head[at + k]
            if c >= 65 && c <= 90 { c |= 0x20 }
            if c != p[k] { return false }
        }
        return true
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(self.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}

/// memmem (a GNU extension, not imported): memchr for the first byte, memcmp for the rest.
@inline(__always)
func findBytes(_ hay: UnsafeRawPointer, _ hayCount: Int, _ needle: UnsafeRawPointer, _ needleCount: Int)
    -> UnsafeRawPointer?
{
    guard needleCount > 0 else { return hay }
    guard hayCount >= needleCount else { return nil }
    let first = Int32(needle.load(as: UInt8.self))
    var p = hay
    let last = hay + (hayCount - needleCount)   // last possible start
    while p <= last {
        guard let q = memchr(p, first, last - p + 1) else { return nil }
        let qr = UnsafeRawPointer(q)
        if memcmp(qr, needle, needleCount) == 0 { return qr }
        p = qr + 1
    }
    return nil
}
