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
        switch prepare(request) {
        case .ready(let response): return response
        case .blocking(let work): return work()
        }
    }

    /// Decodes the body once; plain reads are answered here, on the connection's queue (see
    /// HTTPHandler), everything else goes to a worker with the decoded call. A malformed body
    /// is answered at once: the error page needs no blocking work.
    func prepare(_ request: HTTPRequest) -> HTTPPreparation {
        let context = CallerContext(request)
        let api = self.api
        switch codec {
        case .xml:
            let call: RPCCall
            do {
                call = try XMLRPC.decodeCall(request.body)
            } catch {
                return .ready(.internalError(additionalInformation: String(describing: error)))
            }
            if let body = api.callXMLWithoutBlocking(method: call.method, params: call.params, context: context) {
                return .ready(Self.response(body, headers: Self.xmlHeaders))
            }
            return .blocking {
                Self.response(api.callXML(method: call.method, params: call.params, context: context),
                              headers: Self.xmlHeaders)
            }
        case .json:
            let call: RPCCall
            do {
                call = try JSONRPC.decodeCall(request.body)
            } catch {
                return .ready(.internalError(additionalInformation: String(describing: error)))
            }
            let id = call.id ?? .null
            let version = call.jsonVersion ?? .v1
            @Sendable func encode(_ outcome: CallOutcome) -> HTTPResponse {
                let body: [UInt8]
                switch outcome {
                case .success(let v), .bare(let v): body = JSONRPC.encodeSuccess(v, id: id, version: version)
                case .failure(let e): body = JSONRPC.encodeFailure(e, id: id, version: version)
                }
                return Self.response(body, headers: Self.jsonHeaders)
            }
            if let outcome = api.callWithoutBlocking(method: call.method, params: call.params, context: context) {
                return .ready(encode(outcome))
            }
            return .blocking { encode(api.call(method: call.method, params: call.params, context: context)) }
        }
    }

    /// xapi's header order after content-length and connection, which the server writes first.
    static func headers(contentType: String) -> HTTPHeaders {
        [
            ("cache-control", "no-cache, no-store"),
            ("content-type", contentType),
            ("Access-Control-Allow-Origin", "*"),
            ("Access-Control-Allow-Headers", "X-Requested-With"),
        ]
    }

    static let xmlHeaders = headers(contentType: "text/xml")
    static let jsonHeaders = headers(contentType: "application/json")

    static func response(_ body: [UInt8], headers: HTTPHeaders) -> HTTPResponse {
        HTTPResponse(status: .ok, headers: headers, body: .bytes(body))
    }
}

/// CORS pre-flight for the RPC paths (http_svr.ml respond_to_options). Answered on the
/// connection's queue: it never blocks.
struct OptionsEndpoint: HTTPHandler {
    func prepare(_ request: HTTPRequest) -> HTTPPreparation { .ready(handle(request)) }

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
