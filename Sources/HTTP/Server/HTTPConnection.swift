// One accepted connection. Reads with a Dispatch read source, decodes requests, runs each on
// the worker pool in order, and writes responses through an output buffer drained by a write
// source, so a slow or stalled client only ever holds up its own connection.
//
// Invariant: every mutable property is touched only on `queue` (a serial queue targeting the
// global pool). Worker threads reach the connection only through `queue.sync`, which runs the
// block on the worker itself when the queue is free (no thread hop); the queue never waits on a
// worker, so this cannot deadlock. Workers that must wait (for the client to read output or to
// send input) block on a semaphore the queue signals.
//
// Bulk transfers bypass the queue (HTTPConnection+DirectIO.swift): a handler reading a streamed
// body checks the decoder out and reads the socket itself, and a producer writes straight to a
// plain socket while no output is queued; meanwhile the queue leaves that direction alone.

import Dispatch

final class HTTPConnection: @unchecked Sendable {
    private enum Phase {
        /// TLS handshake in progress.
        case handshaking
        /// Reading requests and writing responses.
        case open
        /// No more requests; close once the output is flushed.
        case draining
        /// Output shut down; discarding input until EOF or a short deadline, so unread
        /// request bytes do not turn the close into a reset that destroys the response
        /// (RFC 9112 §9.6).
        case lingering
        case closed
    }

    private enum Mode {
        /// HTTP requests and responses.
        case requests
        /// A handler owns the raw stream (`HTTPBody.takeover`).
        case takeover
    }

    private static let readChunk = 32 * 1024
    private static let writeChunk = 256 * 1024
    /// A streaming producer blocks above `highWater` unsent bytes until below `lowWater`.
    private static let highWater = 512 * 1024
    private static let lowWater = 128 * 1024
    /// Reading pauses when this much streamed input waits for its consumer.
    private static let inputHighWater = 1024 * 1024
    private static let lingerTime: UInt64 = 2_000_000_000

    let id: Int
    let queue: DispatchQueue
    /// Used on `queue`, and by a worker for a direct transfer (HTTPConnection+DirectIO.swift).
    let transport: any Transport
    private let context: ServerContext
    let configuration: HTTPServerConfiguration
    private let peer: PeerInfo

    private var phase: Phase
    private var mode = Mode.requests
    private var decoder: HTTPRequestDecoder
    private var readSource: DispatchSourceRead?
    private var writeSource: DispatchSourceWrite?
    private var timer: DispatchSourceTimer?
    private var readSuspended = false
    private var writeArmed = false
    private var liveFDSources = 0

    /// Complete requests not yet handed to a worker.
    private var pending: [HTTPRequest] = []
    /// A request is with a worker, or its response is still being produced.
    private var inFlight = false
    /// The keep-alive decision for the response in flight.
    private var responseKeepAlive = false
    /// The decoder failed; answer with this after the responses already owed.
    private var pendingError: HTTPDecodingError?
    /// The request being received wants `100 Continue` once it is its turn.
    private var continueOwed = false
    /// A CONNECT or Upgrade request is pending: what follows may not be HTTP.
    private var parsingPaused = false
    /// EOF seen, or reading stopped for good.
    private var readClosed = false
    /// The peer sent EOF (or TLS close_notify).
    private var peerClosed = false
    /// A TLS read needs the socket writable first (or a write needs it readable).
    private var readWantsWrite = false
    private var writeWantsRead = false

    private var output: [UInt8] = []
    private var outputStart = 0
    /// Writers blocked until the client reads (a producer, or both sides of a tunnel).
    private var waitingProducers: [DispatchSemaphore] = []

    /// Input of a taken-over connection not yet read by its handler.
    private var rawInput: [UInt8] = []
    private var rawStart = 0
    /// Identifies the body reader or stream of the response in flight; others are stale.
    private var streamToken = 0
    private var activeToken: Int?
    private var bodyComplete = false
    /// Readers blocked until the client sends more.
    private var waitingReaders: [DispatchSemaphore] = []

