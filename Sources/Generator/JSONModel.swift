// The shapes of xenapi.json (ocaml/idl/json_backend/gen_json.ml) and datamodel/overlay.json, as
// decoded. Only the facts the generator uses are read; descriptions and docs are ignored.
import Foundation

struct JSONLifecycle: Decodable {
    struct Transition: Decodable {
        let transition: String
        let release: String
    }
    let transitions: [Transition]

    /// The release the item appeared in: the first `published`, else the first `prototyped`.
    var introduced: String? {
        transitions.first { $0.transition == "published" }?.release
            ?? transitions.first { $0.transition == "prototyped" }?.release
    }
}

struct JSONField: Decodable {
    let name: String
    let type: String
    let qualifier: String
    let `default`: String?
    let lifecycle: JSONLifecycle
}

struct JSONParam: Decodable {
    let type: String
    let name: String
}

struct JSONError: Decodable {
    let name: String
}

struct JSONMessage: Decodable {
    let name: String
    /// `[type, doc]`; `["void"]` for none.
    let result: [String]
    let params: [JSONParam]
    let errors: [JSONError]
    let roles: [String]
    let lifecycle: JSONLifecycle
    let implicit: Bool
}

struct JSONEnum: Decodable {
    struct Label: Decodable {
        let name: String
    }
    let name: String
    let values: [Label]
}

struct JSONClass: Decodable {
    let name: String
    let fields: [JSONField]
    let messages: [JSONMessage]
    let enums: [JSONEnum]
    let lifecycle: JSONLifecycle
}

/// datamodel/overlay.json: the facts xenapi.json leaves out, taken from ocaml/idl/datamodel*.ml.
struct JSONOverlay: Decodable {
    struct ClassFlags: Decodable {
        let in_db: Bool?
        let persist: Bool?
        let gen_events: Bool?
        let expose_get_all: Bool?
        let gen_constructor_destructor: Bool?
    }
    /// A map key with a permission of its own (xapi `~map_keys_roles`); `*` at the end matches
    /// any suffix.
    struct ProtectedKey: Decodable {
        let key: String
        let roles: [String]
    }
    struct Relation: Decodable {
        /// `Class.field` of the reference side (`VBD.VM`).
        let one: String
        /// `Class.field` of the set side (`VM.VBDs`).
        let many: String
    }
    let source: String?
    let classes: [String: ClassFlags]?
    /// `Class.message` names that have an `Async.` form.
    let async: [String]?
    /// `Class.message` -> parameter -> default, in xenapi.json default syntax.
    let param_defaults: [String: [String: String]]?
    let relations: [Relation]?
    /// `Class.field` -> the field's protected keys, in xapi's order (the first match wins).
    let map_keys_roles: [String: [ProtectedKey]]?
}

enum Input {
    static func load(datamodel: URL, overlay: URL?) throws -> ([JSONClass], JSONOverlay?) {
        let classes = try JSONDecoder().decode([JSONClass].self, from: Data(contentsOf: datamodel))
        var decodedOverlay: JSONOverlay?
        if let overlay, FileManager.default.fileExists(atPath: overlay.path) {
            decodedOverlay = try JSONDecoder().decode(
                JSONOverlay.self, from: Data(contentsOf: overlay))
        }
        return (classes, decodedOverlay)
    }
}
