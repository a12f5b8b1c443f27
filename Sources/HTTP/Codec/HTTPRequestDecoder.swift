// Incremental HTTP/1.x request parser (RFC 9112). Pure: feed it bytes in any split, take
// complete requests out. Knows nothing of sockets; tested from literal strings.

/// Parses a byte stream into requests. Value type; one per connection.
public struct HTTPRequestDecoder: Sendable {
    /// The largest request line plus header section accepted (and the largest chunked trailer).
    public var maxHeaderSize: Int
    /// The largest body accepted, unless `bodyLimit` says otherwise for a request.
    public var maxBodySize: Int
    /// A per-request body limit chosen from the method and path; nil falls back to
    /// `maxBodySize`.
    public var bodyLimit: (@Sendable (_ method: String, _ path: String) -> Int?)?
    /// Chooses requests whose body is not read into `HTTPRequest.body` but streamed to the
    /// handler (`nextBodyBytes`, `directBodyLimit`), with no size limit: uploads such as `PUT /import`.
    public var streamBody: (@Sendable (_ method: String, _ path: String) -> Bool)?
    /// Stamped on every request.
    public var peer: PeerInfo

    private struct Head: Sendable {
        var method: String
        var target: String
        var version: HTTPVersion
        var headers: HTTPHeaders
        /// `target` split once, for the body rules and the request.
        var path: String
        var query: [HTTPQueryItem]
    }

    private enum ChunkState: Sendable {
        case size
        case data(remaining: Int)
        case dataEnd
        case trailer(bytes: Int)
    }

    private enum StreamedFraming: Sendable {
        case fixed(remaining: Int)
        case chunked(ChunkState)
    }

    private enum State: Sendable {
        case head
        case fixedBody(Head, length: Int)
        case chunkedBody(Head, ChunkState, body: [UInt8], limit: Int)
        /// The head was returned; the body is taken with `nextBodyBytes`.
        case streamedBody(StreamedFraming)
        case failed(HTTPDecodingError)
    }

    private var buffer: [UInt8] = []
    private var start = 0
    /// Where the search for the end of the head resumes.
    private var scanned = 0
    private var state: State = .head
    private var continuePending = false

    public init(
        maxHeaderSize: Int = 64 * 1024,
        maxBodySize: Int = 300 * 1024,
        peer: PeerInfo = PeerInfo(transport: .tcp, address: "")
    ) {
        self.maxHeaderSize = maxHeaderSize
        self.maxBodySize = maxBodySize
        self.peer = peer
    }