    /// A handler's thread has the decoder and reads the socket (`checkOutBody`).
    private var directBody = false
    /// A producer's thread is writing to the socket (`beginDirectWrite`).
    private var directWrite = false
    /// The sources are gone but a handler's thread still uses the descriptor: it closes when
    /// that thread is done.
    private var closeDeferred = false
    /// The checked-out decoder of a streamed body; only its reading thread touches it.
    let heldBody = Locked<HeldBody?>(nil)

    private let acceptedAt: UInt64
    private var lastActivity: UInt64
    private var lastWriteProgress: UInt64
    private var requestStartedAt: UInt64?
    private var lingerDeadline: UInt64 = 0
    private var timerDeadline: UInt64 = .max

    init(id: Int, transport: any Transport, peer: PeerInfo, context: ServerContext) {
        self.id = id
        self.transport = transport
        self.context = context
        self.peer = peer
        configuration = context.configuration
        queue = DispatchQueue(label: "http.connection", target: .global())
        phase = peer.transport == .tls ? .handshaking : .open
        decoder = HTTPRequestDecoder(
            maxHeaderSize: configuration.maxHeaderSize, maxBodySize: configuration.maxRequestBodySize,
            peer: peer)
        decoder.bodyLimit = configuration.requestBodyLimit
        decoder.streamBody = configuration.streamedRequestBodies
        let now = Self.now()
        acceptedAt = now
        lastActivity = now
        lastWriteProgress = now
    }

    private static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    private var unsentCount: Int { output.count - outputStart }

    private var isOpenForIO: Bool { phase == .open || phase == .draining }

    // MARK: Lifecycle

    func start() {
        queue.async { [self] in
            let fd = transport.socket.fd
            let read = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
            read.setEventHandler { [self] in onReadable() }
            read.setCancelHandler { [self] in sourceCancelled() }
            let write = DispatchSource.makeWriteSource(fileDescriptor: fd, queue: queue)
            write.setEventHandler { [self] in onWritable() }
            write.setCancelHandler { [self] in sourceCancelled() }
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.setEventHandler { [self] in onTimer() }
            readSource = read
            writeSource = write
            self.timer = timer
            liveFDSources = 2
            read.resume()
            timer.resume()
            // The write source stays suspended until output is blocked.
            if phase == .handshaking { advanceHandshake() }
            scheduleTimer()
        }
    }

    /// Server shutdown: take no new requests; finish the one in flight, then close.
    func stop() {
        queue.async { [self] in
            switch phase {
            case .closed: return
            case .handshaking, .lingering:
                close()
                return
            case .open, .draining:
                guard mode == .requests else { return }  // a takeover ends with its handler
                pending.removeAll()
                pendingError = nil
                continueOwed = false
                // A request in flight keeps reading (its body may be streaming); its response
                // says `connection: close` because the server is stopping.
                if !inFlight {
                    readClosed = true
                    suspendReading()
                    beginDraining()
                }
                scheduleTimer()
            }
        }
    }

    /// Closes at once: cancels the sources (the last cancel handler closes the descriptor) and
    /// releases blocked workers.
    private func close() {
        guard phase != .closed else { return }
        phase = .closed
        pending.removeAll()
        output = []
        outputStart = 0
        rawInput = []
        rawStart = 0
        wakeProducer()
        wakeReader()
        // Wakes a handler's thread blocked on the socket; the descriptor stays open until it is done.
        if directBody || directWrite { transport.socket.shutdownBoth() }
        if let readSource {
            if readSuspended { readSource.resume() }
            readSource.cancel()
        }
        if let writeSource {
            if !writeArmed { writeSource.resume() }
            writeSource.cancel()
        }
        readSuspended = false
        writeArmed = false
        timer?.cancel()
        timer = nil
        context.unregister(id)
    }

    private func sourceCancelled() {
        liveFDSources -= 1
        if liveFDSources == 0 {
            if directBody || directWrite {
                closeDeferred = true
            } else {
                transport.close()
            }
            readSource = nil
            writeSource = nil
        }
    }

    // MARK: Reading

    private func advanceHandshake() {
        switch transport.handshake() {
        case .transferred:
            phase = .open
            disarmWriteIfIdle()
            onReadable()
        case .wantRead:
            disarmWriteIfIdle()
        case .wantWrite:
            armWrite()
        case .endOfFile:
            close()
        case .failed(let reason):
            log("TLS handshake failed: \(reason)")
            close()
        }
    }

