// RoleSets.swift: the distinct role lists of messages as shared constants, so the message tables
// name them (`RoleSets.poolOperator`) instead of repeating array literals 1,900 times.

enum RoleSets {
    static let swiftCases = [
        "pool-admin": "poolAdmin", "pool-operator": "poolOperator",
        "vm-power-admin": "vmPowerAdmin",
        "vm-admin": "vmAdmin", "vm-operator": "vmOperator", "read-only": "readOnly",
        "client-cert": "clientCert",
    ]

    /// The constant's name: the least privileged role of a most-privileged-first run (`vmAdmin` for
    /// pool-admin...vm-admin), `ClientCert` appended when client-cert is in; every role otherwise.
    static func name(_ roles: [String]) -> String {
        if roles.isEmpty { return "localRootOnly" }
        let ranked = roles.filter { $0 != "client-cert" }
        let certSuffix = roles.contains("client-cert") ? "ClientCert" : ""
        if ranked.isEmpty { return "clientCert" }
        if ranked == Array(roleOrder.prefix(ranked.count)) {
            return swiftCases[ranked.last!]! + certSuffix
        }
        return ranked.map { swiftCases[$0]! }.joined(separator: "And") + certSuffix
    }

    static func emit(_ model: Model) throws -> OutputFile {
        var byName: [String: [String]] = [:]
        for c in model.classes {
            for roles in c.messages.flatMap({ [$0.roles] + $0.protectedKeys.map(\.roles) }) {
                let name = name(roles)
                if let known = byName[name], known != roles {
                    throw ModelError(
                        description: "role sets \(known) and \(roles) share the name \(name)")
                }
                byName[name] = roles
            }
        }
        var w = SourceWriter()
        w.line(
            "/// The role lists of messages, named for the least privileged role included."
        )
        w.line("enum RoleSets {")
        for name in byName.keys.sorted() {
            let roles = byName[name]!.map { "." + swiftCases[$0]! }
            w.call(indent: 4, "static let \(name): [Role] = [", roles.map(Argument.text), "]")
        }
        w.line("}")
        return OutputFile(name: "RoleSets.swift", text: w.text)
    }
}
