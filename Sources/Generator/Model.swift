// The resolved model: xenapi.json classes with parsed types and defaults, combined with the
// overlay's flags (or the documented fallbacks when datamodel/overlay.json is absent), ready for
// the emitters.

struct Model {
    struct Field {
        let wireName: String
        let swiftName: String
        let type: DMType
        let qualifier: String
        let defaultValue: Constant?
        let release: String
    }

    struct Param {
        let name: String
        let type: DMType
        let defaultValue: Constant?
    }

    struct ProtectedKey {
        let key: String
        /// In privilege order.
        let roles: [String]
    }

    struct Message {
        let name: String
        let takesSession: Bool
        let params: [Param]
        let result: DMType?
        let errors: [String]
        let roles: [String]
        let implicit: Bool
        let isAsync: Bool
        let release: String
        /// For `add_to_`, `remove_from_` and `set_` of a map field with protected keys.
        var protectedKeys: [ProtectedKey] = []
    }

    struct Class {
        let name: String
        let swiftName: String
        let fields: [Field]
        let messages: [Message]
        let release: String
        let inDatabase: Bool
        let persistent: Bool
        let generatesEvents: Bool
        let exposesGetAll: Bool

        var recordTypeName: String { swiftName + "Record" }
    }

    struct Enum {
        let name: String
        let swiftName: String
        let labels: [String]
        /// Swift case names, parallel to `labels`.
        let caseNames: [String]
    }

    struct Relation {
        let oneClass: String
        let oneField: String
        let manyClass: String
        let manyField: String
    }

    let classes: [Class]
    /// Sorted by name.
    let enums: [Enum]
    let relations: [Relation]

    /// Record Swift type name by class name.
    let recordTypeNames: [String: String]
    /// Enum by datamodel name.
    let enumsByName: [String: Enum]
}

struct ModelError: Error, CustomStringConvertible {
    let description: String
}

/// Fallbacks used when datamodel/overlay.json is absent or silent about a class
/// (ocaml/idl/datamodel.ml: no_async_messages_for, expose_get_all_messages_for, class flags).
enum Fallback {
    static let notInDatabase: Set<String> = [
        "auth", "event", "data_source", "sr_stat", "probe_result", "vdi_nbd_server_info", "message",
    ]
    static let notPersistent: Set<String> = ["session"]
    static let noEvents: Set<String> = [
        "session", "user", "secret", "auth", "event", "data_source", "sr_stat", "probe_result",
        "vdi_nbd_server_info",
    ]
    static let noAsync: Set<String> = ["session", "event", "task", "data_source", "blob"]
    /// Param defaults xenapi.json does not record (`session.login_with_password`, notes §2.1).
    static let paramDefaults: [String: [String: String]] = [
        "session.login_with_password": ["version": "\"1.1\"", "originator": "\"\""]
    ]
}

/// Roles in privilege order, as `Role.allCases` in Sources/Datamodel/Specs.swift.
let roleOrder = [
    "pool-admin", "pool-operator", "vm-power-admin", "vm-admin", "vm-operator", "read-only",
    "client-cert",
]