    private func log(_ message: @autoclosure () -> String) {
        configuration.log?("http \(peer): \(message())")
    }

    /// Bytes waiting for a consumer beyond which reading pauses.
    private var inputBacklogFull: Bool {
        switch mode {
        case .takeover: return rawInput.count - rawStart >= Self.inputHighWater
        case .requests:
            if decoder.isStreamingBody { return decoder.bufferedByteCount >= Self.inputHighWater }
            return decoder.bufferedByteCount > configuration.maxHeaderSize + configuration.maxRequestBodySize
        }
    }

    private func onReadable() {
        switch phase {
        case .closed: return
        case .handshaking:
            advanceHandshake()
            return
        case .lingering:
            discardInput()
            return
        case .open, .draining:
            break
        }
        if writeWantsRead {
            writeWantsRead = false
            flush()
            guard isOpenForIO else { return }
        }
        if directBody {
            suspendReading()
            return
        }
        guard !readClosed, !readSuspended else { return }
        var received = false
        var more = false
        withUnsafeTemporaryAllocation(byteCount: Self.readChunk, alignment: 16) { buffer in
            for _ in 0..<8 {
                switch transport.read(into: buffer) {
                case .transferred(let n):
                    let bytes = UnsafeRawBufferPointer(rebasing: buffer[0..<n])
                    if mode == .takeover {
                        rawInput.append(contentsOf: bytes)
                    } else {
                        decoder.feed(bytes)
                    }
                    received = true
                    if inputBacklogFull { return }
                    // Nothing more on the socket now: spare the read that would say so.
                    if n < buffer.count && transport.shortReadDrains { return }
                case .wantRead:
                    return
                case .wantWrite:
                    readWantsWrite = true
                    armWrite()
                    return
                case .endOfFile:
                    readClosed = true
                    peerClosed = true
                    return
                case .failed:
                    close()
                    return
                }
            }
            more = true
        }
        guard phase != .closed else { return }
        if received { lastActivity = Self.now() }
        if received || peerClosed { wakeReader() }
        if mode == .requests {
            processInput()
        } else {
            updateReading()
        }
        // Data may be buffered inside TLS with nothing left on the socket to wake the source.
        if more, isOpenForIO, !readSuspended { queue.async { [self] in onReadable() } }
        scheduleTimer()
    }

    /// Moves complete requests from the decoder to `pending` and starts the next one.
    private func processInput() {
        guard phase == .open, mode == .requests else { return }
        while pendingError == nil, !parsingPaused, pending.count < configuration.maxPipelinedRequests {
            do {
                guard let request = try decoder.nextRequest() else { break }
                pending.append(request)
                continueOwed = false
                // RFC 9110 §9.3.6, §7.8: what follows CONNECT or an upgrade may not be HTTP.
                if request.method == "CONNECT" || request.headers.contains("upgrade") { parsingPaused = true }
            } catch {
                pendingError = error
                readClosed = true
                log("bad request: \(error)")
            }
        }
        if decoder.takeContinueExpectation() { continueOwed = true }
        requestStartedAt = decoder.hasPartialRequest ? (requestStartedAt ?? Self.now()) : nil
        updateReading()
        dispatchNext()
    }

    /// Reads while there is room for what is read, and pauses otherwise.
    private func updateReading() {
        if directBody {
            suspendReading()
            return
        }
        let wanted: Bool
        switch mode {
        case .takeover:
            wanted = !readClosed && !inputBacklogFull
        case .requests:
            wanted =
                !readClosed && pendingError == nil && !parsingPaused
                && pending.count < configuration.maxPipelinedRequests && !inputBacklogFull
        }
        if wanted { resumeReading() } else { suspendReading() }
    }