    /// Appends received bytes.
    public mutating func feed<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// Appends received bytes from raw memory.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        feed(bytes.bindMemory(to: UInt8.self))
    }

    /// Whether bytes of an unfinished request are buffered.
    public var hasPartialRequest: Bool {
        switch state {
        case .head: return start < buffer.count
        case .fixedBody, .chunkedBody, .streamedBody: return true
        case .failed: return false
        }
    }

    /// Whether the body of the last request returned is being streamed and has not ended.
    public var isStreamingBody: Bool {
        if case .streamedBody = state { return true }
        return false
    }

    /// Bytes buffered and not yet consumed.
    public var bufferedByteCount: Int { buffer.count - start }

    /// True once after the head of a request carrying `Expect: 100-continue` was parsed and its
    /// body has not fully arrived (RFC 9110 §10.1.1); the server then sends `100 Continue`.
    public mutating func takeContinueExpectation() -> Bool {
        defer { continuePending = false }
        return continuePending
    }

    /// The next complete request, or nil if more bytes are needed. After an error every call
    /// throws the same error.
    public mutating func nextRequest() throws(HTTPDecodingError) -> HTTPRequest? {
        while true {
            switch state {
            case .failed(let error):
                throw error
            case .head:
                guard let head = try parseHeadIfComplete() else { return nil }
                let streamed: Bool
                do throws(HTTPDecodingError) {
                    streamed = try beginBody(head)
                } catch {
                    state = .failed(error)
                    throw error
                }
                if streamed {
                    var request = HTTPRequest(
                        method: head.method, target: head.target, path: head.path, query: head.query,
                        version: head.version, headers: head.headers, body: [], peer: peer)
                    request.isStreamed = true
                    if case .streamedBody = state {} else { scanned = start }
                    return request
                }
            case .streamedBody:
                return nil
            case .fixedBody(let head, let length):
                guard buffer.count - start >= length else { return nil }
                let body = Array(buffer[start..<start + length])
                start += length
                return finish(head, body: body)
            case .chunkedBody(let head, var chunkState, var body, let limit):
                // Release the copy held in `state` so appending does not copy the array.
                state = .failed(.malformedChunk)
                do throws(HTTPDecodingError) {
                    if try advanceChunks(&chunkState, body: &body, maxBytes: .max, limit: limit) {
                        return finish(head, body: body)
                    }
                    state = .chunkedBody(head, chunkState, body: body, limit: limit)
                    return nil
                } catch {
                    state = .failed(error)
                    throw error
                }
            }
        }
    }

    /// Copies the next buffered bytes of a streamed body into `buffer` (not empty): how many,
    /// 0 once the body is complete (and for a request that is not streamed), nil while more
    /// bytes are needed.
    public mutating func nextBodyBytes(into buffer: UnsafeMutableRawBufferPointer) throws(HTTPDecodingError) -> Int? {
        var fill = BufferFill(buffer: buffer)
        let ended = try takeBody(into: &fill, maxBytes: buffer.count)
        return fill.count == 0 && !ended ? nil : fill.count
    }

    /// How many bytes of a streamed body may be read from the connection straight into the
    /// caller's memory, bypassing the decoder: the rest of the fixed-length body or of the
    /// current chunk, once nothing is buffered; 0 while buffered bytes or framing come first.
    public var directBodyLimit: Int {
        guard start == buffer.count else { return 0 }
        switch state {
        case .streamedBody(.fixed(let remaining)), .streamedBody(.chunked(.data(let remaining))): return remaining
        default: return 0
        }
    }

    /// Accounts for `count` body bytes (at most `directBodyLimit`) read straight from the connection.
    public mutating func consumeDirectBody(_ count: Int) {
        switch state {
        case .streamedBody(.fixed(let remaining)) where count <= remaining:
            if count == remaining {
                state = .head
                scanned = start
            } else {
                state = .streamedBody(.fixed(remaining: remaining - count))
            }
        case .streamedBody(.chunked(.data(let remaining))) where count <= remaining:
            state = .streamedBody(.chunked(count == remaining ? .dataEnd : .data(remaining: remaining - count)))
        default:
            preconditionFailure("\(count) body bytes read directly past the framing")
        }
    }

    /// Moves up to `maxBytes` buffered bytes of a streamed body into `sink`; says whether the
    /// body has ended.
    private mutating func takeBody<Sink: BodyBytesSink>(into sink: inout Sink, maxBytes: Int)
        throws(HTTPDecodingError) -> Bool
    {
        switch state {
        case .failed(let error):
            throw error
        case .streamedBody(.fixed(let remaining)):
            let n = min(remaining, buffer.count - start, maxBytes)
            if n > 0 {
                sink.append(contentsOf: buffer[start..<start + n])
                start += n
            }
            if remaining == n {
                state = .head
                scanned = start
                return true
            }
            state = .streamedBody(.fixed(remaining: remaining - n))
            return false
        case .streamedBody(.chunked(var chunkState)):
            do throws(HTTPDecodingError) {
                if try advanceChunks(&chunkState, body: &sink, maxBytes: maxBytes, limit: .max) {
                    state = .head
                    scanned = start
                    return true
                }
                state = .streamedBody(.chunked(chunkState))
                return false
            } catch {
                state = .failed(error)
                throw error
            }
        default:
            return true
        }
    }

    /// Removes and returns every buffered byte not yet parsed: what follows a request whose
    /// connection is taken over (a tunnel after `CONNECT`, a protocol after `POST /cli`).
    public mutating func takeBufferedBytes() -> [UInt8] {
        let rest = Array(buffer[start...])
        buffer = []
        start = 0
        scanned = 0
        state = .head
        continuePending = false
        return rest
    }

    private mutating func finish(_ head: Head, body: [UInt8]) -> HTTPRequest {
        state = .head
        scanned = start
        continuePending = false
        return HTTPRequest(
            method: head.method, target: head.target, path: head.path, query: head.query,
            version: head.version, headers: head.headers, body: body, peer: peer)
    }

    // MARK: Head

    private mutating func parseHeadIfComplete() throws(HTTPDecodingError) -> Head? {
        // RFC 9112 §2.2: ignore empty lines before the request line.
        while start < buffer.count, buffer[start] == UInt8(ascii: "\r") || buffer[start] == UInt8(ascii: "\n") {
            if buffer[start] == UInt8(ascii: "\r") && start + 1 >= buffer.count { return nil }
            start += 1
        }
        if scanned < start { scanned = start }
        guard let end = findEndOfHead() else {
            if buffer.count - start > maxHeaderSize {
                state = .failed(.headerTooLarge(limit: maxHeaderSize))
                throw .headerTooLarge(limit: maxHeaderSize)
            }
            return nil
        }
        if end.headEnd - start > maxHeaderSize {
            state = .failed(.headerTooLarge(limit: maxHeaderSize))
            throw .headerTooLarge(limit: maxHeaderSize)
        }
        let head = buffer[start..<end.headEnd]
        start = end.bodyStart
        scanned = start
        do throws(HTTPDecodingError) {
            return try Self.parseHead(head)
        } catch {
            state = .failed(error)
            throw error
        }
    }

    /// Finds the empty line ending the head: `\r\n\r\n`, or bare `\n` line ends.
    private mutating func findEndOfHead() -> (headEnd: Int, bodyStart: Int)? {
        var i = max(scanned, start)
        while i < buffer.count {
            if buffer[i] == UInt8(ascii: "\n") {
                var j = i + 1
                if j < buffer.count, buffer[j] == UInt8(ascii: "\r") { j += 1 }
                if j < buffer.count, buffer[j] == UInt8(ascii: "\n") {
                    return (i, j + 1)
                }
                if j >= buffer.count {
                    scanned = i
                    return nil
                }
            }
            i += 1
        }
        scanned = max(start, buffer.count - 1)
        return nil
    }

    /// The lines of a head, each without its line end (`\r\n` or a bare `\n`); no copies.
    private struct Lines {
        let bytes: ArraySlice<UInt8>
        var position: Int
        var done = false

        init(_ bytes: ArraySlice<UInt8>) {
            self.bytes = bytes
            position = bytes.startIndex
        }

        mutating func next() -> ArraySlice<UInt8>? {
            guard !done else { return nil }
            let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            var lineEnd = end
            if lineEnd > position, bytes[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
            let line = bytes[position..<lineEnd]
            if end == bytes.endIndex { done = true } else { position = end + 1 }
            return line
        }
    }

    /// The three space-separated parts of a request line (runs of spaces count as one, as do
    /// leading and trailing ones); nil for any other number of parts.
    private static func requestLineParts(_ line: ArraySlice<UInt8>)
        -> (ArraySlice<UInt8>, ArraySlice<UInt8>, ArraySlice<UInt8>)?
    {
        var parts: [Range<Int>] = []
        parts.reserveCapacity(3)
        var i = line.startIndex
        while i < line.endIndex {
            while i < line.endIndex, line[i] == UInt8(ascii: " ") { i += 1 }
            guard i < line.endIndex else { break }
            let partStart = i
            while i < line.endIndex, line[i] != UInt8(ascii: " ") { i += 1 }
            guard parts.count < 3 else { return nil }
            parts.append(partStart..<i)
        }
        guard parts.count == 3 else { return nil }
        return (line[parts[0]], line[parts[1]], line[parts[2]])
    }

    private static func parseHead(_ bytes: ArraySlice<UInt8>) throws(HTTPDecodingError) -> Head {
        var lines = Lines(bytes)
        guard let requestLine = lines.next(), let (methodBytes, targetBytes, versionBytes) = requestLineParts(requestLine),
            methodBytes.allSatisfy(isTokenByte), !targetBytes.contains(where: { $0 < 0x21 || $0 == 0x7F })
        else { throw .malformedRequestLine }
        let version: HTTPVersion
        if versionBytes.elementsEqual("HTTP/1.1".utf8) {
            version = .http11
        } else if versionBytes.elementsEqual("HTTP/1.0".utf8) {
            version = .http10
        } else if versionBytes.starts(with: "HTTP/1.".utf8) {
            version = .http11
        } else if versionBytes.starts(with: "HTTP/".utf8) {
            throw .unsupportedVersion
        } else {
            throw .malformedRequestLine
        }
        var headers = HTTPHeaders()
        while let line = lines.next() {
            guard let first = line.first else { continue }
            // RFC 9112 §5.2: obsolete line folding may be rejected with 400.
            if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { throw .malformedHeader }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else {
                throw .malformedHeader
            }
            let name = line[line.startIndex..<colon]
            // RFC 9112 §5.1: no whitespace between the field name and the colon.
            guard name.allSatisfy(isTokenByte) else { throw .malformedHeader }
            var value = line[(colon + 1)...]
            while let c = value.first, c == 0x20 || c == 0x09 { value.removeFirst() }
            while let c = value.last, c == 0x20 || c == 0x09 { value.removeLast() }
            if value.contains(where: { $0 == 0 || $0 == 0x0D || $0 == 0x0A }) { throw .malformedHeader }
            headers.add(
                name: String(decoding: name, as: UTF8.self),
                value: String(decoding: value, as: UTF8.self))
        }
        let target = String(decoding: targetBytes, as: UTF8.self)
        let (path, query) = HTTPRequest.splitTarget(target)
        return Head(
            method: String(decoding: methodBytes, as: UTF8.self), target: target,
            version: version, headers: headers, path: path, query: query)
    }

    /// RFC 9110 §5.6.2 tchar.
    private static func isTokenByte(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
            UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "^"), UInt8(ascii: "`"),
            UInt8(ascii: "|"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    // MARK: Body framing (RFC 9112 §6)

    /// Sets the state for the body of `head`; returns whether it is streamed.
    private mutating func beginBody(_ head: Head) throws(HTTPDecodingError) -> Bool {
        let streamed = streamBody?(head.method, head.path) ?? false
        let limit = streamed ? Int.max : (bodyLimit?(head.method, head.path) ?? maxBodySize)
        // The usual request has one plain Content-Length and no Transfer-Encoding: one pass.
        var contentLengthCount = 0
        var contentLength: String?
        var hasTransferEncoding = false
        for field in head.headers {
            if HTTPHeaders.equalsIgnoringCase(field.name, "content-length") {
                contentLengthCount += 1
                contentLength = field.value
            } else if HTTPHeaders.equalsIgnoringCase(field.name, "transfer-encoding") {
                hasTransferEncoding = true
            }
        }
        if hasTransferEncoding {
            guard contentLengthCount == 0 else { throw .conflictingFraming }
            let codings = head.headers.values(for: "transfer-encoding").flatMap { $0.split(separator: ",") }
                .map { $0.trimmingHTTPWhitespace().lowercased() }
            guard codings == ["chunked"] else { throw .unsupportedTransferEncoding }
            state = streamed ? .streamedBody(.chunked(.size)) : .chunkedBody(head, .size, body: [], limit: limit)
        } else if let single = contentLength {
            let length: Int
            if contentLengthCount == 1, let plain = Self.plainLength(single) {
                length = plain
            } else {
                // RFC 9110 §8.6: a list of identical values may be taken as one.
                let values = Set(head.headers.values(for: "content-length")
                    .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
                    .map { String($0.trimmingHTTPWhitespace()) })
                guard values.count == 1, let text = values.first, let parsed = Self.plainLength(text) else {
                    throw .invalidContentLength
                }
                length = parsed
            }
            guard length <= limit else { throw .bodyTooLarge(limit: limit) }
            if streamed {
                state = length > 0 ? .streamedBody(.fixed(remaining: length)) : .head
            } else {
                state = .fixedBody(head, length: length)
            }
        } else {
            state = streamed ? .head : .fixedBody(head, length: 0)
        }
        if head.version == .http11, head.headers.hasToken("100-continue", in: "expect") {
            switch state {
            case .fixedBody(_, let length) where length > buffer.count - start: continuePending = true
            case .chunkedBody, .streamedBody: continuePending = true
            default: break
            }
        }
        return streamed
    }

    /// A Content-Length of 1 to 18 plain digits, else nil (the general rules then apply).
    private static func plainLength(_ text: String) -> Int? {
        var length = 0
        var digits = 0
        for c in text.utf8 {
            guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9"), digits < 18 else { return nil }
            length = length * 10 + Int(c - UInt8(ascii: "0"))
            digits += 1
        }
        return digits > 0 ? length : nil
    }

    /// Runs the chunked-coding state machine (RFC 9112 §7.1) over buffered bytes, appending
    /// chunk data to `body`, until the body ends (true, trailers consumed), the buffer runs
    /// dry, or `body` holds `maxBytes` (false).
    private mutating func advanceChunks<Sink: BodyBytesSink>(
        _ chunkState: inout ChunkState, body: inout Sink, maxBytes: Int, limit: Int
    ) throws(HTTPDecodingError) -> Bool {
        while true {
            switch chunkState {
            case .size:
                guard let lineEnd = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                    if buffer.count - start > 1024 { throw .malformedChunk }
                    return false
                }
                var line = buffer[start..<lineEnd]
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                if let semicolon = line.firstIndex(of: UInt8(ascii: ";")) { line = line[..<semicolon] }
                while let c = line.last, c == 0x20 || c == 0x09 { line.removeLast() }
                guard !line.isEmpty, line.count <= 15 else { throw .malformedChunk }
                var size = 0
                for c in line {
                    guard let digit = HTTPRequest.hexValue(c) else { throw .malformedChunk }
                    size = size << 4 | Int(digit)
                }
                start = lineEnd + 1
                if size == 0 {
                    chunkState = .trailer(bytes: 0)
                } else {
                    guard size <= limit - body.count else { throw .bodyTooLarge(limit: limit) }
                    chunkState = .data(remaining: size)
                }
            case .data(let remaining):
                let available = min(remaining, buffer.count - start, maxBytes - body.count)
                guard available > 0 else { return false }
                body.append(contentsOf: buffer[start..<start + available])
                start += available
                chunkState = available == remaining ? .dataEnd : .data(remaining: remaining - available)
            case .dataEnd:
                guard start < buffer.count else { return false }
                if buffer[start] == UInt8(ascii: "\r") {
                    guard start + 1 < buffer.count else { return false }
                    guard buffer[start + 1] == UInt8(ascii: "\n") else { throw .malformedChunk }
                    start += 2
                } else if buffer[start] == UInt8(ascii: "\n") {
                    start += 1
                } else {
                    throw .malformedChunk
                }
                chunkState = .size
            case .trailer(let bytes):
                // Trailer fields are read and discarded, up to the empty line.
                guard let lineEnd = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) else {
                    if bytes + buffer.count - start > maxHeaderSize { throw .headerTooLarge(limit: maxHeaderSize) }
                    return false
                }
                let lineLength = lineEnd - start
                let isEmpty = lineLength == 0 || (lineLength == 1 && buffer[start] == UInt8(ascii: "\r"))
                start = lineEnd + 1
                if isEmpty { return true }
                guard bytes + lineLength <= maxHeaderSize else { throw .headerTooLarge(limit: maxHeaderSize) }
                chunkState = .trailer(bytes: bytes + lineLength)
            }
        }
    }
}

/// Where decoded body bytes go: an array, or the caller's memory.
protocol BodyBytesSink {
    var count: Int { get }
    mutating func append(contentsOf bytes: ArraySlice<UInt8>)
}

extension Array: BodyBytesSink where Element == UInt8 {}

/// Fills caller-owned memory from the start.
private struct BufferFill: BodyBytesSink {
    let buffer: UnsafeMutableRawBufferPointer
    var count = 0

    mutating func append(contentsOf bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { source in
            guard let base = source.baseAddress else { return }
            (buffer.baseAddress! + count).copyMemory(from: base, byteCount: source.count)
        }
        count += bytes.count
    }
}
