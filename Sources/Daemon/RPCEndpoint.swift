// Routes HTTP to the API: XML-RPC on `POST /` (and every unknown POST path, `/RPC2`, `/json`),
// JSON-RPC on `POST /jsonrpc`. Transport failures (unparsable bodies) are HTTP 500 with xapi's
// page; API failures are HTTP 200 with a Failure status (notes/xapi-semantics.md §1.1, §1.5).
import API
import HTTP
import Wire

struct RPCEndpoint: HTTPHandler {
    enum Codec: Sendable { case xml, json }

    let api: APIServer
    let codec: Codec

    func handle(_ request: HTTPRequest) -> HTTPResponse {
        respond(request, blocking: true)!
    }

    /// Plain reads are answered on the connection's queue (see HTTPHandler); malformed bodies and
    /// everything else go to a worker.
    func respondWithoutBlocking(_ request: HTTPRequest) -> HTTPResponse? {
        respond(request, blocking: false)
    }

    private func respond(_ request: HTTPRequest, blocking: Bool) -> HTTPResponse? {
        let context = CallerContext(request)
        func run(_ call: RPCCall) -> CallOutcome? {
            blocking ? api.call(method: call.method, params: call.params, context: context)
                : api.callWithoutBlocking(method: call.method, params: call.params, context: context)
        }
        switch codec {
        case .xml:
            let call: RPCCall
            do {
                call = try XMLRPC.decodeCall(request.body)
            } catch {
                return blocking ? .internalError(additionalInformation: String(describing: error)) : nil
            }
            guard let outcome = run(call) else { return nil }
            let body: [UInt8]
            switch outcome {
            case .success(let v): body = XMLRPC.encodeSuccess(v)
            case .failure(let e): body = XMLRPC.encodeFailure(e)
            case .bare(let v): body = XMLRPC.encodeBareResponse(v)
            }
            return Self.response(body, contentType: "text/xml")
        case .json:
            let call: RPCCall
            do {
                call = try JSONRPC.decodeCall(request.body)
            } catch {
                return blocking ? .internalError(additionalInformation: String(describing: error)) : nil
            }
            let id = call.id ?? .null
            let version = call.jsonVersion ?? .v1
            guard let outcome = run(call) else { return nil }
            let body: [UInt8]
            switch outcome {
            case .success(let v), .bare(let v): body = JSONRPC.encodeSuccess(v, id: id, version: version)
            case .failure(let e): body = JSONRPC.encodeFailure(e, id: id, version: version)
            }
            return Self.response(body, contentType: "application/json")
        }
    }

    /// xapi's header order after content-length and connection, which the server writes first.
    static func response(_ body: [UInt8], contentType: String) -> HTTPResponse {
        HTTPResponse(status: .ok, headers: [
            ("cache-control", "no-cache, no-store"),
            ("content-type", contentType),
            ("Access-Control-Allow-Origin", "*"),
            ("Access-Control-Allow-Headers", "X-Requested-With"),
        ], body: .bytes(body))
    }
}

/// CORS pre-flight for the RPC paths (http_svr.ml respond_to_options).
struct OptionsEndpoint: HTTPHandler {
    func handle(_ request: HTTPRequest) -> HTTPResponse {
        let requested = request.headers["access-control-request-headers"].map { $0 + ", " } ?? ""
        return HTTPResponse(status: .ok, headers: [
            ("Access-Control-Allow-Origin", "*"),
            ("Access-Control-Allow-Headers", requested + "X-Requested-With"),
            ("Access-Control-Allow-Methods", "PUT"),
        ], body: .empty)
    }
}

extension CallerContext {
    init(_ request: HTTPRequest) {
        let transport: Transport
        switch request.peer.transport {
        case .unix: transport = .unixSocket
        case .tls: transport = .https
        case .tcp: transport = .http
        }
        var headers: [String: String] = [:]
        for field in request.headers {
            // Only a few headers matter; look at the first byte before lower-casing anything.
            guard let first = field.name.utf8.first, [0x74, 0x54, 0x73, 0x53, 0x78, 0x58].contains(first) else {
                continue
            }
            let name = field.name.lowercased()
            if name == "task-id" || name == "subtask-of" || name.hasPrefix("x-http-other-config-") {
                headers[name] = field.value
            }
        }
        self.init(transport: transport, peer: request.peer.description, headers: headers)
    }
}