    private func dispatchNext() {
        guard phase == .open, mode == .requests, !inFlight else { return }
        if !pending.isEmpty {
            var request = pending.removeFirst()
            inFlight = true
            activeToken = nil
            if request.isStreamed {
                streamToken += 1
                activeToken = streamToken
                bodyComplete = false
                request.bodyReader = HTTPBodyReader(source: self, token: streamToken)
                let streamed = request
                let handler = context.handler
                context.pool.submit { [self] in serve(streamed) { handler.handle(streamed) } }
                return
            }
            let prepared = request
            switch context.handler.prepare(request) {
            case .ready(let response):
                if case .bytes(let body) = response.body {
                    let keepAlive = decideKeepAlive(request, response, untilClose: false)
                    enqueue(response, body: body, for: request, keepAlive: keepAlive)
                    finishResponse(aborted: false)
                    return
                }
                context.pool.submit { [self] in serve(prepared) { response } }
            case .blocking(let work):
                context.pool.submit { [self] in serve(prepared, work) }
            }
        } else if let error = pendingError {
            pendingError = nil
            let response = error.response
            enqueue(HTTPResponseEncoder.encode(
                status: response.status, headers: response.headers, body: Self.bytes(of: response.body),
                version: .http11, keepAlive: false))
            beginDraining()
        } else if readClosed {
            beginDraining()
        } else if continueOwed {
            continueOwed = false
            enqueue(HTTPResponseEncoder.continueResponse)
        }
    }

    private func suspendReading() {
        guard let readSource, !readSuspended, phase != .closed else { return }
        readSuspended = true
        readSource.suspend()
    }

    private func resumeReading() {
        guard let readSource, readSuspended, phase != .closed else { return }
        readSuspended = false
        readSource.resume()
        // Plaintext may wait inside TLS with nothing on the socket to fire the source.
        if transport is TLSTransport { queue.async { [self] in onReadable() } }
    }

    private func discardInput() {
        withUnsafeTemporaryAllocation(byteCount: Self.readChunk, alignment: 16) { buffer in
            for _ in 0..<8 {
                switch transport.socket.read(into: buffer) {
                case .transferred: continue
                case .wouldBlock: return
                case .endOfFile, .failed:
                    close()
                    return
                }
            }
        }
    }

    // MARK: Handling (on a worker thread)

    /// Runs the handler and, for a streamed body or a takeover, the producer; called on a
    /// worker thread.
    private func serve(_ request: HTTPRequest, _ produce: () -> HTTPResponse) {
        let response = produce()
        if request.isStreamed { returnHeldBody() }
        let isHead = request.method == "HEAD"
        switch response.body {
        case .bytes(let body):
            queue.sync {
                let keepAlive = decideKeepAlive(request, response, untilClose: false)
                if phase != .closed {
                    enqueue(response, body: body, for: request, keepAlive: keepAlive)
                }
                finishResponse(aborted: false)
            }
        case .chunked(let produce):
            let framing: ChunkWriter.Framing =
                isHead ? .discard : (request.version == .http10 ? .untilClose : .chunked)
            queue.sync {
                let keepAlive = decideKeepAlive(request, response, untilClose: framing == .untilClose)
                guard phase != .closed else { return }
                enqueue(HTTPResponseEncoder.encodeHead(
                    status: response.status, headers: response.headers, version: request.version,
                    keepAlive: keepAlive, framing: framing == .untilClose ? .untilClose : .chunked))
            }
            let writer = ChunkWriter(sink: ConnectionSink(connection: self), framing: framing)
            var failed = false
            if framing != .discard {
                do {
                    try produce(writer)
                    try writer.finish()
                } catch {
                    failed = true
                }
            }
            let aborted = failed
            queue.sync { finishResponse(aborted: aborted) }
        case .takeover(let run):
            // A connection already gone still runs the handler, on a stream whose reads and writes
            // fail at once (no token is ever -1), so that what it started (a task) ends.
            let token = queue.sync(execute: { beginTakeover() })
            var failed = token == nil
            do {
                try run(HTTPConnectionStream(stream: self, token: token ?? -1, peer: peer))
            } catch {
                failed = true
            }
            let aborted = failed
            queue.sync { token == nil ? finishResponse(aborted: true) : finishTakeover(aborted: aborted) }
        }
    }

    private func decideKeepAlive(_ request: HTTPRequest, _ response: HTTPResponse, untilClose: Bool) -> Bool {
        // Closing after this response unless something else is owed on the connection:
        // pipelined requests, or the error answer to what followed them.
        let nothingMoreToRead = readClosed && pending.isEmpty && pendingError == nil
        responseKeepAlive =
            request.wantsKeepAlive && !response.requestsClose && !untilClose && !nothingMoreToRead
            && !context.isStopping && phase == .open
        return responseKeepAlive
    }

