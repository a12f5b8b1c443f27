// The store's contents: nodes by absolute path, each with a value, its permissions, its children
// in creation order (as C xenstored lists them) and the generation of its last change. The tree
// operations are written once (XenStoreNodes) over two node maps: the live tree, and a
// transaction's overlay of its own changes over the live tree (so that a transaction never
// copies the store). New nodes inherit their parent's permissions, and a node an unprivileged
// domain creates is owned by that domain (xenstored_core.c construct_node).
import Glibc

struct XenStoreNode: Sendable, Hashable {
    var value: String
    var children: [String]
    var permissions: XenStorePermissions
    /// Bumped on every change of the value, the permissions or the children list.
    var generation: UInt64
}

protocol XenStoreNodes {
    func node(_ path: String) -> XenStoreNode?
    mutating func setNode(_ path: String, _ node: XenStoreNode?)
    mutating func nextGeneration() -> UInt64
}

extension XenStoreNodes {
    func generation(_ path: String) -> UInt64? { node(path)?.generation }

    /// The node itself or its nearest existing ancestor.
    func nearestExisting(_ path: String) -> String {
        var p = path
        while node(p) == nil, p != "/" { p = XenStorePath.parent(p) }
        return p
    }

    /// What `domid` may do at `path`: the node's permissions, or for a missing node what it may
    /// do at the nearest existing ancestor (where creating it would be decided).
    func access(_ path: String, domid: UInt32) -> XenStorePermissions.Access {
        node(nearestExisting(path))!.permissions.access(for: domid)
    }

    /// Creates `path` and any missing ancestors with empty values.
    private mutating func create(_ path: String, creator: UInt32) {
        guard node(path) == nil else { return }
        let parentPath = XenStorePath.parent(path)
        create(parentPath, creator: creator)
        let g = nextGeneration()
        var parent = node(parentPath)!
        parent.children.append(XenStorePath.lastComponent(path))
        parent.generation = g
        setNode(parentPath, parent)
        var permissions = parent.permissions
        if creator != 0 { permissions.owner = creator }
        setNode(path, XenStoreNode(value: "", children: [], permissions: permissions, generation: g))
    }

    mutating func write(_ path: String, value: String, creator: UInt32 = 0) {
        create(path, creator: creator)
        var n = node(path)!
        n.value = value
        n.generation = nextGeneration()
        setNode(path, n)
    }

    mutating func mkdir(_ path: String, creator: UInt32 = 0) {
        create(path, creator: creator)
    }

    mutating func setPermissions(_ path: String, _ permissions: XenStorePermissions) throws {
        guard var n = node(path) else { throw XenError(call: "xs_set_permissions", errno: ENOENT, detail: path) }
        n.permissions = permissions
        n.generation = nextGeneration()
        setNode(path, n)
    }

    /// Removes the subtree. A missing node whose parent exists is already gone (success); a
    /// missing parent is ENOENT, as in xenstored's do_rm.
    mutating func rm(_ path: String) throws {
        guard path != "/" else { throw XenError(call: "xs_rm", errno: EINVAL, detail: path) }
        let parentPath = XenStorePath.parent(path)
        guard node(path) != nil else {
            if node(parentPath) != nil { return }
            throw XenError(call: "xs_rm", errno: ENOENT, detail: path)
        }
        removeSubtree(path)
        var parent = node(parentPath)!
        let name = XenStorePath.lastComponent(path)
        parent.children.removeAll { $0 == name }
        parent.generation = nextGeneration()
        setNode(parentPath, parent)
    }

    private mutating func removeSubtree(_ path: String) {
        guard let n = node(path) else { return }
        setNode(path, nil)
        for c in n.children { removeSubtree(XenStorePath.child(path, c)) }
    }

    /// Every path at or below `path`.
    func subtree(_ path: String) -> [String] {
        guard let n = node(path) else { return [] }
        var out = [path]
        for c in n.children { out.append(contentsOf: subtree(XenStorePath.child(path, c))) }
        return out
    }

    /// The nodes a write or mkdir of `path` reads or changes: the node, the missing ancestors
    /// it would create, and the existing ancestor whose children list would grow.
    func pathsTouchedByCreate(_ path: String) -> [String] {
        var out = [path]
        var p = path
        while node(p) == nil, p != "/" {
            p = XenStorePath.parent(p)
            out.append(p)
        }
        return out
    }

    /// The nodes an rm of `path` changes: the subtree and the parent.
    func pathsTouchedByRemove(_ path: String) -> [String] {
        subtree(path) + [path, XenStorePath.parent(path)]
    }
}

/// The live tree.
struct XenStoreTree: XenStoreNodes, Sendable {
    private(set) var nodes: [String: XenStoreNode] = [
        "/": XenStoreNode(value: "", children: [], permissions: .dom0Only, generation: 0),
    ]
    private var counter: UInt64 = 0

    func node(_ path: String) -> XenStoreNode? { nodes[path] }
    mutating func setNode(_ path: String, _ node: XenStoreNode?) { nodes[path] = node }

    mutating func nextGeneration() -> UInt64 {
        counter += 1
        return counter
    }
}

/// A transaction's view: its own changes (a removed node maps to nil) over the live tree. Reads of
/// untouched nodes see the latest committed state; the commit's check that nothing the
/// transaction touched has changed since it first touched it makes that serializable.
struct XenStoreOverlay: XenStoreNodes {
    let base: XenStoreTree
    var changes: [String: XenStoreNode?]

    func node(_ path: String) -> XenStoreNode? {
        if let changed = changes[path] { return changed }
        return base.node(path)
    }

    mutating func setNode(_ path: String, _ node: XenStoreNode?) { changes[path] = .some(node) }

    /// Generations inside a transaction only mark change; the commit replays the operations on
    /// the live tree, which numbers them for real.
    mutating func nextGeneration() -> UInt64 { 0 }
}