extension Model {
    init(classes json: [JSONClass], overlay: JSONOverlay?) throws {
        // Enums: one definition per name, however many classes list it.
        var enumLabels: [String: [String]] = [:]
        for c in json {
            for e in c.enums {
                let labels = e.values.map(\.name)
                if let known = enumLabels[e.name], known != labels {
                    throw ModelError(
                        description: "enum \(e.name) is defined twice with different labels")
                }
                enumLabels[e.name] = labels
            }
        }
        var enums: [Enum] = []
        for name in enumLabels.keys.sorted() {
            let labels = enumLabels[name]!
            let cases = labels.map(SwiftNames.caseName)
            if Set(cases).count != cases.count {
                throw ModelError(description: "enum \(name): case names collide: \(cases)")
            }
            enums.append(
                Enum(
                    name: name, swiftName: SwiftNames.typeName(name), labels: labels,
                    caseNames: cases))
        }

        let classNames = Set(json.map(\.name))
        let asyncSet = overlay?.async.map(Set.init)
        let paramDefaults = overlay?.param_defaults ?? Fallback.paramDefaults
        let keyRoles = overlay?.map_keys_roles ?? [:]
        for (field, keys) in keyRoles {
            let parts = field.split(separator: ".", maxSplits: 1).map(String.init)
            guard parts.count == 2, let c = json.first(where: { $0.name == parts[0] }),
                let f = c.fields.first(where: { $0.name == parts[1] }), f.type.hasSuffix(") map")
            else {
                throw ModelError(description: "protected keys name unknown map field \(field)")
            }
            for k in keys {
                for r in k.roles where !roleOrder.contains(r) {
                    throw ModelError(description: "\(field) key \(k.key): unknown role \(r)")
                }
            }
        }
        func sortedRoles(_ roles: [String]) -> [String] {
            roles.sorted { roleOrder.firstIndex(of: $0)! < roleOrder.firstIndex(of: $1)! }
        }
        /// The protected keys of the map field a field message acts on.
        func protectedKeys(_ cls: String, _ message: String, implicit: Bool) -> [ProtectedKey] {
            guard implicit else { return [] }
            for prefix in ["add_to_", "remove_from_", "set_"] where message.hasPrefix(prefix) {
                let keys = keyRoles["\(cls).\(message.dropFirst(prefix.count))"] ?? []
                return keys.map { ProtectedKey(key: $0.key, roles: sortedRoles($0.roles)) }
            }
            return []
        }

        func checkType(_ t: DMType, _ context: String) throws {
            switch t {
            case .ref(let c), .record(let c):
                if !classNames.contains(c) && c != "<class>" {
                    throw ModelError(description: "\(context): unknown class \(c)")
                }
            case .enumeration(let e):
                if enumLabels[e] == nil {
                    throw ModelError(description: "\(context): unknown enum \(e)")
                }
            case .set(let e), .option(let e): try checkType(e, context)
            case .map(let k, let v):
                try checkType(k, context)
                try checkType(v, context)
            default: break
            }
        }

        var resolved: [Class] = []
        for c in json {
            let flags = overlay?.classes?[c.name]
            let classRelease = c.lifecycle.introduced ?? ""
            var fields: [Field] = []
            var swiftNames: Set<String> = []
            for f in c.fields {
                let context = "\(c.name).\(f.name)"
                guard var type = TypeParser.parse(f.type) else {
                    throw ModelError(description: "\(context): cannot parse type \(f.type)")
                }
                // event.snapshot may be absent; xapi then omits the member (notes §1.3).
                if case .record("<class>") = type { type = .option(type) }
                try checkType(type, context)
                let swiftName = SwiftNames.memberName(f.name)
                guard swiftNames.insert(swiftName).inserted else {
                    throw ModelError(description: "\(context): Swift name \(swiftName) collides")
                }
                let def = try f.default.map {
                    try DefaultParser.parse($0, as: type, enums: enumLabels)
                }
                fields.append(
                    Field(
                        wireName: f.name, swiftName: swiftName, type: type, qualifier: f.qualifier,
                        defaultValue: def, release: f.lifecycle.introduced ?? classRelease))
            }

            var messages: [Message] = []
            for m in c.messages {
                let wireName = "\(c.name).\(m.name)"
                var params = m.params
                let takesSession =
                    params.first.map { $0.type == "session ref" && $0.name == "session_id" }
                    ?? false
                if takesSession { params.removeFirst() }
                let defaults = paramDefaults[wireName] ?? [:]
                let parsedParams: [Param] = try params.map { p in
                    guard let type = TypeParser.parse(p.type) else {
                        throw ModelError(
                            description: "\(wireName)(\(p.name)): cannot parse type \(p.type)")
                    }
                    try checkType(type, wireName)
                    let def = try defaults[p.name].map {
                        try DefaultParser.parse($0, as: type, enums: enumLabels)
                    }
                    return Param(name: p.name, type: type, defaultValue: def)
                }
                for name in defaults.keys where !params.contains(where: { $0.name == name }) {
                    throw ModelError(
                        description: "\(wireName): default for unknown parameter \(name)")
                }
                guard let resultText = m.result.first else {
                    throw ModelError(description: "\(wireName): no result")
                }
                let result = TypeParser.parseResult(resultText)
                if let result { try checkType(result, wireName) }
                for r in m.roles where !roleOrder.contains(r) {
                    throw ModelError(description: "\(wireName): unknown role \(r)")
                }
                let roles = sortedRoles(m.roles)
                let isConstructorOrDestructor =
                    m.implicit && (m.name == "create" || m.name == "destroy")
                let isAsync: Bool
                if let asyncSet {
                    // The overlay lists every async message, implicit create/destroy included.
                    isAsync = asyncSet.contains(wireName)
                } else {
                    isAsync =
                        !Fallback.noAsync.contains(c.name)
                        && (!m.implicit || isConstructorOrDestructor)
                }
                messages.append(
                    Message(
                        name: m.name, takesSession: takesSession, params: parsedParams,
                        result: result, errors: m.errors.map(\.name), roles: roles,
                        implicit: m.implicit, isAsync: isAsync,
                        release: m.lifecycle.introduced ?? classRelease,
                        protectedKeys: protectedKeys(c.name, m.name, implicit: m.implicit)))
            }

            let hasGetAll = c.messages.contains { $0.implicit && $0.name == "get_all" }
            let exposesGetAll = flags?.expose_get_all ?? hasGetAll
            if exposesGetAll {
                // Wire-only implicit messages (notes §3.1): absent from xenapi.json, same roles as
                // get_all.
                guard let getAll = messages.first(where: { $0.name == "get_all" }) else {
                    throw ModelError(
                        description: "\(c.name) exposes get_all but has no get_all message")
                }
                let expr = Param(name: "expr", type: .string, defaultValue: nil)
                for (name, result) in [
                    ("get_all_records_where", DMType.map(.ref(c.name), .record(c.name))),
                    ("get_all_where", DMType.set(.ref(c.name))),
                ]
                where !messages.contains(where: { $0.name == name }) {
                    messages.append(
                        Message(
                            name: name, takesSession: true, params: [expr], result: result,
                            errors: [], roles: getAll.roles, implicit: true, isAsync: false,
                            release: getAll.release))
                }
            }

            resolved.append(
                Class(
                    name: c.name, swiftName: SwiftNames.typeName(c.name), fields: fields,
                    messages: messages,
                    release: classRelease,
                    inDatabase: flags?.in_db ?? !Fallback.notInDatabase.contains(c.name),
                    persistent: flags?.persist ?? !Fallback.notPersistent.contains(c.name),
                    generatesEvents: flags?.gen_events ?? !Fallback.noEvents.contains(c.name),
                    exposesGetAll: exposesGetAll))
        }

        var relations: [Relation] = []
        for r in overlay?.relations ?? [] {
            let one = r.one.split(separator: ".", maxSplits: 1).map(String.init)
            let many = r.many.split(separator: ".", maxSplits: 1).map(String.init)
            guard one.count == 2, many.count == 2 else {
                throw ModelError(description: "bad relation \(r.one) / \(r.many)")
            }
            for (cls, field) in [(one[0], one[1]), (many[0], many[1])] {
                guard let c = resolved.first(where: { $0.name == cls }),
                    c.fields.contains(where: { $0.wireName == field })
                else {
                    throw ModelError(description: "relation names unknown field \(cls).\(field)")
                }
            }
            relations.append(
                Relation(oneClass: one[0], oneField: one[1], manyClass: many[0], manyField: many[1])
            )
        }
        relations.sort {
            ($0.oneClass, $0.oneField, $0.manyClass, $0.manyField)
                < ($1.oneClass, $1.oneField, $1.manyClass, $1.manyField)
        }

        let typeNames = resolved.map(\.swiftName) + enums.map(\.swiftName)
        if Set(typeNames).count != typeNames.count {
            throw ModelError(description: "Swift type names collide")
        }

        self.classes = resolved
        self.enums = enums
        self.relations = relations
        self.recordTypeNames = Dictionary(
            uniqueKeysWithValues: resolved.map { ($0.name, $0.recordTypeName) })
        self.enumsByName = Dictionary(uniqueKeysWithValues: enums.map { ($0.name, $0) })
    }
}
