// The worker's side of bulk transfers, without a queue hop or a copy per piece: a streamed
// request body is read from the socket straight into the handler's buffer (through the
// decoder only for what it already buffered and for chunk framing), and a producer's bytes go
// from its own array to a plain socket. Both block in poll(2) with the connection's timeouts.
// TLS reads run on the queue (the session is shared with writes); TLS writes are queued.

/// A streamed body's decoder while its reader has it (`HTTPConnection.checkOutBody`).
struct HeldBody: Sendable {
    var decoder: HTTPRequestDecoder
    let token: Int
}

extension HTTPConnection: ByteSource {
    func readBody(into buffer: UnsafeMutableRawBufferPointer, token: Int) throws(HTTPStreamError) -> Int {
        let result: Result<Int, HTTPStreamError> = heldBody.withLock { held in
            do throws(HTTPStreamError) {
                return .success(try readBody(into: buffer, token: token, held: &held))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Gives the decoder back to the queue if the handler still holds it (it returned early).
    func returnHeldBody() {
        heldBody.withLock { held in _ = giveBack(&held, .returned) }
    }

    private func readBody(into buffer: UnsafeMutableRawBufferPointer, token: Int, held: inout HeldBody?)
        throws(HTTPStreamError) -> Int
    {
        if held?.token != token {
            _ = giveBack(&held, .returned)
            switch queue.sync(execute: { checkOutBody(token: token) }) {
            case .decoder(let decoder): held = HeldBody(decoder: decoder, token: token)
            case .end: return 0
            case .failed(let reason): throw HTTPStreamError(reason)
            }
        }
        while true {
            // What the decoder holds first: bytes read with the head, or with chunk framing.
            let buffered: Int?
            do {
                buffered = try held!.decoder.nextBodyBytes(into: buffer)
            } catch {
                _ = giveBack(&held, .failed)
                throw HTTPStreamError(error.description)
            }
            if let n = buffered {
                if !held!.decoder.isStreamingBody { _ = giveBack(&held, .ended) }
                return n
            }
            // Then body bytes straight into the caller's buffer, up to the framing's end.
            let direct = held!.decoder.directBodyLimit
            if direct > 0 {
                let n = try receive(into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<min(direct, buffer.count)]),
                                    held: &held)
                guard n > 0 else { return try endOfFile(&held) }
                held!.decoder.consumeDirectBody(n)
                if !held!.decoder.isStreamingBody { _ = giveBack(&held, .ended) }
                return n
            }
            // Chunk framing: a piece into the decoder.
            let n = try withUnsafeTemporaryAllocation(byteCount: 32 * 1024, alignment: 16) {
                scratch throws(HTTPStreamError) -> Int in
                let n = try receive(into: scratch, held: &held)
                held?.decoder.feed(UnsafeRawBufferPointer(rebasing: scratch[0..<n]))
                return n
            }
            guard n > 0 else { return try endOfFile(&held) }
        }
    }

    /// The client closed its side before the body's end: the body ends short (see `isComplete`),
    /// or the connection was closed under the reader.
    private func endOfFile(_ held: inout HeldBody?) throws(HTTPStreamError) -> Int {
        if let reason = giveBack(&held, .endOfFile) { throw HTTPStreamError(reason) }
        return 0
    }

    @discardableResult
    private func giveBack(_ held: inout HeldBody?, _ how: BodyCheckin) -> String? {
        guard let body = held else { return nil }
        held = nil
        return queue.sync { checkInBody(body.decoder, how) }
    }

    /// One read of the socket into `buffer`, waiting for input: 0 at end of file. A stalled
    /// client or a failed socket closes the connection.
    private func receive(into buffer: UnsafeMutableRawBufferPointer, held: inout HeldBody?)
        throws(HTTPStreamError) -> Int
    {
        let timeout = Self.milliseconds(configuration.requestTimeout)
        while true {
            let result = transport.allowsConcurrentDirections ? transport.read(into: buffer) : queue.sync { readOnQueue(into: buffer) }
            switch result {
            case .transferred(let n):
                return n
            case .endOfFile:
                return 0
            case .wantRead, .wantWrite:
                if transport.socket.waitUntilReady(forWriting: result == .wantWrite, timeoutMilliseconds: timeout) { continue }
                _ = giveBack(&held, .failed)
                queue.sync { dropFromWorker("client stopped sending the body; dropped") }
                throw HTTPStreamError("the connection is closed")
            case .failed:
                _ = giveBack(&held, .failed)
                queue.sync { dropFromWorker(nil) }
                throw HTTPStreamError("the connection is closed")
            }
        }
    }

    /// Writes `bytes` to a plain socket from this thread, blocking while the client lags: true
    /// once sent, false if the connection is gone, nil where the bytes must be queued instead
    /// (TLS, or earlier output still queued).
    func sendDirectly(_ bytes: [UInt8], token: Int?) -> Bool? {
        bytes.withUnsafeBytes { raw in
            sendDirectly(count: raw.count, token: token) { done in
                transport.write(UnsafeRawBufferPointer(rebasing: raw[done...]))
            }
        }
    }

    /// Sends `count` zero bytes as `sendDirectly` does, with no copy from user memory where the
    /// kernel allows; nil where they must be queued.
    func sendZerosDirectly(_ count: Int, token: Int?) -> Bool? {
        let socket = transport.socket
        guard Socket.canSendZeros else { return nil }
        return sendDirectly(count: count, token: token) { done in
            switch socket.sendZeros(count - done) {
            case .transferred(let n)?: return .transferred(n)
            case .wouldBlock?: return .wantWrite
            case .endOfFile?, nil: return .endOfFile
            case .failed(let e)?: return .failed(Socket.errorText(e))
            }
        }
    }

    /// Runs `write` (given the bytes done so far) until `count` bytes are done, waiting while
    /// the socket is full.
    private func sendDirectly(count: Int, token: Int?, _ write: (Int) -> TransportResult) -> Bool? {
        guard transport.allowsConcurrentDirections else { return nil }
        switch queue.sync(execute: { beginDirectWrite(token: token) }) {
        case true?: break
        case false?: return false
        case nil: return nil
        }
        let timeout = Self.milliseconds(configuration.sendTimeout)
        var failure: String?
        var done = 0
        while done < count {
            switch write(done) {
            case .transferred(let n):
                done += n
            case .wantWrite, .wantRead:
                if !transport.socket.waitUntilReady(forWriting: true, timeoutMilliseconds: timeout) {
                    failure = "client stopped reading; dropped"
                }
            case .endOfFile, .failed:
                failure = ""
            }
            if failure != nil { break }
        }
        return queue.sync { endDirectWrite(failure: failure) }
    }

    static func milliseconds(_ duration: Duration) -> Int32 {
        Int32(clamping: duration.nanoseconds / 1_000_000)
    }
}