    private func finishResponse(aborted: Bool) {
        inFlight = false
        activeToken = nil
        wakeReader()
        lastActivity = Self.now()
        guard phase != .closed else { return }
        if aborted {
            close()
            return
        }
        // An unread streamed body leaves the connection out of step: close it.
        if !responseKeepAlive || decoder.isStreamingBody {
            pending.removeAll()
            pendingError = nil
            readClosed = true
            suspendReading()
            beginDraining()
        } else {
            parsingPaused = false
            processInput()
        }
        scheduleTimer()
    }

    private func beginTakeover() -> Int? {
        guard phase == .open else { return nil }
        mode = .takeover
        rawInput = decoder.takeBufferedBytes()
        rawStart = 0
        pending.removeAll()
        pendingError = nil
        continueOwed = false
        parsingPaused = false
        requestStartedAt = nil
        responseKeepAlive = false
        streamToken += 1
        activeToken = streamToken
        updateReading()
        return streamToken
    }

    private func finishTakeover(aborted: Bool) {
        inFlight = false
        activeToken = nil
        wakeReader()
        guard phase != .closed else { return }
        if aborted {
            close()
            return
        }
        readClosed = true
        suspendReading()
        beginDraining()
        scheduleTimer()
    }

    private static func bytes(of body: HTTPBody) -> [UInt8] {
        if case .bytes(let bytes) = body { return bytes }
        return []
    }

    // MARK: Writing

    private func enqueue(_ bytes: [UInt8]) {
        guard phase != .closed, phase != .lingering else { return }
        if outputStart > 0 && outputStart == output.count {
            output.removeAll(keepingCapacity: output.capacity <= 4 * Self.writeChunk)
            outputStart = 0
        }
        output.append(contentsOf: bytes)
        flush()
    }

    /// Queues a whole response with a byte body. For a HEAD request the length is announced but
    /// no body is sent (RFC 9110 §9.3.2).
    private func enqueue(_ response: HTTPResponse, body: [UInt8], for request: HTTPRequest, keepAlive: Bool) {
        let hasBody = !HTTPResponseEncoder.hasNoBody(response.status)
        let head = HTTPResponseEncoder.encodeHead(
            status: response.status, headers: response.headers, version: request.version, keepAlive: keepAlive,
            framing: hasBody ? .contentLength(body.count) : .none)
        if hasBody && !body.isEmpty && request.method != "HEAD" {
            enqueue(head, body)
        } else {
            enqueue(head)
        }
    }

    /// Queues `head` then `body`. With nothing else waiting to go out, both are handed to the
    /// socket in one gather write and only what it does not take is copied into `output`.
    private func enqueue(_ head: [UInt8], _ body: [UInt8]) {
        guard phase != .closed, phase != .lingering else { return }
        var result: TransportResult?
        if unsentCount == 0 && !directWrite {
            result = head.withUnsafeBytes { h in body.withUnsafeBytes { b in transport.write(h, b) } }
        }
        guard let result else {
            enqueue(head + body)
            return
        }
        if outputStart > 0 {
            output.removeAll(keepingCapacity: output.capacity <= 4 * Self.writeChunk)
            outputStart = 0
        }
        switch result {
        case .transferred(let n):
            lastWriteProgress = Self.now()
            if n < head.count {
                output.append(contentsOf: head[n...])
                output.append(contentsOf: body)
            } else if n < head.count + body.count {
                output.append(contentsOf: body[(n - head.count)...])
            }
        case .wantWrite, .wantRead:
            output.append(contentsOf: head)
            output.append(contentsOf: body)
        case .endOfFile, .failed:
            close()
            return
        }
        flush()
    }

