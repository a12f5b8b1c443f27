// The dispatch pipeline, in xapi's order (ocaml/idl/ocaml_backend/gen_server.ml): resolve the name,
// check the arity, unmarshal every parameter, check the session, check RBAC, then run the handler.
import Datamodel
import Wire

extension APIServer {
    /// Runs one call and never throws: every failure becomes a XenAPI error.
    public func call(method: String, params: [Value], context: CallerContext) -> CallOutcome {
        reply(method: method, params: params, context: context).outcome
    }

    /// `call`, answered as the XML-RPC response body (cached records are not encoded again).
    public func callXML(method: String, params: [Value], context: CallerContext) -> [UInt8] {
        reply(method: method, params: params, context: context).xmlBody
    }

    func reply(method: String, params: [Value], context: CallerContext) -> Reply {
        do {
            return try dispatch(method: method, params: params, context: context)
        } catch let error as XenAPIError {
            return .failure(error)
        } catch {
            return .failure(ErrorMapping.xenAPIError(for: error))
        }
    }

    private func dispatch(method: String, params: [Value], context: CallerContext) throws -> Reply {
        if method == "system.listMethods" {
            return .bare(listMethodsValue)
        }
        if method.hasPrefix("system.isAlive") {
            return .success(.value(params.first ?? .void))
        }
        guard let resolved = MethodName.resolve(method, in: messages) else {
            return try unknownMethod(method, params: params, context: context)
        }
        let spec = resolved.spec
        let args = try unmarshal(spec, params: params)
        let session: SessionInfo?
        if spec.takesSession {
            let info = try sessions.check(try String(wire: params[0]))
            try authorize(info, permission: permission(of: spec, args: args))
            try authorizeProtectedEntries(spec, args: args, session: info)
            session = info
        } else {
            session = nil
        }
        if resolved.isAsync && !spec.isAsync {
            throw XenAPIError("Fault", ["No async mode for this operation (rpc: \(spec.wireName))"])
        }
        let name = (resolved.isAsync ? "Async." : "") + spec.wireName
        let cancellable = cancellableMessages.contains(spec.wireName)
        if resolved.isAsync {
            let task = try tasks.launch(name: name, session: try require(session), context: context,
                                        cancellable: cancellable) { handle in
                try self.execute(Invocation(spec: spec, args: args, session: session, context: context, task: handle))
            }
            return .success(.value(.string(task)))
        }
        // Synchronous calls of async-capable messages run inside a task too (xapi), visible as
        // task events; plain getters and the like do not.
        if spec.isAsync, let session {
            return .success(.value(try tasks.runSynchronously(name: name, session: session, context: context,
                                                              cancellable: cancellable) { handle in
                try execute(Invocation(spec: spec, args: args, session: session, context: context, task: handle))
            }))
        }
        return .success(try answer(Invocation(spec: spec, args: args, session: session, context: context, task: nil)))
    }

    private var listMethodsValue: Value { messages.listMethodsValue }

    private func require(_ session: SessionInfo?) throws -> SessionInfo {
        guard let session else { throw XenAPIError.internalError("an Async call needs a session") }
        return session
    }

    /// The same call when it is a plain read that cannot block (an implicit getter, get_record,
    /// get_by_uuid, get_all, listMethods) and the session needs no write; nil otherwise, and the
    /// caller then uses `call` on a thread that may block. Answers are identical either way.
    public func callWithoutBlocking(method: String, params: [Value], context: CallerContext) -> CallOutcome? {
        replyWithoutBlocking(method: method, params: params, context: context)?.outcome
    }

    /// `callWithoutBlocking`, answered as the XML-RPC response body.
    public func callXMLWithoutBlocking(method: String, params: [Value], context: CallerContext) -> [UInt8]? {
        replyWithoutBlocking(method: method, params: params, context: context)?.xmlBody
    }

    func replyWithoutBlocking(method: String, params: [Value], context: CallerContext) -> Reply? {
        if method == "system.listMethods" { return .bare(listMethodsValue) }
        guard let resolved = MethodName.resolve(method, in: messages), !resolved.isAsync else { return nil }
        let spec = resolved.spec
        guard spec.implicit, spec.takesSession, handlers[spec.wireName] == nil, Self.isNonBlockingRead(spec.name)
        else { return nil }
        do {
            let args = try unmarshal(spec, params: params)
            guard let session = try sessions.checkWithoutWriting(try String(wire: params[0])) else { return nil }
            try authorize(session, permission: spec.permission)
            return .success(try implicit.answer(Invocation(spec: spec, args: args, session: session,
                                                           context: context, task: nil)))
        } catch let error as XenAPIError {
            return .failure(error)
        } catch {
            return .failure(ErrorMapping.xenAPIError(for: error))
        }
    }

    /// Bounded, read-only implicit messages; `get_all_records*` can be large, so they go to a worker.
    private static func isNonBlockingRead(_ name: String) -> Bool {
        switch name {
        case "get_record", "get_by_uuid", "get_all", "get_by_name_label": return true
        case "get_all_records", "get_all_records_where", "get_all_where": return false
        default: return name.hasPrefix("get_")
        }
    }

    /// The arity rule and parameter unmarshalling (notes §1.4 steps 2 and 3).
    private func unmarshal(_ spec: MessageSpec, params: [Value]) throws -> [Value] {
        let sessionCount = spec.takesSession ? 1 : 0
        let received = params.count - sessionCount
        var required = 0
        for p in spec.params where p.defaultValue == nil { required += 1 }
        let hasDefaults = required < spec.params.count
        let arityOK = hasDefaults ? received >= required : received == spec.params.count
        guard arityOK, params.count >= sessionCount else {
            throw XenAPIError.parameterCountMismatch(spec.wireName, expected: required, received: received)
        }
        var args: [Value] = []
        args.reserveCapacity(spec.params.count)
        for (i, p) in spec.params.enumerated() {
            let value = i < received ? params[sessionCount + i] : p.defaultValue!
            if spec.implicit && spec.name == "create" {
                args.append(value)   // the constructor struct is checked field by field
            } else {
                args.append(try typeChecker.check(value, as: p.type))
            }
        }
        return args
    }

    /// xapi treats an unknown name with parameters as a call to a host extension: the first
    /// parameter must be a valid session allowed `host.call_extension` (gen_server.ml).
    private func unknownMethod(_ method: String, params: [Value], context: CallerContext) throws -> Reply {
        guard let first = params.first else { throw XenAPIError.methodUnknown(method) }
        let info = try sessions.check(try String(wire: first))
        try authorize(info, permission: "host.call_extension")
        throw XenAPIError.methodUnknown(method)
    }

    func authorize(_ session: SessionInfo, permission: String) throws {
        if session.isLocalSuperuser || session.permissions.contains(permission) { return }
        let params = roleCatalog.denial(for: permission)
        throw XenAPIError.rbacPermissionDenied(params[0], params[1])
    }

    /// Runs the handler: hand-written first, then the generic implicit messages, else NOT_IMPLEMENTED.
    func execute(_ invocation: Invocation) throws -> Value {
        try answer(invocation).value
    }

    private func answer(_ invocation: Invocation) throws -> Answer {
        let spec = invocation.spec
        if let handler = handlers[spec.wireName] { return .value(try handler(invocation)) }
        if spec.implicit { return try implicit.answer(invocation) }
        throw XenAPIError.notImplemented(spec.wireName)
    }
}