    /// Writes as much as the socket takes; arms the write source for the rest.
    private func flush() {
        // A producer writing directly owns the socket's output; what is queued meanwhile
        // follows when it is done.
        guard !directWrite else { return }
        while outputStart < output.count {
            let end = min(output.count, outputStart + Self.writeChunk)
            let result = output.withUnsafeBytes { raw in
                transport.write(UnsafeRawBufferPointer(rebasing: raw[outputStart..<end]))
            }
            switch result {
            case .transferred(let n):
                outputStart += n
                lastWriteProgress = Self.now()
            case .wantWrite:
                armWrite()
                compactOutput()
                wakeProducerIfDrained()
                return
            case .wantRead:
                writeWantsRead = true
                resumeReading()
                return
            case .endOfFile, .failed:
                close()
                return
            }
        }
        output.removeAll(keepingCapacity: output.capacity <= 4 * Self.writeChunk)
        outputStart = 0
        disarmWriteIfIdle()
        wakeProducerIfDrained()
        if phase == .draining { finishDraining() }
    }

    private func compactOutput() {
        if outputStart >= 1024 * 1024 {
            output.removeSubrange(0..<outputStart)
            outputStart = 0
        }
    }

    private func onWritable() {
        switch phase {
        case .closed: return
        case .handshaking:
            advanceHandshake()
            return
        case .lingering:
            disarmWriteIfIdle()
            return
        case .open, .draining:
            break
        }
        if readWantsWrite {
            readWantsWrite = false
            onReadable()
            guard isOpenForIO else { return }
        }
        if unsentCount > 0 {
            flush()
        } else {
            disarmWriteIfIdle()
        }
        scheduleTimer()
    }

    private func armWrite() {
        guard let writeSource, !writeArmed, phase != .closed else { return }
        writeArmed = true
        writeSource.resume()
    }

    private func disarmWriteIfIdle() {
        guard let writeSource, writeArmed, unsentCount == 0, !readWantsWrite else { return }
        if case .handshaking = phase { return }
        writeArmed = false
        writeSource.suspend()
    }

    private func beginDraining() {
        guard phase == .open else { return }
        phase = .draining
        if unsentCount == 0 { finishDraining() }
    }

    private func finishDraining() {
        guard phase == .draining, !inFlight else { return }
        transport.shutdownOutput()
        if peerClosed || context.isStopping {
            close()
            return
        }
        phase = .lingering
        lingerDeadline = Self.now() + Self.lingerTime
        resumeReading()
        scheduleTimer()
    }

    // MARK: Streams (called from worker threads)

    /// Queues bytes from a producer or a takeover; says whether the worker must wait for the
    /// client to read.
    fileprivate func acceptStreamed(_ bytes: [UInt8], token: Int?, wake: DispatchSemaphore) -> StreamAdmission {
        guard isOpenForIO else { return .closed }
        if let token, token != activeToken { return .closed }
        enqueue(bytes)
        guard isOpenForIO else { return .closed }
        scheduleTimer()
        if unsentCount > Self.highWater {
            waitingProducers.append(wake)
            return .wait
        }
        return .accepted
    }

    fileprivate var isClosedForStreaming: Bool { !isOpenForIO }

    private func wakeProducerIfDrained() {
        if unsentCount <= Self.lowWater { wakeProducer() }
    }

    /// Wakes every blocked writer to try again.
    private func wakeProducer() {
        let producers = waitingProducers
        waitingProducers.removeAll()
        for producer in producers { producer.signal() }
    }

    private func waitReader(_ wake: DispatchSemaphore) {
        waitingReaders.append(wake)
    }

    /// Wakes every blocked reader to try again.
    private func wakeReader() {
        let readers = waitingReaders
        waitingReaders.removeAll()
        for reader in readers { reader.signal() }
    }

    private enum InputAdmission {
        case bytes([UInt8])
        case end
        case wait
        case failed(String)
    }

    /// Hands a takeover stream the next input, or registers it to be woken.
    private func takeInput(maxLength: Int, token: Int, wake: DispatchSemaphore) -> InputAdmission {
        guard phase != .closed else { return .failed("the connection is closed") }
        guard token == activeToken, mode == .takeover else { return .failed("the response has already finished") }
        if rawStart < rawInput.count {
            let end = min(rawInput.count, rawStart + maxLength)
            let bytes = Array(rawInput[rawStart..<end])
            rawStart = end
            if rawStart == rawInput.count {
                rawInput.removeAll(keepingCapacity: true)
                rawStart = 0
            } else if rawStart >= Self.inputHighWater {
                rawInput.removeSubrange(0..<rawStart)
                rawStart = 0
            }
            updateReading()
            return .bytes(bytes)
        }
        if readClosed { return .end }
        waitReader(wake)
        updateReading()
        return .wait
    }

    // MARK: Direct transfers (the queue's side)

    enum BodyCheckout {
        case decoder(HTTPRequestDecoder)
        case end
        case failed(String)
    }

    /// Hands the decoder of the streamed body in flight to its reader, which then reads the
    /// socket itself; the queue stops reading until `checkInBody`.
    func checkOutBody(token: Int) -> BodyCheckout {
        guard phase != .closed else { return .failed("the connection is closed") }
        guard token == activeToken, mode == .requests else { return .failed("the response has already finished") }
        if bodyComplete { return .end }
        directBody = true
        suspendReading()
        if continueOwed {
            continueOwed = false
            enqueue(HTTPResponseEncoder.continueResponse)
        }
        // Swapped, not copied: the reader's decoder must own its buffer to append without a copy.
        var taken = HTTPRequestDecoder()
        swap(&taken, &decoder)
        return .decoder(taken)
    }

    enum BodyCheckin {
        /// The body reached its framed end.
        case ended
        /// The client closed its side first.
        case endOfFile
        /// Bad framing, or the socket failed (the connection is then closed).
        case failed
        /// The handler finished without reading to the end.
        case returned
    }

    /// Takes the decoder back from the body's reader; the reason the read fails if the
    /// connection has closed meanwhile.
    func checkInBody(_ returned: HTTPRequestDecoder, _ how: BodyCheckin) -> String? {
        decoder = returned
        directBody = false
        lastActivity = Self.now()
        closeIfDeferred()
        guard phase != .closed else { return "the connection is closed" }
        switch how {
        case .ended:
            bodyComplete = true
            processInput()
        case .endOfFile:
            readClosed = true
            peerClosed = true
            suspendReading()
        case .failed, .returned:
            if decoder.isStreamingBody || how == .failed {
                readClosed = true
                suspendReading()
            } else {
                bodyComplete = true
                processInput()
            }
        }
        scheduleTimer()
        return nil
    }

    func isComplete(token: Int) -> Bool {
        queue.sync { bodyComplete }
    }

    /// A worker found the client stalled or the socket failed: closes the connection.
    func dropFromWorker(_ reason: String?) {
        if let reason { log(reason) }
        close()
    }

    /// Lets a producer write to the socket itself: true once it may, nil while queued output
    /// must go first (it then queues its bytes too), false once the connection is gone.
    func beginDirectWrite(token: Int?) -> Bool? {
        guard isOpenForIO else { return false }
        if let token, token != activeToken { return false }
        guard unsentCount == 0, !directWrite, transport.allowsConcurrentDirections else { return nil }
        directWrite = true
        return true
    }

    /// Ends a direct write: whether the connection is still open for more.
    func endDirectWrite(failure: String?) -> Bool {
        directWrite = false
        lastWriteProgress = Self.now()
        closeIfDeferred()
        if let failure { dropFromWorker(failure.isEmpty ? nil : failure) }
        guard isOpenForIO else { return false }
        if unsentCount > 0 { flush() }
        scheduleTimer()
        return isOpenForIO
    }

    private func closeIfDeferred() {
        guard closeDeferred, !directBody, !directWrite else { return }
        closeDeferred = false
        transport.close()
    }

    /// Reads for a TLS connection's body reader, on the queue (the session is shared with
    /// writes): as much as OpenSSL has, up to the buffer's size.
    func readOnQueue(into buffer: UnsafeMutableRawBufferPointer) -> TransportResult {
        guard phase != .closed else { return .endOfFile }
        var total = 0
        while total < buffer.count {
            let result = transport.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[total...]))
            guard case .transferred(let n) = result else { return total > 0 ? .transferred(total) : result }
            total += n
        }
        return .transferred(total)
    }

    // MARK: Timeouts

    /// When the current state times out; nil while a handler runs with nothing to send.
    private func deadline() -> UInt64? {
        switch phase {
        case .closed: return nil
        case .handshaking: return acceptedAt &+ configuration.requestTimeout.nanoseconds
        case .lingering: return lingerDeadline
        case .open, .draining:
            if unsentCount > 0 { return lastWriteProgress &+ configuration.sendTimeout.nanoseconds }
            if !waitingReaders.isEmpty, mode == .requests {
                return lastActivity &+ configuration.requestTimeout.nanoseconds
            }
            if inFlight || !pending.isEmpty || pendingError != nil { return nil }
            if let started = requestStartedAt { return started &+ configuration.requestTimeout.nanoseconds }
            return lastActivity &+ configuration.idleTimeout.nanoseconds
        }
    }

    private func scheduleTimer() {
        guard let timer, let deadline = deadline(), deadline < timerDeadline else { return }
        timerDeadline = deadline
        timer.schedule(deadline: DispatchTime(uptimeNanoseconds: deadline), leeway: .milliseconds(50))
    }

    private func onTimer() {
        timerDeadline = .max
        guard let deadline = deadline() else { return }
        guard deadline <= Self.now() else {
            scheduleTimer()
            return
        }
        switch phase {
        case .closed: return
        case .handshaking, .lingering: close()
        case .open, .draining:
            if unsentCount > 0 || !waitingReaders.isEmpty {
                log(unsentCount > 0 ? "client stopped reading; dropped" : "client stopped sending the body; dropped")
                close()
            } else if requestStartedAt != nil, phase == .open, !inFlight {
                // xapi: response_request_timeout.
                log("request not completed in time; 408")
                readClosed = true
                suspendReading()
                let response = HTTPResponse.requestTimeout()
                enqueue(HTTPResponseEncoder.encode(
                    status: response.status, headers: response.headers, body: Self.bytes(of: response.body),
                    version: .http11, keepAlive: false))
                beginDraining()
                scheduleTimer()
            } else {
                close()
            }
        }
    }
}

extension HTTPConnection: ByteStream {
    /// Input of a taken-over connection.
    func readBytes(maxLength: Int, token: Int) throws(HTTPStreamError) -> [UInt8] {
        while true {
            let wake = DispatchSemaphore(value: 0)
            switch queue.sync(execute: { takeInput(maxLength: maxLength, token: token, wake: wake) }) {
            case .bytes(let bytes): return bytes
            case .end: return []
            case .failed(let reason): throw HTTPStreamError(reason)
            case .wait: wake.wait()
            }
        }
    }

    func writeBytes(_ bytes: [UInt8], token: Int) throws(HTTPStreamError) {
        do {
            try ConnectionSink(connection: self, token: token).send(bytes)
        } catch {
            throw HTTPStreamError(error.description)
        }
    }

    func writeZeros(_ count: Int, token: Int) throws(HTTPStreamError) {
        switch sendZerosDirectly(count, token: token) {
        case true?: return
        case false?: throw HTTPStreamError(ChunkWriterError().description)
        case nil: break
        }
        let zeros = [UInt8](repeating: 0, count: min(count, 1 << 20))
        var left = count
        while left > 0 {
            let n = min(left, zeros.count)
            try writeBytes(n == zeros.count ? zeros : Array(zeros[0..<n]), token: token)
            left -= n
        }
    }
}

enum StreamAdmission {
    case accepted
    case wait
    case closed
}

/// Hands a producer's bytes to its connection, blocking the producer while the client lags.
private struct ConnectionSink: ChunkSink {
    let connection: HTTPConnection
    /// For a takeover stream: writes after its handler returned are refused.
    var token: Int?

    func send(_ bytes: [UInt8]) throws(ChunkWriterError) {
        switch connection.sendDirectly(bytes, token: token) {
        case true?: return
        case false?: throw ChunkWriterError()
        case nil: break
        }
        let wake = DispatchSemaphore(value: 0)
        let admission = connection.queue.sync { connection.acceptStreamed(bytes, token: token, wake: wake) }
        switch admission {
        case .accepted: return
        case .closed: throw ChunkWriterError()
        case .wait:
            wake.wait()
            if connection.queue.sync(execute: { connection.isClosedForStreaming }) { throw ChunkWriterError() }
        }
    }
}
